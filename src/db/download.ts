import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { datasetVersion, SnapshotError } from './snapshot.js'

// The whole dataset as one file users download: a consistent copy of the database the
// server reads, made once per dataset version with SQLite's online backup API from the
// server's own read-only connection (so it holds exactly the version being served; the
// backup runs in steps on the event loop and never blocks it for long), in rollback-journal
// mode, checked, then renamed into the folder as `<version>.db`. The live file is never
// sent. Concurrent first requests wait for the same copy; processes sharing the folder
// (workers, replicas) may each make one, and the rename keeps whichever is complete.
// Copies unused for a day are removed when a new one is made.

export interface DatasetFile { path: string, size: number, version: string }

const STALE_MS = 24 * 60 * 60 * 1000
const TEMPORARY = /\.tmp-\d+-[0-9a-f]+$/

export class DatasetFiles {
  private making: { version: string, file: Promise<DatasetFile> } | null = null

  constructor (private readonly source: Database.Database, private readonly dir: string) {}

  /** The copy of `version` (the version the source serves), made if it is not there yet. */
  async get (version: string): Promise<DatasetFile> {
    const path = join(this.dir, `${version}.db`)
    try {
      const size = statSync(path).size
      return { path, size, version }
    } catch {}
    if (this.making?.version !== version) {
      const file = this.make(version, path)
      this.making = { version, file }
      file.catch(() => { if (this.making?.file === file) this.making = null })
    }
    return await this.making.file
  }

  private async make (version: string, path: string): Promise<DatasetFile> {
    mkdirSync(this.dir, { recursive: true })
    const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`
    try {
      await this.source.backup(tmp)
      const copy = new Database(tmp, { fileMustExist: true })
      try {
        copy.pragma('journal_mode = DELETE')
        const check = copy.pragma('quick_check(1)', { simple: true })
        if (check !== 'ok') throw new SnapshotError(`the copy for download fails quick_check: ${String(check)}`)
        const copied = datasetVersion(copy, tmp)
        if (copied !== version) throw new SnapshotError(`the copy for download holds version ${copied}, not ${version}`)
      } finally {
        copy.close()
      }
      renameSync(tmp, path)
    } catch (err) {
      rmSync(tmp, { force: true })
      throw err
    }
    this.removeStale(path)
    return { path, size: statSync(path).size, version }
  }

  /** Copies (and temporaries) of other versions untouched for a day. */
  private removeStale (keep: string) {
    const now = Date.now()
    utimesSync(keep, new Date(), new Date())
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name)
      if (file === keep || !(name.endsWith('.db') || TEMPORARY.test(name))) continue
      try {
        if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true })
      } catch {}
    }
  }
}
