import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { runSeed } from '../seed/pipeline.js'
import { DEFAULT_SEED_DIR } from '../config.js'
import { EXAMPLE_IDS, EXAMPLES_FILE, type ExampleName } from './examples.js'

// npm run examples: the OpenAPI examples, taken from a database built from seed/.

export function readExamples (dbPath: string): Record<ExampleName, unknown> {
  const db = new Database(dbPath, { readonly: true })
  const doc = (table: string, id: string) => {
    const row = db.prepare(`SELECT doc FROM ${table} WHERE id = ?`).get(id) as { doc: string } | undefined
    if (row === undefined) throw new Error(`example ${table} "${id}" is not in the dataset: update EXAMPLE_IDS`)
    return JSON.parse(row.doc) as Record<string, unknown>
  }
  const claim = doc('claims', EXAMPLE_IDS.claim)
  const out = {
    article: doc('articles', EXAMPLE_IDS.article),
    actor: doc('actors', EXAMPLE_IDS.actor),
    event: doc('events', EXAMPLE_IDS.event),
    claim,
    question: doc('questions', EXAMPLE_IDS.question),
    span: (claim.evidence as unknown[])[0]
  }
  db.close()
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'examples-'))
  try {
    runSeed({ seedDir: DEFAULT_SEED_DIR, dbPath: join(dir, 'db.sqlite') })
    writeFileSync(EXAMPLES_FILE, `${JSON.stringify(readExamples(join(dir, 'db.sqlite')), null, 2)}\n`)
    console.log(`wrote ${EXAMPLES_FILE.pathname}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
