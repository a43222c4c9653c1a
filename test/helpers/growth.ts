import { createHash } from 'node:crypto'
import { cpSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { makeRelease } from '../../src/deploy/release.js'
import { deleteArticle, ingestFile } from '../../src/ingest/ingest.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { nextSearchRowid } from '../../src/db/search-rowids.js'
import { ROOT } from '../../dev/process.js'

// Writers for the tests of a database that grows while servers read it. `mutate(dbPath,
// step)`, which the load test calls (through bench/grow.ts), changes it as a deployment
// does: real ingests, deletions, a full rebuild and a release. The others make finer
// changes than an article at a time, for the tests of pickup and cursors: each is one write
// transaction on the live WAL database that changes rows and the dataset version in `meta`
// (copies of existing claims added under new ids and at new positions after every other, or
// claims deleted with every row that points at them); a rebuild renames a new file over the
// path.

export interface Change { version: string, added: string[], removed: string[] }

const CLAIM_LINKS = ['claim_subjects', 'claim_events', 'claim_spans']

/** One write transaction: `change(db)` edits rows; the version moves to a new value (a hash of the old and the change). */
function commit (dbPath: string, label: string, change: (db: Database.Database) => { added: string[], removed: string[] }): Change {
  const db = new Database(dbPath, { fileMustExist: true })
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    return db.transaction(() => {
      const { added, removed } = change(db)
      const old = (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value
      const version = createHash('sha256').update(`${old}\n${label}\n${added.join(',')}\n${removed.join(',')}`).digest('hex').slice(0, 16)
      db.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(version)
      const counts = JSON.parse((db.prepare("SELECT value FROM meta WHERE key = 'counts'").get() as { value: string }).value) as Record<string, number>
      counts.claims = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
      db.prepare("UPDATE meta SET value = ? WHERE key = 'counts'").run(JSON.stringify(counts))
      return { version, added, removed }
    }).immediate()
  } finally {
    db.close()
  }
}

let made = 0

/** Adds `n` claims: copies of existing ones (their evidence, subjects and events too), each after every other claim. */
export function addClaims (dbPath: string, n = 1): Change {
  return commit(dbPath, 'add', (db) => {
    const sources = db.prepare('SELECT * FROM claims ORDER BY random() LIMIT ?').all(n) as Array<Record<string, unknown>>
    const added: string[] = []
    for (const c of sources) {
      const id = `${String(c.id).slice(0, 120)}-grown-${process.pid}-${++made}`
      const seq = (db.prepare('SELECT coalesce(max(seq), 0) + 1 AS s FROM claims').get() as { s: number }).s
      const doc = { ...JSON.parse(String(c.doc)) as Record<string, unknown>, id }
      const copied = 'article_id, text, kind, speaker_id, source_kind, cue, certainty, polarity, origin, confidence, extraction'
      db.prepare(`INSERT INTO claims (id, seq, doc, ${copied}) SELECT ?, ?, ?, ${copied} FROM claims WHERE id = ?`).run(id, seq, JSON.stringify(doc), c.id)
      for (const t of CLAIM_LINKS) {
        const cols = (db.prepare(`SELECT name FROM pragma_table_info('${t}') WHERE name <> 'claim_id'`).all() as Array<{ name: string }>).map((r) => r.name).join(', ')
        db.prepare(`INSERT INTO ${t} (claim_id, ${cols}) SELECT ?, ${cols} FROM ${t} WHERE claim_id = ?`).run(id, c.id)
      }
      const rid = BigInt(nextSearchRowid(db, 'claim'))
      db.prepare("INSERT INTO search_index (rowid, type, item_id, article_id, span_id, title, body) VALUES (?, 'claim', ?, ?, NULL, '', ?)").run(rid, id, c.article_id, c.text)
      db.prepare("INSERT INTO search_rows (rid, type, item_id) VALUES (?, 'claim', ?)").run(rid, id)
      added.push(id)
    }
    return { added, removed: [] }
  })
}

/** Deletes `n` claims (those added by addClaims first, then any) with every row that refers to them. */
export function removeClaims (dbPath: string, n = 1): Change {
  return commit(dbPath, 'remove', (db) => {
    const ids = (db.prepare("SELECT id FROM claims ORDER BY (id LIKE '%-grown-%') DESC, random() LIMIT ?").all(n) as Array<{ id: string }>).map((r) => r.id)
    for (const id of ids) {
      for (const t of CLAIM_LINKS) db.prepare(`DELETE FROM ${t} WHERE claim_id = ?`).run(id)
      db.prepare('DELETE FROM claim_relations WHERE claim_id = ? OR related_claim_id = ?').run(id, id)
      db.prepare('DELETE FROM question_claims WHERE claim_id = ?').run(id)
      db.prepare("DELETE FROM search_index WHERE rowid IN (SELECT rid FROM search_rows WHERE type = 'claim' AND item_id = ?)").run(id)
      db.prepare("DELETE FROM search_rows WHERE type = 'claim' AND item_id = ?").run(id)
      db.prepare('DELETE FROM claims WHERE id = ?').run(id)
    }
    return { added: [], removed: ids }
  })
}

/** A full rebuild from the seed folder, renamed over the path (a new file: every server must switch to it). */
export function rebuild (dbPath: string, seedDir = 'seed'): Change {
  return { version: runSeed({ seedDir, dbPath }).version, added: [], removed: [] }
}
/** The texts a growing database takes in: real articles, extracted as they are ingested (the smallest first). */
const FIXTURES = join(ROOT, 'test', 'fixtures')
export const GROWTH_TEXTS = [
  ...['brief', 'dateline', 'wire', 'feature'].map((stem) => join(FIXTURES, 'texts', `${stem}.txt`)),
  ...['maribor-measles-cases', 'lisbon-tram-fire', 'alesund-cruise-cap', 'rail-freight-merger-blocked', 'riverton-housing-plan', 'naryn-water-talks',
    'chatbot-children-inquiry', 'seville-shade-canopies'].map((stem) => join(FIXTURES, 'extraction', 'dev', 'articles', `${stem}.txt`))
]

export type GrowthKind = 'add' | 'delete' | 'rebuild' | 'release'
export interface Step extends Change { kind: GrowthKind, article?: string }

/**
 * What step `step` of `steps` does: one full rebuild half-way, one release (a snapshot for
 * replicas, the served version unchanged) at three quarters, a deletion of an article added
 * earlier at a third and at two thirds, and otherwise an ingest of the next text. At the
 * default 14 steps: ten ingests, two deletions, one rebuild, one release.
 */
function scheduleOf (step: number, steps = 14): GrowthKind {
  if (step === Math.floor(steps / 2)) return 'rebuild'
  if (step === Math.floor((3 * steps) / 4)) return 'release'
  if (step === Math.floor(steps / 3) || step === Math.floor((2 * steps) / 3)) return 'delete'
  return 'add'
}

/**
 * The schedule of a growing database, made with the commands a deployment runs: `npm run
 * ingest` of a real text (extracted, written to the seed folder and the database in one
 * transaction), `npm run ingest -- --delete` of an article an earlier step added, `npm run
 * seed` over the file (from the seed folder the ingests kept in step: the same version),
 * and `npm run release` into releases/ beside the database. The seed folder is written to:
 * give a copy (copySeed).
 */
export function mutate (dbPath: string, step: number, { steps = 14, seedDir }: { steps?: number, seedDir: string }): Step {
  const kind = scheduleOf(step, steps)
  switch (kind) {
    case 'rebuild': return { kind, ...rebuild(dbPath, seedDir) }
    case 'release': return { kind, version: makeRelease(dbPath, join(dirname(dbPath), 'releases')).version, added: [], removed: [] }
    case 'delete': {
      // the n-th deletion removes the article the n-th ingest added
      const added = Array.from({ length: step }, (_, i) => i).filter((i) => scheduleOf(i, steps) === 'add').map((i) => articleOf(i, steps))
      const deleted = Array.from({ length: step }, (_, i) => i).filter((i) => scheduleOf(i, steps) === 'delete').length
      const id = added[deleted]
      if (id === undefined) throw new Error(`step ${step}: no article added before it to delete`)
      const r = deleteArticle({ dbPath, seedDir, id })
      return { kind, article: id, version: r.version, added: [], removed: [id] }
    }
    case 'add': {
      const file = GROWTH_TEXTS[addsBefore(step, steps) % GROWTH_TEXTS.length]!
      const r = ingestFile({ dbPath, seedDir, file })
      return { kind, article: r.id, version: r.version, added: [r.id], removed: [] }
    }
  }
}

const addsBefore = (step: number, steps: number) => Array.from({ length: step }, (_, i) => i).filter((i) => scheduleOf(i, steps) === 'add').length
const articleOf = (step: number, steps: number) => basename(GROWTH_TEXTS[addsBefore(step, steps) % GROWTH_TEXTS.length]!, '.txt')

/** A writable copy of a seed folder, for the ingests of a growing database to write into. */
export function copySeed (from: string, to: string): string {
  cpSync(from, to, { recursive: true })
  return to
}
