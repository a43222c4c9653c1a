import { existsSync, accessSync, constants, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { latestSchemaVersion } from './migrate.js'

// The server's connection: read-only twice over (the file is opened read-only and
// `query_only` refuses writes), and refused with a one-line reason when the file is
// missing, unreadable, corrupt, or not a database of ours at our schema version.

export class DatabaseOpenError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}

/** Files up to this size have every page checked when the server opens them. */
const FULL_CHECK_MAX_BYTES = 2 ** 30

export function openReadOnly (path: string, onSkippedCheck?: (message: string) => void, fullCheckMaxBytes = FULL_CHECK_MAX_BYTES): Database.Database {
  if (!existsSync(path)) throw new DatabaseOpenError(`database ${path} does not exist (build it with: npm run seed)`)
  try { accessSync(path, constants.R_OK) } catch { throw new DatabaseOpenError(`database ${path} is not readable`) }
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch (err) {
    throw new DatabaseOpenError(`database ${path} cannot be opened: ${(err as Error).message}`)
  }
  try {
    db.pragma('query_only = ON')
    const version = db.pragma('user_version', { simple: true }) as number
    const expected = latestSchemaVersion()
    const hasMeta = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() as { n: number }
    if (hasMeta.n === 0) throw new DatabaseOpenError(`${path} is not a claims database (no meta table)`)
    if (version !== expected) throw new DatabaseOpenError(`database ${path} has schema version ${version}, this server needs ${expected} (rebuild it with: npm run seed)`)
    const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string } | undefined
    if (row === undefined) throw new DatabaseOpenError(`database ${path} has no dataset version: it was not built by the seed`)
    checkSize(db, path)
    // A damaged page anywhere (a disk error) is refused now, not found later as 500s on
    // whichever requests read it. That reads every page:
    // ~10 ms for the real dataset, 1-10 s at 1 GiB, 30 s to minutes for the 6.5 GB of a
    // million claims, so bigger files rely on the check the seed ran before
    // publishing them, and the server says so.
    const bytes = statSync(path).size
    if (bytes <= fullCheckMaxBytes) {
      const check = db.pragma('quick_check(1)', { simple: true })
      if (check !== 'ok') throw new DatabaseOpenError(`database ${path} is corrupt (quick_check: ${String(check).split('\n')[0]}): rebuild it with: npm run seed`)
    } else {
      onSkippedCheck?.(`database ${path} is ${(bytes / 2 ** 30).toFixed(1)} GiB: its pages were checked when it was built, not now (the server checks every page of files up to ${(fullCheckMaxBytes / 2 ** 30).toFixed(1)} GiB at start-up)`)
    }
    return db
  } catch (err) {
    db.close()
    if (err instanceof DatabaseOpenError) throw err
    throw new DatabaseOpenError(`database ${path} is not a readable SQLite database: ${(err as Error).message}`)
  }
}

/**
 * A copy cut short (or padded) is refused at any size: the header's page count must account
 * for the file's bytes exactly. Not so for a WAL database whose log holds commits not yet
 * copied back (an ingest's): its pages are the file's and the log's, so the file may be
 * shorter than the page count says (never longer: pages are only freed, never dropped,
 * without VACUUM), and it is still a whole number of pages. The sizes are read inside one
 * read transaction, so no checkpoint can copy past that snapshot meanwhile; a page the log
 * claims but the file lacks is found by quick_check.
 */
function checkSize (db: Database.Database, path: string): void {
  db.exec('BEGIN')
  try {
    const pages = db.pragma('page_count', { simple: true }) as number
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const bytes = statSync(path).size
    const log = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0
    const whole = log > 0 && db.pragma('journal_mode', { simple: true }) === 'wal'
      ? bytes % pageSize === 0 && bytes <= pages * pageSize
      : bytes === pages * pageSize
    if (!whole) throw new DatabaseOpenError(`database ${path} is corrupt (${bytes} bytes, but its header counts ${pages} pages of ${pageSize}): rebuild it with: npm run seed`)
  } finally {
    db.exec('COMMIT')
  }
}
