import Database from 'better-sqlite3'

// A release's bytes: a consistent copy of the database as one read transaction saw it.
// VACUUM INTO reads through a read-only connection (a writer committing meanwhile is not
// seen, nor blocked), writes a compact file in rollback-journal mode, and is SQLite's own
// copy, so the result is a database exactly as valid as its source.

export class SnapshotError extends Error {}

/** Copies dbPath into outPath (which must not exist) and returns the copy's dataset version. */
export function snapshot (dbPath: string, outPath: string): string {
  const source = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    source.prepare('VACUUM INTO ?').run(outPath)
  } finally {
    source.close()
  }
  const copy = new Database(outPath, { fileMustExist: true })
  try {
    // readers of a release share no WAL index (none of them may write a -shm beside it):
    // the copy must be in rollback mode, whatever its source was
    copy.pragma('journal_mode = DELETE')
    const check = copy.pragma('quick_check(1)', { simple: true })
    if (check !== 'ok') throw new SnapshotError(`the copy of ${dbPath} fails quick_check: ${String(check)}`)
    return datasetVersion(copy, outPath)
  } finally {
    copy.close()
  }
}

export function datasetVersion (db: Database.Database, path: string): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string } | undefined
  if (row === undefined) throw new SnapshotError(`${path} has no dataset version: it was not built by the seed`)
  return row.value
}
