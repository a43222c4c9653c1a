import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildApp } from '../../src/app.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { startServer, type RunningServer } from '../helpers/server.js'
import { expectProblem, type Doc } from '../helpers/app.js'
import { parseRange } from '../../src/routes/download.js'
import type { FastifyInstance } from 'fastify'

// GET /v1/dataset.db: a consistent SQLite copy of the version served, made once, sent with
// ETag = version, byte ranges (206, If-Range, 416 problem), HEAD, and neither cached nor
// compressed. The file opened with better-sqlite3 holds the dataset, article texts included.

let dir: string
let app: FastifyInstance
let version: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'download-test-'))
  runSeed({ seedDir: 'seed', dbPath: join(dir, 'claims.db') })
  app = await buildApp({ dbPath: join(dir, 'claims.db'), rateLimitMax: 0, logLevel: 'silent', trustProxy: false, downloadDir: join(dir, 'downloads') })
  version = (await app.inject({ url: '/health' })).json().datasetVersion
})
afterAll(async () => { await app.close(); rmSync(dir, { recursive: true, force: true }) })

/** The bytes opened as a database: what it says its version is, and what it holds. */
function open (bytes: Buffer) {
  const file = join(dir, `opened-${Math.random()}.db`)
  writeFileSync(file, bytes)
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return {
      version: (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value,
      claims: (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n,
      text: (db.prepare('SELECT text FROM articles LIMIT 1').get() as { text: string }).text,
      journal: db.pragma('journal_mode', { simple: true }),
      check: db.pragma('integrity_check', { simple: true })
    }
  } finally {
    db.close()
  }
}

describe('GET /v1/dataset.db', () => {
  it('makes one copy for concurrent first requests, and sends it whole: ETag = version, never compressed nor cached', async () => {
    const backup = vi.spyOn(Database.prototype, 'backup')
    const answers = await Promise.all(Array.from({ length: 5 }, async () => await app.inject({ url: '/v1/dataset.db', headers: { 'accept-encoding': 'gzip, br' } })))
    expect(backup).toHaveBeenCalledTimes(1)
    backup.mockRestore()
    expect(readdirSync(join(dir, 'downloads'))).toEqual([`${version}.db`])
    const res = answers[0]!
    expect(res.statusCode).toBe(200)
    expect(res.headers).toMatchObject({ 'content-type': 'application/vnd.sqlite3', etag: `"${version}"`, 'accept-ranges': 'bytes', 'content-length': String(res.rawPayload.length) })
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers.vary).toBeUndefined() // not through the response cache
    for (const other of answers) expect(other.rawPayload.equals(res.rawPayload)).toBe(true)
    const db = open(res.rawPayload)
    expect(db).toMatchObject({ version, journal: 'delete', check: 'ok' })
    expect(db.claims).toBe((await app.inject({ url: '/v1/claims?limit=1' })).json().page.total)
    expect(db.text).toBe((await app.inject({ url: '/v1/articles/ukraine-security-guarantees/text' })).body)
    expect((await app.inject({ url: '/v1/dataset.db', headers: { 'if-none-match': `"${version}"` } })).statusCode).toBe(304)
  })

  it('answers HEAD with the headers alone', async () => {
    const full = await app.inject({ url: '/v1/dataset.db' })
    const head = await app.inject({ method: 'HEAD', url: '/v1/dataset.db' })
    expect(head.statusCode).toBe(200)
    expect(head.headers['content-length']).toBe(String(full.rawPayload.length))
    expect(head.headers.etag).toBe(`"${version}"`)
    expect(head.rawPayload.length).toBe(0)
  })

  it('sends byte ranges that reassemble into the file, and honours If-Range', async () => {
    const full = (await app.inject({ url: '/v1/dataset.db' })).rawPayload
    const size = full.length
    const third = Math.floor(size / 3)
    const parts: Buffer[] = []
    for (const range of [`bytes=0-${third - 1}`, `bytes=${third}-${2 * third - 1}`, `bytes=${2 * third}-`]) {
      const res = await app.inject({ url: '/v1/dataset.db', headers: { range, 'if-range': `"${version}"` } })
      expect(res.statusCode).toBe(206)
      expect(res.headers['content-range']).toMatch(new RegExp(`^bytes \\d+-\\d+/${size}$`))
      expect(res.headers['content-length']).toBe(String(res.rawPayload.length))
      parts.push(res.rawPayload)
    }
    expect(Buffer.concat(parts).equals(full)).toBe(true)
    const tail = await app.inject({ url: '/v1/dataset.db', headers: { range: 'bytes=-100' } })
    expect(tail.rawPayload.equals(full.subarray(size - 100))).toBe(true)
    // another version's validator: the whole file, not a piece of this one
    const stale = await app.inject({ url: '/v1/dataset.db', headers: { range: 'bytes=0-99', 'if-range': '"0000000000000000"' } })
    expect(stale.statusCode).toBe(200)
    expect(stale.rawPayload.length).toBe(size)
  })

  it('answers a range past the end with a 416 problem giving the size', async () => {
    const size = Number((await app.inject({ method: 'HEAD', url: '/v1/dataset.db' })).headers['content-length'])
    const res = await app.inject({ url: '/v1/dataset.db', headers: { range: `bytes=${size}-` } })
    expectProblem(res, 416)
    expect(res.json().type).toBe('/problems/range-not-satisfiable')
    expect(res.headers['content-range']).toBe(`bytes */${size}`)
  })

  it('reads ranges as RFC 9110 says', () => {
    expect(parseRange(undefined, 10)).toBeNull()
    expect(parseRange('bytes=2-4', 10)).toEqual({ start: 2, end: 4 })
    expect(parseRange('bytes=2-', 10)).toEqual({ start: 2, end: 9 })
    expect(parseRange('bytes=2-99', 10)).toEqual({ start: 2, end: 9 })
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 })
    expect(parseRange('bytes=-30', 10)).toEqual({ start: 0, end: 9 })
    expect(parseRange('bytes=0-1,4-5', 10)).toBeNull() // several ranges: the whole file
    expect(parseRange('items=0-1', 10)).toBeNull()
    for (const bad of ['bytes=10-', 'bytes=5-2', 'bytes=-0', 'bytes=-', 'bytes=x-1']) expect(parseRange(bad, 10), bad).toBe('unsatisfiable')
  })

  it('is documented in OpenAPI as binary, with its 206 and 416', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as Doc
    const op = doc.paths['/v1/dataset.db'].get
    expect(op.responses['200'].content['application/vnd.sqlite3'].schema).toMatchObject({ type: 'string', format: 'binary' })
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['206', '416']))
  })
})

describe('GET /v1/dataset.db from the real server', () => {
  let server: RunningServer
  beforeAll(async () => { server = await startServer({ DOWNLOAD_DIR: join(dir, 'server-downloads') }) }, 120_000)
  afterAll(async () => { await server?.stop() })

  it('downloads in ranges over HTTP, reassembled into a database that opens', async () => {
    const head = await fetch(`${server.url}/v1/dataset.db`, { method: 'HEAD' })
    const size = Number(head.headers.get('content-length'))
    const etag = head.headers.get('etag')!
    const parts: Buffer[] = []
    for (let at = 0; at < size; at += 64 * 1024) {
      const res = await fetch(`${server.url}/v1/dataset.db`, { headers: { range: `bytes=${at}-${Math.min(size, at + 64 * 1024) - 1}`, 'if-range': etag } })
      expect(res.status).toBe(206)
      parts.push(Buffer.from(await res.arrayBuffer()))
    }
    const db = open(Buffer.concat(parts))
    expect(`"${db.version}"`).toBe(etag)
    expect(db.check).toBe('ok')
    expect(db.claims).toBeGreaterThan(0)
  })
})
