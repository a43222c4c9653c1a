import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, latestSchemaVersion } from '../db/migrate.js'
import { startQuickCheck } from './quick-check.js'

// Stage 6, write: build the database in a temporary file beside the target, check it,
// and only then rename it over the target. A failure (or a SIGKILL) at any point before
// the rename leaves the previous database exactly as it was.

/** `seedDir`: the seed folder it is built from, where an ingest writes its articles too. */
export interface Meta { builtAt: string, seedDir: string }

class IntegrityError extends Error {}

/** What fills a new database: it writes every row and says the version and counts. */
type Fill = (db: Database.Database) => { version: string, counts: Record<string, number>, registryHash: string }

/** Told the name of each phase of a build as it begins. */
export type Progress = (phase: string) => void

/** Builds the database at dbPath with `fill` and returns the dataset version (see version.ts). */
export function writeDatabase (fill: Fill, meta: Meta, dbPath: string, progress?: Progress): ReturnType<Fill> {
  mkdirSync(dirname(dbPath) || '.', { recursive: true })
  removeStaleTemporaries(dbPath)
  const tmp = `${dbPath}.tmp-${process.pid}`
  rmSync(tmp, { force: true })
  const db = new Database(tmp)
  try {
    // a temporary file needs no journal: if anything fails it is thrown away
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    migrate(db)
    // references are checked once every row is in (check): an article may refer to a later one
    db.pragma('foreign_keys = OFF')
    // a bounded page cache: memory stays flat whatever the size of the corpus (64 and 128 MiB
    // while loading and indexing raised the peak at 100k from 357 to 426 MiB, and the 1M
    // build with them used as much CPU as before; 16 MiB took 28 MiB off the 1M peak, with
    // its articles built in a worker thread, for no more time: see docs/BENCHMARKS.md)
    db.pragma('cache_size = -16384')
    // the CHECK constraints (enums, json_valid over every doc and detail: the largest cost
    // of a claim's insert) are verified once, by the quick_check below, which reads every
    // row and reports any row that breaks one: the build fails as it would have at the insert
    db.pragma('ignore_check_constraints = ON')
    const built = db.transaction(() => {
      const filled = fill(db)
      writeMeta(db, { ...filled, builtAt: meta.builtAt, seedDir: meta.seedDir })
      return filled
    })()
    db.pragma('ignore_check_constraints = OFF')
    check(db, tmp, progress)
    progress?.('optimize')
    // merge the full-text index into one b-tree per term (faster queries), then refresh
    // the planner's statistics; no VACUUM: a freshly built file has nothing to reclaim
    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.pragma('optimize')
    // the published database is in WAL mode, so that later writes (an ingest) never block
    // its readers; switched at the end, so the bulk load above pays no WAL overhead
    progress?.('publish')
    db.pragma('journal_mode = WAL')
    db.close()
    const fd = openSync(tmp, 'r')
    fsyncSync(fd)
    closeSync(fd)
    forgetWal(dbPath)
    renameSync(tmp, dbPath)
    progress?.('done')
    return built
  } catch (err) {
    if (db.open) db.close()
    rmSync(tmp, { force: true })
    for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true })
    throw err
  }
}

/**
 * SQLite finds a database's WAL index and log by name (`<db>-shm`, `<db>-wal`), not by
 * file: left in place, the replaced database's would be shared by the new one, and a
 * server still reading the replaced file would read the new file's pages out of the log
 * as soon as anything wrote to it ("database disk image is malformed"). Removed before the
 * rename, the servers that hold the old file keep their own (unlinked) copies, and the
 * new file starts with fresh ones. Nothing in them is lost: the old file is being replaced.
 */
function forgetWal (dbPath: string): void {
  rmSync(`${dbPath}-wal`, { force: true })
  rmSync(`${dbPath}-shm`, { force: true })
}

