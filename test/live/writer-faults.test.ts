import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { once } from 'node:events'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, getJson, type ListBody, type TestApp } from '../helpers/app.js'
import { addClaims } from '../helpers/growth.js'
import { ROOT } from '../../dev/process.js'

// A writer that fails leaves the servers serving what they served: a transaction rolled
// back, or a writer killed with its uncommitted pages already in the log, change nothing
// any request sees; the next writer commits normally and is picked up.

let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

async function served () {
  const list = await getJson<ListBody>(t.app, '/v1/claims?limit=500')
  const res = await t.app.inject('/v1/claims?format=ndjson')
  expect(res.statusCode).toBe(200)
  return { version: (await getJson(t.app, '/health')).datasetVersion as string, ids: list.data.map((d) => d.id), exported: res.body }
}

describe('a writer that fails', () => {
  it('rolled back: nothing changes for the server', async () => {
    const before = await served()
    const db = new Database(t.dbPath)
    try {
      expect(() => db.transaction(() => {
        db.prepare("UPDATE meta SET value = 'never-committed' WHERE key = 'version'").run()
        db.prepare('DELETE FROM claim_spans').run()
        throw new Error('the ingest found a bad file')
      })()).toThrow(/bad file/)
    } finally {
      db.close()
    }
    t.app.live.poll()
    expect(await served()).toEqual(before)
  })

  it('killed with its uncommitted pages in the log: the server serves on, unchanged, and the next writer commits', async () => {
    const before = await served()
    const walBefore = statSync(`${t.dbPath}-wal`).size
    // a page cache of one page spills the transaction's pages into the log before commit
    const script = `
      const Database = require('better-sqlite3')
      const db = new Database(process.argv[1])
      db.pragma('cache_size = 1')
      db.exec('BEGIN IMMEDIATE')
      db.prepare("UPDATE meta SET value = 'half-written' WHERE key = 'version'").run()
      db.prepare("UPDATE claims SET doc = json_set(doc, '$.text', 'overwritten')").run()
      db.prepare("UPDATE articles SET detail = detail || ' '").run()
      process.stdout.write('in the middle\\n')
      setInterval(() => {}, 1000)`
    const writer = spawn(process.execPath, ['-e', script, t.dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    await once(writer.stdout, 'data')
    expect(statSync(`${t.dbPath}-wal`).size).toBeGreaterThan(walBefore) // its pages are in the log
    t.app.live.poll()
    expect(await served()).toEqual(before) // the server does not read uncommitted pages
    writer.kill('SIGKILL')
    await once(writer, 'exit')
    t.app.live.poll()
    expect(await served()).toEqual(before)

    const change = addClaims(t.dbPath, 2)
    t.app.live.poll()
    const after = await served()
    expect(after.version).toBe(change.version)
    expect(after.ids).toEqual([...before.ids, ...change.added])
    expect(after.exported).not.toContain('overwritten')
  })
})
