import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSeed } from '../../src/seed/pipeline.js'
import { buildApp } from '../../src/app.js'
import { SEED_DIR } from '../helpers/app.js'
import { startServer } from '../helpers/server.js'
import { writeCopiesOfSeed } from './corpus.js'

// Processes stopped the hard way and the polite way: a seed build killed with SIGKILL
// part-way, and a server sent SIGTERM while it is streaming a response.

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function waitFor (condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

let dir: string
let corpus: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'faults-kill-'))
  // ~7,000 claims: a build takes seconds, and an export of it outgrows the sockets' buffers
  corpus = join(dir, 'corpus')
  writeCopiesOfSeed(corpus, 200)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a seed build killed with SIGKILL part-way', () => {
  it('leaves the previous database byte for byte intact, and serving', async () => {
    const dbPath = join(dir, 'claims.db')
    runSeed({ seedDir: SEED_DIR, dbPath })
    const before = sha(dbPath)

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/seed/cli.ts', '--seed-dir', corpus, '--db', dbPath], { stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
    const tmp = `${dbPath}.tmp-${child.pid}`
    const deadline = Date.now() + 60_000
    while (!existsSync(tmp) && child.exitCode === null && Date.now() < deadline) await sleep(10)
    expect(existsSync(tmp), 'the build never reached its write stage').toBe(true)
    await sleep(300) // into the write stage: migrations done, rows going in
    expect(child.exitCode, 'the build finished before it could be killed').toBeNull()
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    expect(existsSync(tmp), 'killed before the rename, its temporary file is left behind').toBe(true)
    expect(sha(dbPath)).toBe(before)
    const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    const res = await app.inject('/v1/claims?limit=1')
    expect(res.statusCode).toBe(200)
    expect((res.json() as { page: { total: number } }).page.total).toBeLessThan(100) // the old dataset, not the new one
    await app.close()

    // the next build clears the dead build's temporary file and replaces the database
    runSeed({ seedDir: SEED_DIR, dbPath })
    expect(existsSync(tmp)).toBe(false)
  }, 120_000)

  // regression: `PRAGMA journal_mode = OFF` is a silent no-op
  // under better-sqlite3 12, which opens every connection with SQLITE_DBCONFIG_DEFENSIVE (the
  // pragma answers 'delete'), so a build writes `<db>.tmp-<pid>-journal` beside its
  // temporary file; killed, it leaves that journal behind, and removeStaleTemporaries skips
  // it (Number('<pid>-journal') is NaN): every killed build leaves a file forever.
  it('leaves nothing behind once the next build has run', async () => {
    const dbPath = join(dir, 'stale.db')
    const dead = spawn(process.execPath, ['-e', '']) // a pid that is surely no longer running
    await new Promise((resolve) => dead.once('exit', resolve))
    for (const f of [`stale.db.tmp-${dead.pid}`, `stale.db.tmp-${dead.pid}-journal`]) writeFileSync(join(dir, f), 'left by a killed build')
    runSeed({ seedDir: SEED_DIR, dbPath })
    expect(readdirSync(dir).filter((f) => f.startsWith('stale.db.tmp-'))).toEqual([])
  })
})

describe('SIGTERM', () => {
  it('lets a response in flight finish, refuses new connections, then exits 0', async () => {
    const dbPath = join(dir, 'big.db')
    runSeed({ seedDir: corpus, dbPath })
    const server = await startServer({ DB_PATH: dbPath, LOG_LEVEL: 'info' })
    const log: Array<{ msg?: string, reqId?: string, req?: { url?: string } }> = []
    let partial = ''
    server.child.stdout!.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('{')) log.push(JSON.parse(line) as typeof log[number])
    })
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)))
    const { port } = new URL(server.url)
    // ~7 MB, made in batches over about a second: more than the sockets between us can hold
    const path = '/v1/search?q=the&format=ndjson'
    const { page } = await (await fetch(`${server.url}/v1/search?q=the&limit=1`)).json() as { page: { total: number } }

    // an idle keep-alive connection must not hold the shutdown up
    const agent = new http.Agent({ keepAlive: true })
    await new Promise((resolve) => http.get({ host: '127.0.0.1', port, path: '/health', agent }, (r) => { r.resume(); r.on('end', resolve) }))

    const res = await new Promise<http.IncomingMessage>((resolve) => http.get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'identity' } }, resolve))
    const chunks: Buffer[] = [await new Promise<Buffer>((resolve) => res.once('data', resolve))]
    res.pause() // a slow reader: the server cannot finish writing until we read on

    server.child.kill('SIGTERM')
    await waitFor(() => log.some((l) => l.msg?.startsWith('closing')), 'the server to log the signal')
    // it stops listening (the port refuses), but stays up while the export is unfinished
    const connects = () => new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => { socket.destroy(); resolve('accepted') })
      socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message))
    })
    await waitFor(async () => (await connects()) === 'ECONNREFUSED', 'new connections to be refused')
    await sleep(500)
    expect(server.child.exitCode, 'the server exited with a response in flight').toBeNull()

    res.on('data', (d: Buffer) => chunks.push(d))
    res.resume()
    await new Promise((resolve) => res.once('end', resolve))
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n')
    expect(lines).toHaveLength(page.total)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()

    expect(await exited).toBe(0)
    // the server's own log: the signal came while the export was in flight, and it completed
    const closing = log.findIndex((l) => l.msg?.startsWith('closing'))
    const export_ = log.find((l) => l.req?.url === path)?.reqId
    const completed = log.findIndex((l) => l.reqId === export_ && l.msg === 'request completed')
    expect(closing).toBeGreaterThanOrEqual(0)
    expect(completed).toBeGreaterThan(closing)
    agent.destroy()
    rmSync(server.dir, { recursive: true, force: true })
  }, 120_000)
})
