import { statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { DatabaseOpenError, openReadOnly } from './open.js'
import { Repository } from './repository.js'

// The database a running server follows while it grows. Two kinds of change reach it:
//
// - a commit on the same file (an ingest, in WAL mode): `PRAGMA data_version` tells, at no
//   cost, that another connection committed; every request's snapshot reads the version
//   too, so a request served by a handler always sees the newest commit;
// - a new file renamed over the path (a full rebuild): the path's inode changes. The new
//   file is opened (and checked) beside the old one; once it opens, requests go to it, and
//   the old connection is closed when the exports still reading it have finished. A file
//   that cannot be opened is logged, once, and the old one stays in service.
//
// Both are polled every POLL_MS (on a timer that never holds the process up), so every
// process of the server, every cluster worker too, follows a change within that delay.
//
// An export reads for many turns of the event loop: it gets a connection of its own, from
// a pool, holding one read transaction from its first row to its last, so all of it comes
// from one snapshot while commits go on (WAL keeps that snapshot's pages readable). A few
// are opened with the file, the rest as needed while the path still names it (a replaced
// file can no longer be opened by name), up to MAX_EXPORTS at once.

const POLL_MS = 250
/** Connections opened with the file for exports; more are opened while the path still names it. */
const POOL = 4
/** Exports running at once per process (file descriptors are finite); more wait for one to end. */
const MAX_EXPORTS = 64
/** At a swap, files up to this size have every page checked (it blocks the event loop). */
const SWAP_FULL_CHECK_BYTES = 64 * 2 ** 20

interface Log { info: (msg: string) => void, warn: (msg: string) => void, error: (msg: string) => void }

/**
 * One file (one inode) and the connections on it: the main one, and the exports' pool,
 * opened with it. They are opened together because the path may name another file a
 * moment later (or a file that cannot be opened), and a file is only reachable by its name.
 */
class Generation {
  readonly idle: Repository[]
  leased = 0
  retired = false
  constructor (readonly inode: string, readonly main: Repository, pool: Database.Database[]) {
    this.idle = pool.map((db) => new Repository(db))
  }

  /** Opens `path` (checked: see openReadOnly) and its pool; null when the path changed meanwhile. */
  static open (path: string, log: Log, fullCheckMaxBytes?: number): Generation | null {
    const inode = inodeOf(path)
    const main = openReadOnly(path, (m) => log.warn(m), fullCheckMaxBytes)
    const pool: Database.Database[] = []
    try {
      for (let i = 0; i < POOL; i++) {
        const db = new Database(path, { readonly: true, fileMustExist: true })
        pool.push(db)
        db.pragma('query_only = ON')
      }
    } catch (err) {
      main.close()
      for (const db of pool) db.close()
      throw err
    }
    if (inode === null || inodeOf(path) !== inode) {
      main.close()
      for (const db of pool) db.close()
      return null
    }
    return new Generation(inode, new Repository(main), pool)
  }

  /** An idle connection, or a new one while the path still names this file; null: wait for one. */
  take (path: string): Repository | null {
    let repo = this.idle.pop()
    if (repo === undefined && this.leased + this.idle.length < MAX_EXPORTS && inodeOf(path) === this.inode) {
      const db = new Database(path, { readonly: true, fileMustExist: true })
      db.pragma('query_only = ON')
      // renamed over between the check and the open: not this file
      if (inodeOf(path) !== this.inode) db.close()
      else repo = new Repository(db)
    }
    if (repo === undefined) return null
    this.leased++
    return repo
  }

  giveBack (repo: Repository): void {
    repo.end()
    this.leased--
    // the pool keeps POOL idle connections; those a burst of exports opened go
    if (this.idle.length < POOL) this.idle.push(repo)
    else repo.close()
    if (this.retired) this.sweep()
  }

  /** Once retired: closes every connection no export reads, the main one once none does. */
  sweep (): void {
    for (const r of this.idle.splice(0)) r.close()
    if (this.leased === 0 && this.main.db.open) this.main.close()
  }

  get closed (): boolean { return !this.main.db.open }
}

export interface ExportLease { repo: Repository, version: string, release: () => void }

export class LiveDatabase {
  private current: Generation
  private readonly retired: Generation[] = []
  private readonly waiting: Array<() => void> = []
  /** The file last refused (inode, size, mtime), so that it is logged once, not on every poll. */
  private refused: string | null = null
  private readonly timer: NodeJS.Timeout

  constructor (private readonly path: string, private readonly log: Log) {
    let generation: Generation | null = null
    // the path changing while it is opened: open it again
    for (let i = 0; generation === null; i++) {
      generation = Generation.open(path, log)
      if (generation === null && i >= 10) throw new DatabaseOpenError(`database ${path} keeps being replaced while it is opened`)
    }
    this.current = generation
    this.timer = setInterval(() => this.poll(), POLL_MS)
    this.timer.unref()
  }

  /** The repository requests read now. */
  get repo (): Repository { return this.current.main }

  /** The newest committed version of the file in service (one cheap pragma: ~1 µs of CPU). */
  latestVersion (): string {
    this.repo.refresh()
    return this.repo.version
  }

  /** Picks up a commit or a new file; called on a timer, and by tests. */
  poll (): void {
    for (const g of this.retired.splice(0)) {
      g.sweep()
      if (!g.closed) this.retired.push(g)
    }
    let stat
    try { stat = statSync(this.path) } catch (err) {
      this.refuse(`missing:${(err as NodeJS.ErrnoException).code}`, `database ${this.path} cannot be read (${(err as Error).message}): still serving version ${this.repo.version}`)
      return
    }
    const inode = `${stat.dev}:${stat.ino}`
    if (inode === this.current.inode) {
      const before = this.repo.version
      try {
        if (this.repo.refresh() && this.repo.version !== before) this.log.info(`dataset version ${this.repo.version} (was ${before}): a commit picked up`)
      } catch (err) {
        this.refuse(`refresh:${(err as Error).message}`, `database ${this.path} cannot be read (${(err as Error).message}): still serving version ${this.repo.version}`)
      }
      return
    }
    const signature = `${inode}:${stat.size}:${stat.mtimeMs}`
    if (signature === this.refused) return
    let next
    try {
      next = Generation.open(this.path, this.log, SWAP_FULL_CHECK_BYTES)
    } catch (err) {
      this.refuse(signature, `a new database at ${this.path} cannot be opened, still serving version ${this.repo.version}: ${(err as Error).message}`)
      return
    }
    if (next === null) return // replaced again meanwhile: the next poll opens the newest
    this.refused = null
    const old = this.current
    this.current = next
    old.retired = true
    this.retired.push(old)
    for (const wake of this.waiting.splice(0)) wake() // a new pool, all idle
    this.log.info(`dataset version ${next.main.version} (was ${old.main.version}): a new database file picked up`)
  }

  private refuse (signature: string, message: string): void {
    if (this.refused === signature) return
    this.refused = signature
    this.log.error(message)
  }

  /** A connection of its own, in one read transaction, for an export; `release()` when it ends. */
  async lease (): Promise<ExportLease> {
    let generation = this.current
    let repo = generation.take(this.path)
    while (repo === null) {
      await new Promise<void>((resolve) => this.waiting.push(resolve))
      generation = this.current
      repo = generation.take(this.path)
    }
    let version: string
    try {
      version = repo.begin()
    } catch (err) {
      generation.giveBack(repo)
      this.waiting.shift()?.()
      throw err
    }
    let released = false
    return {
      repo,
      version,
      release: () => {
        if (released) return
        released = true
        generation.giveBack(repo)
        this.waiting.shift()?.()
      }
    }
  }

  close (): void {
    clearInterval(this.timer)
    for (const g of [...this.retired, this.current]) {
      g.retired = true
      g.sweep()
      if (!g.closed) g.main.close() // an export still running is cut short: the server is closing
    }
  }
}

function inodeOf (path: string): string | null {
  try {
    const s = statSync(path)
    return `${s.dev}:${s.ino}`
  } catch {
    return null
  }
}
