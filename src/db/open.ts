import { existsSync, accessSync, constants } from 'node:fs'
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

export function openReadOnly (path: string): Database.Database {
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
    // A damaged page anywhere (a truncated copy, a disk error) is refused now, not found later
    // as 500s on whichever requests read it (reliability review, issue #5). It reads every
    // page once: ~10 ms for the real dataset, ~1 s per 100 MB.
    const check = db.pragma('quick_check(1)', { simple: true })
    if (check !== 'ok') throw new DatabaseOpenError(`database ${path} is corrupt (quick_check: ${String(check).split('\n')[0]}): rebuild it with: npm run seed`)
    return db
  } catch (err) {
    db.close()
    if (err instanceof DatabaseOpenError) throw err
    throw new DatabaseOpenError(`database ${path} is not a readable SQLite database: ${(err as Error).message}`)
  }
}
