import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { runSeed } from '../../src/seed/pipeline.js'

// A writer for the tests of a database that grows while servers read it: what an ingest
// does to the file, as far as the servers can tell. Each change is one write transaction
// on the live WAL database that changes rows and the dataset version in `meta` (here: copies
// of existing claims added under new ids and at new positions after every other, or claims
// deleted with every row that points at them); a rebuild renames a new file over the path.
// `mutate(dbPath, step)` is the one entry point the load test calls (through bench/grow.ts),
// so a real ingest command can take its place.

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
      db.prepare("INSERT INTO search_index (type, item_id, article_id, span_id, title, body) VALUES ('claim', ?, ?, NULL, '', ?)").run(id, c.article_id, c.text)
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
      db.prepare("DELETE FROM search_index WHERE type = 'claim' AND item_id = ?").run(id)
      db.prepare('DELETE FROM claims WHERE id = ?').run(id)
    }
    return { added: [], removed: ids }
  })
}

/** A full rebuild from the seed folder, renamed over the path (a new file: every server must switch to it). */
export function rebuild (dbPath: string, seedDir = 'seed'): Change {
  return { version: runSeed({ seedDir, dbPath }).version, added: [], removed: [] }
}
/** The schedule of a growing database: mostly additions, a deletion now and then, one rebuild. */
export function mutate (dbPath: string, step: number, { steps = 13, seedDir = 'seed' } = {}): Change {
  if (step === Math.floor(steps / 2)) return rebuild(dbPath, seedDir)
  if (step % 5 === 4) return removeClaims(dbPath, 2)
  return addClaims(dbPath, 3)
}
