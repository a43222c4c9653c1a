import { existsSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { buildDb, REAL_SEED, removeTempDirs } from '../helpers/seed.js'
import { addClaims } from '../helpers/growth.js'
import { openReadOnly } from '../../src/db/open.js'

// A server (re)started while the log holds commits not yet copied into the file: the file
// is shorter than the page count says, and that is no corruption.

afterAll(removeTempDirs)

it('opens a WAL database whose log holds pages beyond the end of the file', () => {
  const { dbPath } = buildDb(REAL_SEED)
  // a reader holding the file open keeps the last writer from folding the log back in on close
  const holder = new Database(dbPath, { readonly: true })
  try {
    holder.prepare('SELECT count(*) FROM claims').get()
    const change = addClaims(dbPath, 300)
    expect(existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0).toBe(true)
    const probe = new Database(dbPath, { readonly: true })
    const pages = probe.pragma('page_count', { simple: true }) as number
    const pageSize = probe.pragma('page_size', { simple: true }) as number
    probe.close()
    expect(pages * pageSize).toBeGreaterThan(statSync(dbPath).size) // the case this is about
    const db = openReadOnly(dbPath, undefined, 0)
    expect((db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value).toBe(change.version)
    db.close()
  } finally {
    holder.close()
  }
})
