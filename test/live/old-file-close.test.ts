import { existsSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { buildDb, REAL_SEED, removeTempDirs } from '../helpers/seed.js'
import { addClaims, rebuild } from '../helpers/growth.js'

// SQLite finds a database's log by name, and the last connection to a database checkpoints
// and deletes its log when it can. A server closing its connection to a replaced file (as
// src/db/live.ts does once no export reads it) must leave alone the log now beside the new
// file under that name, and the commits in it: its connection is read-only, so it never
// checkpoints.

afterAll(removeTempDirs)

it('closing the last connection to a replaced file leaves the new file\'s log and commits alone', () => {
  const { dbPath } = buildDb(REAL_SEED)
  const old = new Database(dbPath, { readonly: true })
  old.pragma('query_only = ON')
  const before = (old.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
  rebuild(dbPath)
  const fresh = new Database(dbPath, { readonly: true })
  const writer = new Database(dbPath) // held open: its commits stay in the log
  try {
    fresh.prepare('SELECT count(*) FROM claims').get()
    const change = addClaims(dbPath, 5)
    const log = statSync(`${dbPath}-wal`).size
    expect(log).toBeGreaterThan(0)
    old.close()
    expect(existsSync(`${dbPath}-wal`)).toBe(true)
    expect(statSync(`${dbPath}-wal`).size).toBe(log)
    expect((fresh.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n).toBe(before + 5)
    expect((fresh.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value).toBe(change.version)
  } finally {
    fresh.close()
    writer.close()
  }
})
