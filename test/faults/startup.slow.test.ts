import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { chmodSync, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { runSeed } from '../../src/seed/pipeline.js'
import { DatabaseOpenError, openReadOnly } from '../../src/db/open.js'
import { build, SEED_DIR, type TestApp } from '../helpers/app.js'
import { SERVER_COMMAND } from '../../dev/process.js'

// The real server (src/server.ts, a child process) refuses to start, with one line on
// stderr saying why and a non-zero exit, whenever its database is not one it can serve;
// and the connection it serves from cannot write.

/** Starts the server as `npm start` does and waits for it to exit (it must not listen). */
function startWith (env: Record<string, string>): Promise<{ status: number | null, stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(SERVER_COMMAND[0]!, SERVER_COMMAND.slice(1), {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    // a guard against a server that keeps running, not a timing: on a busy machine a start
    // through tsx alone can take half a minute
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server started on a bad database (${JSON.stringify(env)}): it should have exited`)) }, 120_000)
    child.on('exit', (status) => { clearTimeout(timer); resolve({ status, stderr: stderr.trim() }) })
  })
}

/** The leaf pages of a database file's freelist (1-based page numbers): unused pages, whose content SQLite never reads. */
function freeLeafPages (file: Buffer): Set<number> {
  const pageSize = file.readUInt16BE(16) === 1 ? 65536 : file.readUInt16BE(16)
  const leaves = new Set<number>()
  for (let trunk = file.readUInt32BE(32); trunk !== 0;) {
    const at = (trunk - 1) * pageSize
    const count = file.readUInt32BE(at + 4)
    for (let i = 0; i < count; i++) leaves.add(file.readUInt32BE(at + 8 + 4 * i))
    trunk = file.readUInt32BE(at)
  }
  return leaves
}

describe('a database the server cannot serve', () => {
  let dir: string
  let good: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'faults-'))
    good = join(dir, 'good.db')
    runSeed({ seedDir: SEED_DIR, dbPath: good })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const copy = (name: string) => { const file = join(dir, name); copyFileSync(good, file); return file }
  /** The real server, started on `env`: it must exit non-zero with one line saying why. */
  const refuses = async (env: Record<string, string>, reason: RegExp) => {
    const { status, stderr } = await startWith(env)
    expect(status).not.toBe(0)
    expect(status).not.toBeNull()
    expect(stderr.split('\n'), stderr).toHaveLength(1)
    expect(stderr).toMatch(reason)
    expect(stderr).not.toMatch(/\n\s+at |node_modules/)
  }
  /** The check the server runs before it listens (src/db/open.ts), called directly: cheaper than a process. */
  const rejects = (file: string, reason: RegExp) => {
    let error: unknown
    try { openReadOnly(file).close() } catch (err) { error = err }
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as Error).message).toMatch(reason)
    expect((error as Error).message).not.toContain('\n')
  }

  describe.concurrent('the real server refuses to start', () => {
    it('on a missing database', () => refuses({ DB_PATH: join(dir, 'nope.db') }, /^cannot start: database .*nope\.db does not exist/))

    it('on a corrupt file (one damaged page in the middle)', async () => {
      // a server that started anyway would answer 500 to the requests that read the page
      const file = copy('damaged.db')
      const pages = statSync(file).size / 4096
      const fd = openSync(file, 'r+')
      writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, Math.floor(pages / 2) * 4096)
      closeSync(fd)
      await refuses({ DB_PATH: file }, /^cannot start: database .*(is corrupt|is not a readable SQLite database)/)
    })

    it('on a database of another schema version', async () => {
      const file = copy('old.db')
      const db = new Database(file)
      db.pragma('user_version = 1')
      db.close()
      await refuses({ DB_PATH: file }, /^cannot start: database .* has schema version 1, this server needs \d+/)
    })

    it('on a path it cannot read as a file (a directory)', async () => {
      const path = join(dir, 'a-directory')
      mkdirSync(path)
      await refuses({ DB_PATH: path }, /^cannot start: database .*a-directory/)
    })

    it('on a bad configuration', () => refuses({ DB_PATH: good, PORT: 'eighty' }, /^invalid configuration: PORT must be a whole number/))
    it('on a cursor secret short enough to guess', () => refuses({ DB_PATH: good, CURSOR_SECRET: 'short' }, /^invalid configuration: CURSOR_SECRET must be at least 16 characters/))
  })

  describe('nor does its start-up check accept', () => {
    it('a file that is not SQLite (8 KiB of junk)', () => {
      const file = join(dir, 'junk.db')
      writeFileSync(file, Buffer.alloc(8192, 0x5a))
      rejects(file, /is not a readable SQLite database|cannot be opened/)
    })

    it('a truncated copy (its last quarter missing)', () => {
      const file = copy('truncated.db')
      truncateSync(file, Math.floor(statSync(file).size * 3 / 4))
      rejects(file, /is corrupt|is not a readable SQLite database/)
    })

    it('a copy cut short or padded, by its size alone (what files over 1 GiB get)', () => {
      for (const [name, size] of [['short.db', statSync(good).size - 4096], ['padded.db', statSync(good).size + 4096]] as const) {
        const file = copy(name)
        truncateSync(file, size)
        // (SQLite may notice a missing last page itself, reading the schema)
        expect(() => openReadOnly(file, undefined, 0), name).toThrow(/is corrupt \(\d+ bytes, but its header counts \d+ pages|is not a readable SQLite database/)
      }
      const padded = copy('padded.db')
      truncateSync(padded, statSync(good).size + 4096)
      expect(() => openReadOnly(padded, undefined, 0)).toThrow(/is corrupt \(\d+ bytes, but its header counts \d+ pages/)
      const skipped: string[] = []
      openReadOnly(good, (m) => skipped.push(m), 0).close()
      expect(skipped).toEqual([expect.stringMatching(/its pages were checked when it was built, not now/)])
    })

    it('any single damaged page', () => {
      // every page of the real database in turn, overwritten: none may go unnoticed, but for
      // the free pages the freelist lists (left by the full-text index's merge): they hold
      // nothing any answer reads, so overwriting one damages nothing
      const pages = statSync(good).size / 4096
      const free = freeLeafPages(readFileSync(good))
      expect(free.size).toBeLessThan(pages / 4)
      for (let page = 1; page < pages; page++) {
        if (free.has(page + 1)) continue
        const file = copy('page.db')
        const fd = openSync(file, 'r+')
        writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, page * 4096)
        closeSync(fd)
        rejects(file, /is corrupt|is not a readable SQLite database|is not a claims database|has schema version|has no dataset version/)
      }
    })

    it('an empty file', () => {
      const file = join(dir, 'empty.db')
      writeFileSync(file, '')
      rejects(file, /not a claims database/)
    })

    it('a SQLite database of another application', () => {
      const file = join(dir, 'other.db')
      const db = new Database(file)
      db.exec('CREATE TABLE t (x)')
      db.close()
      rejects(file, /not a claims database/)
    })

    // root reads any file whatever its mode, so this one can only be shown as another user
    it.skipIf(process.getuid?.() === 0)('a file it has no permission to read', () => {
      const file = copy('unreadable.db')
      chmodSync(file, 0o000)
      rejects(file, /is not readable/)
    })
  })
})

describe('the server\'s database connection', () => {
  let t: TestApp
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })
  const hash = () => createHash('sha256').update(readFileSync(t.dbPath)).digest('hex')

  it('cannot write, whatever it is asked', () => {
    const db = t.app.repo.db
    expect(db.readonly).toBe(true)
    expect(db.pragma('query_only', { simple: true })).toBe(1)
    const before = hash()
    for (const sql of [
      "INSERT INTO meta (key, value) VALUES ('x', 'y')", 'DELETE FROM claims', "UPDATE claims SET text = 'x'", 'DROP TABLE claims',
      'CREATE TABLE evil (x)', "INSERT INTO search_index (search_index) VALUES ('rebuild')", 'VACUUM', 'PRAGMA user_version = 99'
    ]) {
      expect(() => db.exec(sql), sql).toThrow(/attempt to write a readonly database/)
    }
    expect(() => db.pragma('query_only = OFF')).not.toThrow() // a pragma a request could never reach…
    expect(() => db.exec('DELETE FROM claims')).toThrow(/readonly/i) // …and the file is still opened read-only
    db.pragma('query_only = ON')
    expect(hash()).toBe(before)
  })

  it('leaves the file byte for byte as it was after serving every kind of request', async () => {
    const before = hash()
    for (const url of ['/v1', '/v1/claims?include=speaker,subjects', '/v1/search?q=Putin', '/v1/actors?format=csv', '/v1/claims?format=ndjson',
      "/v1/claims?q=' OR 1=1; DROP TABLE claims --", '/v1/nope']) await t.app.inject(url)
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) await t.app.inject({ method, url: '/v1/claims/putin-agreed-to-guarantees', payload: { text: 'x' } })
    expect(hash()).toBe(before)
  })
})
