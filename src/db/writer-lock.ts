import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'

// One writer at a time per database. The lock is SQLite's own exclusive lock on a small
// database beside the target (`<db>.lock`), not a pid file: the kernel drops it when the
// holder exits, however it exits, so a killed build leaves no stale lock to detect or
// clean up, and a pid reused by another process can never look like a live writer.
// The target itself cannot carry the lock: a full build replaces it by rename.
//
// The lock file stays between runs on purpose: deleting it on release would let a
// waiting process lock the deleted file while a newcomer locks a fresh one.

export class WriterLockedError extends Error {
  constructor (readonly dbPath: string, readonly lockPath: string) {
    super(`${dbPath} is being written by another process (npm run seed or npm run ingest holds ${lockPath}); ` +
      'try again when it has finished (the lock goes with that process, even if it is killed)')
    this.name = 'WriterLockedError'
  }
}

export interface WriterLock {
  readonly path: string
  release: () => void
}

function lockPathOf (dbPath: string): string {
  return `${dbPath}.lock`
}

/** Takes the writer lock of dbPath now, or throws WriterLockedError: a second writer is refused, never queued. */
export function lockWriter (dbPath: string): WriterLock {
  const path = lockPathOf(dbPath)
  mkdirSync(dirname(path), { recursive: true })
  // timeout 0: better-sqlite3 otherwise waits 5 s for a busy lock before failing
  const db = new Database(path, { timeout: 0 })
  try {
    // nothing is ever written to it: no journal file either (a killed holder would leave one)
    db.pragma('journal_mode = MEMORY')
    db.exec('BEGIN EXCLUSIVE')
  } catch (err) {
    db.close()
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new WriterLockedError(dbPath, path)
    throw err
  }
  return {
    path,
    release: () => {
      if (!db.open) return
      db.exec('ROLLBACK')
      db.close()
    }
  }
}

/** Runs fn holding the writer lock of dbPath, and releases it however fn ends. */
export function withWriterLock<T> (dbPath: string, fn: () => T): T {
  const lock = lockWriter(dbPath)
  try {
    return fn()
  } finally {
    lock.release()
  }
}
