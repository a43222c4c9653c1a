import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

// The seed folder's side of an ingest. The new files are written beside their final names
// first (`.<name>.ingest-<pid>`, which the build never reads) and flushed to disk; only
// after the database has committed are they renamed over the old ones, each rename atomic.
// A failure before the commit (a full disk included) removes them and leaves the folder
// as it was. A process killed before the commit leaves only such hidden temporaries, which
// the next ingest removes.

const EXTENSIONS = ['txt', 'yaml', 'json'] as const
type Ext = typeof EXTENSIONS[number]

export interface SeedChange {
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
  const keep = new Set(files.map((f) => f.ext))
  return {
    commit: () => {
      for (const s of staged) renameSync(s.tmp, s.final)
      for (const ext of EXTENSIONS) if (!keep.has(ext)) rmSync(join(articlesDir, `${id}.${ext}`), { force: true })
    },
    abort: () => { for (const s of staged) rmSync(s.tmp, { force: true }) }
  }
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
  if (!existsSync(articlesDir)) return
  for (const f of readdirSync(articlesDir)) {
    const m = /^\..+\.ingest-(\d+)$/.exec(f)
    if (m !== null && Number(m[1]) !== process.pid) rmSync(join(articlesDir, f), { force: true })
  }
}
