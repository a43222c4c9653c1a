import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { runSeed } from '../../src/seed/pipeline.js'
import { makeRelease, useRelease } from '../../src/deploy/release.js'
import { MINI_SEED, REAL_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'
import { ROOT } from '../helpers/app.js'

// `npm run replicas` for real: replicas of a release behind Debian's nginx, a replica
// stopped under load, a release switched in and switched back under load. Every request
// goes through the proxy on loopback; the loops are bounded; everything is stopped after.
// Slow (processes start and stop under load): not part of `npm test`; run it with
// `npm run test:full`.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const alive = (pid: number) => { try { process.kill(pid, 0); return true } catch { return false } }

let cli: ChildProcess
let exited: Promise<number | null>
const lines: string[] = []
let proxy: string
let dir: string
let a: string // the release served at start: the real seed
let b: string // the one switched to and back from: the mini fixture

async function waitForLine (pattern: RegExp, from = 0, ms = 120_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms
  for (;;) {
    for (const line of lines.slice(from)) {
      const m = line.match(pattern)
      if (m !== null) return m
    }
    if (Date.now() > deadline) throw new Error(`no line matching ${pattern} in:\n${lines.join('\n')}`)
    if (cli.exitCode !== null) throw new Error(`npm run replicas exited with ${cli.exitCode}:\n${lines.join('\n')}`)
    await sleep(50)
  }
}

const ports = (line: RegExpMatchArray) => line[1]!.split(' ').map(Number)
const pids = (line: RegExpMatchArray) => line.input!.match(/pids ([\d ]+);/)![1]!.split(' ').map(Number)

interface Answer { status: number, headers: http.IncomingHttpHeaders, body: string }
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
/** Idle keep-alive connections the proxy closed just as a request went out on them. */
let staleConnections = 0

/**
 * A GET as a conforming HTTP client makes it: a keep-alive connection that the server
 * closes while idle (nginx's old workers close theirs on a reload) can race a request
 * sent on it; the request never reached the server, and a client retries it on a new
 * connection (RFC 9112 §9.3.1; Node's documented `reusedSocket` idiom). Only that case is
 * retried: any answer, and any error on a new connection, counts as it is.
 */
function get (url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false
    const req = http.get(url, { agent, headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      answered = true
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => { body += d })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      res.on('error', reject)
    })
    req.setTimeout(30_000, () => req.destroy(new Error('timed out')))
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (!answered && req.reusedSocket && (err.code === 'ECONNRESET' || err.message === 'socket hang up')) {
        staleConnections++
        get(url, headers).then(resolve, reject)
      } else {
        reject(err)
      }
    })
  })
}

const WORDS = ['ukraine', 'security', 'guarantees', 'peace', 'talks', 'russia', 'europe', 'troops', 'ceasefire', 'territory', 'zzzz']
/** Requests the proxy cannot all answer from its cache: most reach a replica. */
function nextUrl (i: number): string {
  switch (i % 4) {
    case 0: return `${proxy}/v1/claims?limit=${1 + (i % 97)}&sort=-id`
    case 1: return `${proxy}/v1/search?q=${WORDS[i % WORDS.length]!}&limit=${1 + (i % 89)}`
    case 2: return `${proxy}/health`
    default: return `${proxy}/v1/actors?limit=${1 + (i % 83)}`
  }
}

const MAX_REQUESTS = 500_000
interface Load { stop: () => Promise<{ total: number, failures: string[], versions: Set<string> }> }
/** A bounded request loop through the proxy (8 at a time) until stopped, or MAX_REQUESTS. */
function load (): Load {
  const state = { stopping: false }
  let total = 0
  const failures: string[] = []
  const versions = new Set<string>()
  const worker = async () => {
    while (!state.stopping && total < MAX_REQUESTS) {
      const url = nextUrl(total++)
      try {
        const res = await get(url)
        if (res.status !== 200) failures.push(`${res.status} ${url}: ${res.body.slice(0, 200)}`)
        else if (url.endsWith('/health')) {
          // the version a replica says it serves is the release nginx says it routed to
          const { datasetVersion: version } = JSON.parse(res.body) as { datasetVersion: string }
          versions.add(version)
          if (version !== res.headers['dataset-version']) failures.push(`/health body ${version} under Dataset-Version ${String(res.headers['dataset-version'])}`)
          if (version !== res.headers['x-release']) failures.push(`/health from ${version} under X-Release ${String(res.headers['x-release'])}`)
        }
      } catch (err) {
        failures.push(`${(err as Error).message} ${url}`)
      }
    }
  }
  const running = Promise.all(Array.from({ length: 8 }, worker))
  return {
    stop: async () => {
      state.stopping = true
      await running
      return { total, failures, versions }
    }
  }
}

