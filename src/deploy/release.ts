import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openReadOnly } from '../db/open.js'
import { datasetVersion, snapshot } from '../db/snapshot.js'

// Releases: read-only snapshots of the database that replicas serve. A release directory
// holds `<version>.db` files and `current`, one line naming the version to serve. Both are
// written under a temporary name and renamed, so a reader sees a complete file or none:
// a release killed half-way leaves a hidden `.…tmp-<pid>` that nothing opens, and the next
// release removes it. Switching (and rolling back) is pointing `current` at a version.

export const CURRENT = 'current'
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const TEMPORARY = /^\..*\.tmp-(\d+)$/

export class ReleaseError extends Error {}

export interface Release { version: string, file: string }

function releaseFile (dir: string, version: string): string {
  if (!VERSION.test(version)) throw new ReleaseError(`"${version}" is not a release version`)
  return join(dir, `${version}.db`)
}

export interface MakeOptions {
  /** Called with the complete temporary file just before it is published (tests stop the process here). */
  beforePublish?: (tmp: string) => void
}

/** Snapshots dbPath into dir as `<version>.db` (read-only) and points `current` at it. */
export function makeRelease (dbPath: string, dir: string, options: MakeOptions = {}): Release & { existed: boolean } {
  if (!existsSync(dbPath)) throw new ReleaseError(`database ${dbPath} does not exist (build it with: npm run seed)`)
  mkdirSync(dir, { recursive: true })
  removeStaleTemporaries(dir)
  const tmp = join(dir, `.release.db.tmp-${process.pid}`)
  rmSync(tmp, { force: true })
  try {
    const version = snapshot(dbPath, tmp)
    const file = releaseFile(dir, version)
    options.beforePublish?.(tmp)
    // an existing release of the same version has the same content: keep it (replicas may be reading it)
    const existed = existsSync(file)
    if (existed) {
      rmSync(tmp)
    } else {
      syncFile(tmp)
      chmodSync(tmp, 0o444)
      renameSync(tmp, file)
      syncFile(dir)
    }
    setCurrent(dir, version)
    return { version, file, existed }
  } catch (err) {
    rmSync(tmp, { force: true })
    rmSync(`${tmp}-journal`, { force: true })
    throw err
  }
}

/** Points `current` at a release already in dir, after checking it as a server would: the way to switch back. */
export function useRelease (dir: string, version: string): Release {
  const candidate = releaseFile(dir, version)
  if (!existsSync(candidate)) throw new ReleaseError(`${dir} has no release ${version} (it has: ${listReleases(dir).join(', ') || 'none'})`)
  const file = verifyRelease(candidate, version)
  setCurrent(dir, version)
  return { version, file }
}

/** The release `current` names; the file must exist. */
export function currentRelease (dir: string): Release {
  const pointer = join(dir, CURRENT)
  if (!existsSync(pointer)) throw new ReleaseError(`${dir} has no ${CURRENT} release (make one with: npm run release)`)
  const version = readFileSync(pointer, 'utf8').trim()
  const file = releaseFile(dir, version)
  if (!existsSync(file)) throw new ReleaseError(`${pointer} names ${version}, but ${file} does not exist`)
  return { version, file }
}

/** The versions released in dir, sorted by name (a version is a hash: the order says nothing about age). */
export function listReleases (dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter((f) => f.endsWith('.db') && !f.startsWith('.')).map((f) => f.slice(0, -3)).sort()
}

/**
 * Opens a release as a server will (read-only, every page checked up to 1 GiB, its size
 * against its header) and checks that it holds the version its name says: a file cut
 * short or put in place by hand is refused before any replica is started on it.
 */
export function verifyRelease (file: string, version: string): string {
  const db = openReadOnly(file)
  try {
    const actual = datasetVersion(db, file)
    if (actual !== version) throw new ReleaseError(`${file} holds version ${actual}, not ${version}`)
    return file
  } finally {
    db.close()
  }
}

function setCurrent (dir: string, version: string): void {
  const tmp = join(dir, `.${CURRENT}.tmp-${process.pid}`)
  writeFileSync(tmp, `${version}\n`)
  syncFile(tmp)
  renameSync(tmp, join(dir, CURRENT))
  syncFile(dir)
}

/** Data (or a directory's entries) on disk before the rename that publishes them. */
function syncFile (path: string): void {
  const fd = openSync(path, 'r')
  try { fsyncSync(fd) } finally { closeSync(fd) }
}

function removeStaleTemporaries (dir: string): void {
  for (const f of readdirSync(dir)) {
    const pid = Number(TEMPORARY.exec(f.replace(/-journal$/, ''))?.[1])
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dir, f), { force: true })
  }
}

function alive (pid: number): boolean {
  try { process.kill(pid, 0); return true } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM' }
}