/** Temporaries left by a build that was killed: their process is gone. */
function removeStaleTemporaries (dbPath: string): void {
  const dir = dirname(dbPath) || '.'
  const stem = `${basename(dbPath)}.tmp-`
  if (!existsSync(dir)) return
  for (const f of readdirSync(dir)) {
    if (!f.startsWith(stem)) continue
    // <db>.tmp-<pid> and its journal <db>.tmp-<pid>-journal both belong to that pid
    const pid = Number.parseInt(f.slice(stem.length), 10)
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dir, f), { force: true })
  }
}

function alive (pid: number): boolean {
  try { process.kill(pid, 0); return true } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM' }
}

/** The built file's checks: references, SQLite's own (pages, NOT NULL, CHECK; on a second connection, beside the others) and every quote. */
function check (db: Database.Database, path: string, progress?: Progress): void {
  progress?.('checks')
  const quick = startQuickCheck(path)
  try {
    const fk = db.pragma('foreign_key_check') as unknown[]
    if (fk.length > 0) throw new IntegrityError(`foreign_key_check found ${fk.length} broken reference(s): ${JSON.stringify(fk.slice(0, 3))}`)
    const drift = driftedQuotes(db)
    if (drift.length > 0) throw new IntegrityError(`${drift.length} span(s) whose quote differs from the article text at its offsets: ${JSON.stringify(drift.slice(0, 3))}`)
  } catch (err) {
    // ended before the file it reads is removed
    quick.stop()
    throw err
  }
  progress?.('quick check')
  const integrity = quick.result()
  if (integrity !== 'ok') throw new IntegrityError(`quick_check: ${integrity}`)
}

/**
 * The spans whose quote is not the article's text at their code-point offsets (start, end),
 * found independently of the pipeline, which anchors by UTF-16 offsets. One article at a
 * time, its text read once: where each code point starts, then each span's slice. (In SQL,
 * substr over the joined text would read and count the whole text again for every span.)
 */
function driftedQuotes (db: Database.Database): Array<{ id: number, article: string, quote: string }> {
  const next = db.prepare('SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT 1')
  const spansOf = db.prepare('SELECT id, start, "end", quote FROM spans WHERE article_id = ?')
  const drift: Array<{ id: number, article: string, quote: string }> = []
  let article = next.get('') as { id: string, text: string } | undefined
  while (article !== undefined) {
    const { id, text } = article
    // starts[k]: the UTF-16 index of code point k; one more entry for the end of the text
    const starts: number[] = []
    for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i)
    starts.push(text.length)
    const at = (k: number) => starts[Math.min(Math.max(k, 0), starts.length - 1)]!
    for (const s of spansOf.iterate(id) as Iterable<{ id: number, start: number, end: number, quote: string }>) {
      if (text.slice(at(s.start), at(s.end)) !== s.quote) drift.push({ id: s.id, article: id, quote: s.quote })
    }
    article = next.get(id) as typeof article
  }
  return drift
}

/**
 * Drops the secondary (non-unique) indexes the migrations made, for a bulk load, and
 * returns what makes them again, from the same SQL. An index built once over the loaded
 * rows is one sort; kept during the load, every row updates it at a random place, and
 * with a bounded page cache most of those places are read back from the file. Unique
 * indexes (and primary keys) stay: they are the constraints the load relies on.
 */
export function deferIndexes (db: Database.Database): () => void {
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
    AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY rowid`).all() as Array<{ name: string, sql: string }>
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`)
  return () => { for (const { sql } of indexes) db.exec(sql) }
}

/** The meta rows: the version, the build's time and counts, and what an ingest needs to carry on. */
export function writeMeta (db: Database.Database, m: { version: string, builtAt?: string, counts: Record<string, number>, registryHash?: string, seedDir?: string }): void {
  const set = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  set.run('version', m.version)
  set.run('counts', JSON.stringify(m.counts))
  set.run('schema_version', String(latestSchemaVersion()))
  if (m.builtAt !== undefined) {
    // a build starts the changes feed afresh: its version is the first one the feed knows
    set.run('built_at', m.builtAt)
    set.run('base_version', m.version)
  }
  if (m.registryHash !== undefined) set.run('registry_hash', m.registryHash)
  if (m.seedDir !== undefined) set.run('seed_dir', m.seedDir)
}