beforeAll(async () => {
  dir = join(tempDir('replicas'), 'releases')
  const dbPath = join(dir, '..', 'claims.db')
  runSeed({ seedDir: MINI_SEED, dbPath })
  b = makeRelease(dbPath, dir).version
  runSeed({ seedDir: REAL_SEED, dbPath })
  a = makeRelease(dbPath, dir).version // current
  cli = spawn(process.execPath, ['--import', 'tsx', 'src/deploy/replicas-cli.ts', '2', '--dir', dir, '--port', '0'], {
    cwd: ROOT, env: { ...process.env, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe']
  })
  exited = new Promise((resolve) => cli.once('exit', (code) => resolve(code)))
  let partial = ''
  const collect = (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
  }
  cli.stdout!.on('data', collect)
  cli.stderr!.on('data', collect)
  const started = await waitForLine(/^replicas: (http:\/\/127\.0\.0\.1:\d+) → 2 replica\(s\) of (\w+)/)
  proxy = started[1]!
  expect(started[2]).toBe(a)
}, 180_000)

afterAll(async () => {
  agent.destroy()
  console.log(`idle keep-alive connections closed by the proxy under a request, retried: ${staleConnections}`)
  console.log(`npm run replicas said:\n${lines.join('\n')}`)
  if (cli !== undefined && cli.exitCode === null) {
    cli.kill('SIGTERM')
    expect(await exited).toBe(0)
  }
  // nginx and every replica ever started stopped with it, and nginx's prefix is gone
  const log = lines.join('\n')
  const started = [...log.matchAll(/pids ([\d ]+);/g)].flatMap((m) => m[1]!.split(' ').map(Number))
  const nginx = log.match(/nginx (\d+) in (\S+)\)/)
  expect(nginx, log).not.toBeNull()
  for (const pid of [...started, Number(nginx![1])]) expect(alive(pid), `process ${pid}`).toBe(false)
  expect(existsSync(nginx![2]!)).toBe(false)
  removeTempDirs()
}, 60_000)

describe('npm run replicas', () => {
  it('answers alike from every replica, and from the cache with the same ETag', async () => {
    const replicaPorts = ports(await waitForLine(/ports ([\d ]+)[;)]/))
    expect(replicaPorts).toHaveLength(2)
    for (const path of ['/v1/claims?limit=5', '/v1/actors/vladimir-putin', '/v1/search?q=security&limit=3', '/openapi.json']) {
      const direct = await Promise.all(replicaPorts.map(async (port) => await get(`http://127.0.0.1:${port}${path}`)))
      for (const res of direct) expect(res.status, path).toBe(200)
      expect(new Set(direct.map((r) => r.body)).size, path).toBe(1)
      expect(new Set(direct.map((r) => r.headers.etag)).size, path).toBe(1)

      const first = await get(`${proxy}${path}`)
      const again = await get(`${proxy}${path}`)
      expect(again.headers['x-cache-status'], path).toBe('HIT')
      for (const res of [first, again]) {
        expect(res.body).toBe(direct[0]!.body)
        expect(res.headers.etag).toBe(direct[0]!.headers.etag)
        expect(res.headers['x-release']).toBe(a)
      }
      const revalidated = await get(`${proxy}${path}`, { 'if-none-match': direct[0]!.headers.etag! })
      expect(revalidated.status, path).toBe(304)
    }
    // a cursor issued by one replica is honoured by the other
    const page = JSON.parse((await get(`http://127.0.0.1:${replicaPorts[0]}/v1/claims?limit=2`)).body) as { page: { next: string } }
    const next = await get(`http://127.0.0.1:${replicaPorts[1]}/v1/claims?limit=2&cursor=${page.page.next}`)
    expect(next.status).toBe(200)
  }, 120_000)

  it('loses no request when a replica is stopped with SIGTERM under load', async () => {
    const from = lines.length
    const [victim] = pids(await waitForLine(/pids [\d ]+;/))
    const running = load()
    await sleep(1000)
    process.kill(victim!, 'SIGTERM')
    const replaced = await waitForLine(new RegExp(`replaces ${victim}`), from)
    expect(pids(replaced)).not.toContain(victim)
    await sleep(1000) // and on, through the reloaded proxy
    const { total, failures } = await running.stop()
    console.log(`replica stopped under load: ${total} requests, ${failures.length} failed`)
    expect(failures).toEqual([])
    expect(total).toBeGreaterThan(100)
    expect(total, 'the load was still running when it was stopped').toBeLessThan(MAX_REQUESTS)
  }, 180_000)

  it('switches to a new release and back (a rollback) under load, losing no request, the cache following the release', async () => {
    const cached = await get(`${proxy}/v1/claims?limit=3`)
    expect(cached.headers['x-release']).toBe(a)
    const running = load()
    await sleep(500)

    let from = lines.length
    useRelease(dir, b)
    await waitForLine(new RegExp(`switched to ${b}`), from)
    await sleep(1000)
    const onB = await get(`${proxy}/v1/claims?limit=3`)
    expect(onB.headers['x-release']).toBe(b)
    expect(onB.headers.etag).not.toBe(cached.headers.etag)
    expect(onB.body).not.toBe(cached.body)

    from = lines.length
    useRelease(dir, a)
    await waitForLine(new RegExp(`switched to ${a}`), from)
    await sleep(1000)
    const { total, failures, versions } = await running.stop()
    console.log(`switch and rollback under load: ${total} requests, ${failures.length} failed`)
    expect(failures).toEqual([])
    expect(versions).toEqual(new Set([a, b]))
    expect(total).toBeGreaterThan(100)
    expect(total, 'the load was still running when it was stopped').toBeLessThan(MAX_REQUESTS)

    // back on A: its answers were still cached under A's key
    const back = await get(`${proxy}/v1/claims?limit=3`)
    expect(back.headers['x-cache-status']).toBe('HIT')
    expect(back.body).toBe(cached.body)
    expect(back.headers.etag).toBe(cached.headers.etag)
  }, 240_000)
})
