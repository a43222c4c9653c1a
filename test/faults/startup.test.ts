import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { runSeed } from '../../src/seed/pipeline.js'
import { build, type TestApp } from '../helpers/app.js'

// The server refuses to start, with one line saying why and a non-zero exit, whenever
// its database is not one it can serve; and its connection cannot write.

function startWith (env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env }, encoding: 'utf8', timeout: 30_000
  })
  return { status: r.status, stderr: r.stderr.trim() }
}

describe('server start-up', () => {
  let dir: string
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'faults-')) })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const refuses = (env: Record<string, string>, reason: RegExp) => {
    const { status, stderr } = startWith(env)
    expect(status).not.toBe(0)
    expect(stderr.split('\n')).toHaveLength(1)
    expect(stderr).toMatch(reason)
    expect(stderr).not.toMatch(/\n\s+at /)
  }

  it('refuses a missing database', () => refuses({ DB_PATH: join(dir, 'nope.db') }, /does not exist/))

  it('refuses a corrupt file', () => {
    const file = join(dir, 'corrupt.db')
    writeFileSync(file, Buffer.alloc(8192, 0x5a))
    refuses({ DB_PATH: file }, /cannot start: .*(not a readable SQLite database|cannot be opened)/)
  })

  it('refuses a database of another schema version', () => {
    const file = join(dir, 'old.db')
    runSeed({ seedDir: 'test/fixtures/mini', dbPath: file })
    const db = new Database(file)
    db.pragma('user_version = 1')
    db.close()
    refuses({ DB_PATH: file }, /schema version 1, this server needs \d+/)
  })

  it('refuses a SQLite file that is not ours', () => {
    const file = join(dir, 'other.db')
    const db = new Database(file)
    db.exec('CREATE TABLE t (x)')
    db.close()
    refuses({ DB_PATH: file }, /not a claims database/)
  })

  it('refuses an unreadable path (a directory)', () => {
    const path = join(dir, 'a-directory')
    mkdirSync(path)
    refuses({ DB_PATH: path }, /cannot start/)
  })

  it('refuses a bad configuration', () => refuses({ DB_PATH: join(dir, 'x.db'), PORT: 'eighty' }, /PORT must be a whole number/))
})

describe('the server\'s database connection', () => {
  let t: TestApp
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })

  it('cannot write, whatever it is asked', () => {
    const db = t.app.repo.db
    expect(db.readonly).toBe(true)
    expect(() => db.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run()).toThrow(/readonly|read-only|query_only/i)
    expect(() => db.exec('DELETE FROM claims')).toThrow()
    expect(() => db.exec('CREATE TABLE evil (x)')).toThrow()
    expect(() => db.pragma('user_version = 99')).toThrow()
  })

  it('leaves the file byte for byte as it was after serving', async () => {
    const hash = () => createHash('sha256').update(readFileSync(t.dbPath)).digest('hex')
    const before = hash()
    for (const url of ['/v1', '/v1/claims?include=speaker', '/v1/search?q=Putin', '/v1/actors?format=csv', '/v1/nope']) await t.app.inject(url)
    expect(hash()).toBe(before)
  })
})
