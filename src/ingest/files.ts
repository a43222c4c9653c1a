import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'

// The seed folder's side of an ingest. The new files are written beside their final names
// first (`.<name>.ingest-<pid>`, which the build never reads) and flushed to disk. Inside the
// database's transaction, just before it commits, an intent (`.ingest-intent`: the
// article, the files it keeps, the version the commit makes) is flushed too; after the commit
// the files are renamed over the old ones (each rename atomic), the files the change drops are
// removed, and the intent goes. A failure before the commit (a full disk included) removes the
// temporaries and the intent and leaves the folder as it was.
//
// A process killed part-way leaves the intent behind, and the next writer (an ingest, a build,
// `npm start`) settles it under the writer lock before reading the folder: if the database
// holds the intent's version, the commit happened and the renames are finished; otherwise it
// did not and the temporaries go. Either way the folder and the database agree again, and a
// rebuild from the folder gives what the database serves.

const INTENT = '.ingest-intent'

const EXTENSIONS = ['txt', 'yaml', 'json'] as const
type Ext = typeof EXTENSIONS[number]

export interface SeedChange {
  /** records, durably, what `commit` will do once the database `db` holds `version`; called inside the transaction, last */
  prepare: (version: string, db: string) => void
  /** renames the new files into place and removes the id's files the change does not keep */
  commit: () => void
  /** removes the temporaries */
  abort: () => void
}

/** Stages the files of article `id`: `files` replace whatever the folder holds for it. */
export function stageArticle (articlesDir: string, id: string, files: Array<{ ext: Ext, bytes: Buffer }>, target = (path: string) => path): SeedChange {
  removeStale(articlesDir)
  const staged: Array<{ tmp: string, final: string }> = []
  try {
    for (const f of files) {
      const final = join(articlesDir, `${id}.${f.ext}`)
      const tmp = join(articlesDir, `.${id}.${f.ext}.ingest-${process.pid}`)
      staged.push({ tmp, final })
      writeDurably(target(tmp), f.bytes)
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true })
    throw err
  }
  const intent: Omit<Intent, 'version' | 'db'> = { id, pid: process.pid, keep: files.map((f) => f.ext) }
  return {
    prepare: (version, db) => writeDurably(target(join(articlesDir, INTENT)), Buffer.from(JSON.stringify({ ...intent, db: resolve(db), version }))),
    commit: () => {
      finish(articlesDir, intent)
      rmSync(join(articlesDir, INTENT), { force: true })
    },
    abort: () => {
      for (const s of staged) rmSync(s.tmp, { force: true })
      rmSync(join(articlesDir, INTENT), { force: true })
    }
  }
}

interface Intent { id: string, pid: number, keep: Ext[], db: string, version: string }

/** The renames and removals of a committed change; done again, it changes nothing. */
function finish (articlesDir: string, { id, pid, keep }: Omit<Intent, 'version' | 'db'>): void {
  for (const ext of keep) {
    const tmp = join(articlesDir, `.${id}.${ext}.ingest-${pid}`)
    if (existsSync(tmp)) renameSync(tmp, join(articlesDir, `${id}.${ext}`))
  }
  for (const ext of EXTENSIONS) if (!keep.includes(ext)) rmSync(join(articlesDir, `${id}.${ext}`), { force: true })
}

/** The database an unsettled change of the seed folder was made for, if a writer stopped part-way. */
export function unsettledChange (articlesDir: string): { db: string | null } | null {
  const path = join(articlesDir, INTENT)
  if (!existsSync(path)) return null
  return { db: readIntent(path)?.db ?? null }
}

// a half-written intent means its writer died before the commit, which comes after it
function readIntent (path: string): Intent | null {
  try { return JSON.parse(readFileSync(path, 'utf8')) as Intent } catch { return null }
}

/**
 * Settles what a writer killed part-way left in the seed folder for the database `db`, given
 * the version that database holds (call it under the writer lock): a committed change is
 * finished, one that never committed is undone, stray temporaries go. A change made for
 * another database is left for that database's next writer ('other').
 */
export function settleSeedFolder (articlesDir: string, db: string, databaseVersion: string | null): 'finished' | 'undone' | 'nothing' | 'other' {
  if (!existsSync(articlesDir)) return 'nothing'
  let outcome: 'finished' | 'undone' | 'nothing' = 'nothing'
  const path = join(articlesDir, INTENT)
  if (existsSync(path)) {
    const intent = readIntent(path)
    if (intent !== null && intent.db !== resolve(db)) return 'other'
    if (intent !== null && databaseVersion !== null && intent.version === databaseVersion) {
      finish(articlesDir, intent)
      outcome = 'finished'
    } else {
      outcome = 'undone'
    }
    rmSync(path, { force: true })
  }
  removeStale(articlesDir)
  return outcome
}

/** A delete: the id's files go once the database has committed. */
export function stageDelete (articlesDir: string, id: string): SeedChange {
  return stageArticle(articlesDir, id, [])
}

function writeDurably (path: string, bytes: Buffer): void {
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Temporaries of an ingest that was killed: their process is gone (one writer holds the lock). */
function removeStale (articlesDir: string): void {
  if (!existsSync(articlesDir) || existsSync(join(articlesDir, INTENT))) return
  for (const f of readdirSync(articlesDir)) {
    const m = /^\..+\.ingest-(\d+)$/.exec(f)
    if (m !== null && Number(m[1]) !== process.pid) rmSync(join(articlesDir, f), { force: true })
  }
}
