import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import type { BuildInfo } from './build.js'
import { TOPICS } from './corpus.js'
import { QUERIES } from './queries.js'
import { parseSize, PEERS_DIR, RESULTS_DIR, ROOT, sizeLabel } from './paths.js'

// npm run bench [-- --sizes 1k,10k,100k,1M] [--duration 5] [--connections 32] [--no-peers]
//               [--seed 1] [--update-docs] [--smoke]
// For each size: builds (or reuses, under bench/data/) a synthetic corpus and its database
// with the real seed pipeline, starts each server as a child process (Fastify's hello world,
// ours, Platformatic DB over a copy of our database, json-server over the same data as JSON),
// loads it with autocannon from this process, and prints requests/s and p50/p99 latency per
// query, with ratios to the hello-world ceiling and to each peer, all measured in this run.

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k,1M' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    'no-peers': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'update-docs': { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false }
  },
  strict: true
})
const smoke = opts.smoke
const sizes = smoke ? [200] : opts.sizes.split(',').map(parseSize)
const duration = smoke ? 1 : Number(opts.duration)
const connections = Number(opts.connections)
const withPeers = !smoke && !opts['no-peers']
const seed = Number(opts.seed)
const node = process.execPath
const HEAP = '--max-old-space-size=20000'

type Server = 'hello' | 'ours' | 'platformatic' | 'json-server'
interface Row { size: number, server: Server, query: string, rps: number, p50: number, p99: number, mibPerSec: number, requests: number, errors: number, unexpected: number, note?: string }
const rows: Row[] = []
const builds: Array<{ size: number, seedMs: number | null, claims: number, counts: Record<string, number>, dbMiB: number, corpusMiB: number, generateMs: number }> = []
const memory: Array<{ size: number, server: Server, peakRssMiB: number }> = []
const notes: string[] = []
const loads = new Map<number, number>()

// ---------------------------------------------------------------- processes

let nextPort = 4100 + Math.floor(Math.random() * 400)
interface Running { child: ChildProcess, url: string, stderr: () => string }
async function start (name: string, args: string[], env: Record<string, string>, ready: string, port: number): Promise<Running> {
  const child = spawn(args[0]!, args.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  // some tools (json-server) report a failure on stdout: keep the tail of both
  const keep = (d: Buffer) => { err = (err + d.toString()).slice(-4000) }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 300_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${lastLines(err)}`)
    try { if ((await fetch(url + ready)).status < 500) return { child, url, stderr: () => err } } catch {}
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`${name} did not start in 300 s: ${lastLines(err)}`) }
    await sleep(200)
  }
}
const lastLines = (s: string) => s.trim().split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^\s*[{}]\s*$/.test(l)).slice(-3).join(' / ').slice(0, 300)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function peakRss (child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
  } catch { return 0 }
}

async function stop (child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, sleep(10_000)])
  if (child.exitCode === null) { child.kill('SIGKILL'); await exited }
}

// ---------------------------------------------------------------- load

interface Load { paths?: string[], method?: string, body?: string, headers?: Record<string, string>, expect?: number, connections?: number, amount?: number }

/** Loads a set of requests (each connection cycles through them) for `duration` seconds, or `amount` requests. */
async function load (size: number, server: Server, query: string, base: string, spec: Load): Promise<Row> {
  if (spec.amount !== undefined) return exports(size, server, query, base, spec.paths?.[0] ?? '/', spec.amount)
  const paths = spec.paths ?? ['/']
  const expect = spec.expect ?? 200
  const requests = paths.map((path) => ({
    method: spec.method ?? 'GET',
    path,
    ...(spec.body === undefined ? {} : { body: spec.body }),
    headers: { ...(spec.headers ?? {}), ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }) }
  }))
  const result = await autocannon({
    url: base,
    connections: spec.connections ?? connections,
    duration,
    timeout: 10,
    requests
  })
  const answered = Object.entries(result.statusCodeStats ?? {}).reduce((n, [, s]) => n + s.count, 0)
  const expected = result.statusCodeStats?.[String(expect)]?.count ?? 0
  const row: Row = {
    size,
    server,
    query,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mibPerSec: Math.round((result.throughput.average / 2 ** 20) * 10) / 10,
    requests: answered,
    errors: result.errors + result.timeouts,
    unexpected: answered - expected
  }
  rows.push(row)
  const bad = row.errors + row.unexpected > 0 ? `  errors ${row.errors}, other status ${row.unexpected}` : ''
  console.log(`  ${server.padEnd(12)} ${query.padEnd(22)} ${String(row.rps).padStart(8)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ${row.mibPerSec} MiB/s${bad}`)
  return row
}

/**
 * Full exports, one after another, each body read as it streams and counted, never held: autocannon keeps every body in a string, which a million claims'
 * export (over 1 GB) exceeds (V8's string limit).
 */
async function exports (size: number, server: Server, query: string, base: string, path: string, amount: number): Promise<Row> {
  const ms: number[] = []
  let bytes = 0
  let errors = 0
  let unexpected = 0
  for (let i = 0; i < amount; i++) {
    const t0 = performance.now()
    try {
      const res = await download(base + path)
      if (res.status !== 200) unexpected++
      bytes += res.bytes
      ms.push(performance.now() - t0)
    } catch {
      errors++
    }
  }
  ms.sort((a, b) => a - b)
  const busy = Math.max(ms.reduce((a, b) => a + b, 0) / 1000, 0.001)
  const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0)
  const row: Row = {
    size,
    server,
    query,
    rps: Math.round((ms.length / busy) * 100) / 100,
    p50: at(0.5),
    p99: at(0.99),
    mibPerSec: Math.round((bytes / busy / 2 ** 20) * 10) / 10,
    requests: ms.length,
    errors,
    unexpected
  }
  rows.push(row)
  const bad = errors + unexpected > 0 ? `  errors ${errors}, other status ${unexpected}` : ''
  console.log(`  ${server.padEnd(12)} ${query.padEnd(22)} ${String(row.rps).padStart(8)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ${row.mibPerSec} MiB/s${bad}`)
  return row
}

/** GET with node:http, counting the body's bytes (fetch's web streams read ~4× slower: the client, not the server, was measured). */
function download (url: string): Promise<{ status: number, bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => { bytes += chunk.length })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
      res.on('error', reject)
    })
    req.setTimeout(600_000, () => req.destroy(new Error('timed out')))
    req.on('error', reject)
  })
}

function skip (size: number, server: Server, query: string, note: string): void {
  rows.push({ size, server, query, rps: 0, p50: 0, p99: 0, mibPerSec: 0, requests: 0, errors: 0, unexpected: 0, note })
  console.log(`  ${server.padEnd(12)} ${query.padEnd(22)} n/a: ${note}`)
}

// ---------------------------------------------------------------- data and what to ask of it

function build (size: number): BuildInfo {
  const out = execFileSync(node, [HEAP, '--import', 'tsx', join('bench', 'build.ts'), String(size), String(seed)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', smoke ? 'ignore' : 'inherit'], maxBuffer: 1 << 24 })
  return JSON.parse(out.trim().split('\n').at(-1)!) as BuildInfo
}

interface Targets {
  total: number
  ids: string[]
  pairs: Array<{ speaker: string, certainty: string }>
  rareNames: string[]
  commonWords: string[]
  deepSeq: number
}

/** The ids, filters and search terms the queries use, the same for every server, taken from the built data. */
function targets (dbPath: string): Targets {
  const db = new Database(dbPath, { readonly: true })
  try {
    const total = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
    const step = Math.max(1, Math.floor(total / 2000))
    const ids = (db.prepare('SELECT id FROM claims WHERE seq % ? = 0 ORDER BY seq LIMIT 2000').all(step) as Array<{ id: string }>).map((r) => r.id)
    // the most frequent (speaker, certainty) pairs: what people filter by
    const pairs = db.prepare(`SELECT speaker_id AS speaker, certainty, count(*) AS n FROM claims WHERE speaker_id IS NOT NULL
      GROUP BY speaker_id, certainty ORDER BY n DESC, speaker_id, certainty LIMIT 20`).all() as Array<{ speaker: string, certainty: string }>
    // people's surnames with about 50 mentions at every size: a search whose result size does not grow with the corpus
    const people = db.prepare('SELECT aliases FROM actors WHERE kind = \'person\' ORDER BY abs(mention_count - 50), seq LIMIT 10').all() as Array<{ aliases: string }>
    const rareNames = people.map((p) => (JSON.parse(p.aliases) as string[]).at(-1)!)
    // topic words, each in a few per cent of the claims: a search whose result grows with the corpus
    const commonWords = ['sanctions', 'ceasefire', 'tariffs', 'pipeline', 'elections']
    return { total, ids, pairs, rareNames, commonWords, deepSeq: Math.floor(total * 0.9) }
  } finally {
    db.close()
  }
}

/** Our cursor 90% of the way through the claims, reached by walking the pages (up to 500 a page) as a client would. */
async function deepCursor (base: string, total: number): Promise<string | null> {
  let cursor: string | null = null
  const limit = Math.max(1, Math.min(500, Math.floor((total * 0.9) / 4)))
  const steps = Math.floor((total * 0.9) / limit)
  for (let s = 0; s < steps; s++) {
    const res = await fetch(`${base}/v1/claims?limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)
    const body = await res.json() as { page: { next: string | null } }
    if (body.page.next === null) break
    cursor = body.page.next
  }
  return cursor
}

const exportAmount = (size: number) => (size >= 1e6 ? 2 : size >= 1e5 ? 3 : 10)

// ---------------------------------------------------------------- cold: every request one never asked before

const COLD = 100
interface Cold { size: number, query: string, p50: number, p99: number, mean: number }
const colds: Cold[] = []

/**
 * The response cache answers a repeated request from memory, so the loads above mostly
 * measure its hits. Here each request is one the server has not seen (a different id,
 * page, filter or search term), sent one at a time: the cost of the query itself.
 */
async function coldPass (size: number, base: string, dbPath: string, t: Targets): Promise<void> {
  const db = new Database(dbPath, { readonly: true })
  let ids: string[]
  let pairs: Array<{ speaker: string, certainty: string }>
  let names: string[]
  try {
    // run before the loads, so nothing is cached yet: any ids will do, taken from the end
    ids = (db.prepare('SELECT id FROM claims ORDER BY seq DESC LIMIT ?').all(COLD) as Array<{ id: string }>).map((r) => r.id)
    pairs = db.prepare(`SELECT speaker_id AS speaker, certainty, count(*) AS n FROM claims WHERE speaker_id IS NOT NULL
      GROUP BY speaker_id, certainty ORDER BY n DESC, speaker_id, certainty LIMIT ? OFFSET 20`).all(COLD) as Array<{ speaker: string, certainty: string }>
    names = (db.prepare('SELECT aliases FROM actors WHERE kind = \'person\' ORDER BY abs(mention_count - 50), seq LIMIT ? OFFSET 10').all(COLD) as Array<{ aliases: string }>).map((p) => (JSON.parse(p.aliases) as string[]).at(-1)!)
  } finally {
    db.close()
  }
  /** Times each request; `next` may derive the following URL from the body (a walk through pages). */
  const time = async (query: string, urls: string[], next?: (url: string, body: string) => string | null) => {
    const ms: number[] = []
    let queue = [...urls]
    while (queue.length > 0 && ms.length < COLD) {
      const url = queue.shift()!
      const t0 = performance.now()
      const res = await fetch(base + url)
      const body = await res.text()
      ms.push(performance.now() - t0)
      if (res.status !== 200) throw new Error(`cold ${query}: ${url} answered ${res.status}`)
      const following = next?.(url, body)
      if (following != null) queue = [following]
    }
    ms.sort((a, b) => a - b)
    const at = (q: number) => Math.round((ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0) * 10) / 10
    const c = { size, query, p50: at(0.5), p99: at(0.99), mean: Math.round((ms.reduce((x, y) => x + y, 0) / Math.max(1, ms.length)) * 10) / 10 }
    colds.push(c)
    console.log(`  cold         ${query.padEnd(22)} ${ms.length} requests, p50 ${c.p50} ms, p99 ${c.p99} ms`)
  }
  const nextPage = (url: string, body: string) => {
    const cursor = (JSON.parse(body) as { page: { next: string | null } }).page.next
    return cursor === null ? null : `${url.split('&cursor=')[0]!}&cursor=${encodeURIComponent(cursor)}`
  }
  await time('claim by id', ids.map((id) => `/v1/claims/${id}`))
  await time('filtered list', pairs.map((p) => `/v1/claims?speaker=${p.speaker}&certainty=${p.certainty}&limit=50`))
  await time('first page', Array.from({ length: COLD }, (_, i) => `/v1/claims?limit=${i + 1}`))
  const deep = await deepCursor(base, t.total)
  if (deep !== null) await time('deep page', [`/v1/claims?limit=49&cursor=${encodeURIComponent(deep)}`], nextPage)
  await time('search (rare name)', names.map((w) => `/v1/search?q=${encodeURIComponent(w)}&limit=50`))
  await time('search (common word)', TOPICS.slice(0, COLD).map((w) => `/v1/search?q=${w}&limit=49`))
  await time('list with include', Array.from({ length: COLD }, (_, i) => `/v1/claims?limit=${i + 1}&include=speaker`))
}

// ---------------------------------------------------------------- the servers

async function benchOurs (size: number, info: BuildInfo, t: Targets): Promise<void> {
  const port = nextPort++
  let ours: Running
  try {
    ours = await start('ours', [node, '--import', 'tsx', 'src/server.ts'], { PORT: String(port), HOST: '127.0.0.1', DB_PATH: info.dbPath, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' }, '/health', port)
  } catch (err) {
    for (const q of QUERIES) skip(size, 'ours', q, `did not start: ${(err as Error).message}`)
    process.exitCode = 1
    return
  }
  try {
    await coldPass(size, ours.url, info.dbPath, t)
    if (opts['cold-only']) return
    const claimPaths = t.ids.map((id) => `/v1/claims/${id}`)
    const deep = await deepCursor(ours.url, t.total)
    const etag = (await fetch(`${ours.url}${claimPaths[0]!}`)).headers.get('etag')
    await load(size, 'ours', 'claim by id', ours.url, { paths: claimPaths })
    await load(size, 'ours', 'filtered list', ours.url, { paths: t.pairs.map((p) => `/v1/claims?speaker=${p.speaker}&certainty=${p.certainty}&limit=50`) })
    await load(size, 'ours', 'first page', ours.url, { paths: ['/v1/claims?limit=50'] })
    if (deep === null) skip(size, 'ours', 'deep page', 'too few claims for a deep page')
    else await load(size, 'ours', 'deep page', ours.url, { paths: [`/v1/claims?limit=50&cursor=${encodeURIComponent(deep)}`] })
    await load(size, 'ours', 'search (rare name)', ours.url, { paths: t.rareNames.map((w) => `/v1/search?q=${encodeURIComponent(w)}&limit=50`) })
    await load(size, 'ours', 'search (common word)', ours.url, { paths: t.commonWords.map((w) => `/v1/search?q=${w}&limit=50`) })
    await load(size, 'ours', 'list with include', ours.url, { paths: ['/v1/claims?limit=50&include=speaker'] })
    if (etag === null) skip(size, 'ours', '304 revalidation', 'no ETag')
    else await load(size, 'ours', '304 revalidation', ours.url, { paths: [claimPaths[0]!], headers: { 'if-none-match': etag }, expect: 304 })
    await load(size, 'ours', 'ndjson export', ours.url, { paths: ['/v1/claims?format=ndjson'], connections: 1, amount: exportAmount(size) })
  } finally {
    memory.push({ size, server: 'ours', peakRssMiB: peakRss(ours.child) })
    await stop(ours.child)
  }
}

function installPeers (): void {
  if (existsSync(join(PEERS_DIR, 'node_modules', '@platformatic', 'db', 'db.mjs')) && existsSync(join(PEERS_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'))) return
  console.log('installing the peers into bench/peers (npm registry only; better-sqlite3 compiles, a few minutes)…')
  execFileSync('npm', [existsSync(join(PEERS_DIR, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: PEERS_DIR, stdio: 'inherit' })
}

async function benchPlatformatic (size: number, info: BuildInfo, t: Targets): Promise<void> {
  const port = nextPort++
  const config = join(info.dir, 'platformatic.json')
  writeFileSync(config, JSON.stringify({
    server: { hostname: '127.0.0.1', port, logger: { level: 'warn' } },
    db: { connectionString: `sqlite://${resolve(info.peers.pltDb)}`, graphql: true, openapi: true, limit: { default: 50, max: Math.max(1000, t.total) } },
    watch: false
  }, null, 2))
  let plt: Running
  try {
    plt = await start('platformatic', [node, HEAP, join(PEERS_DIR, 'node_modules', '@platformatic', 'db', 'db.mjs'), 'start', '-c', config], {}, '/claims?limit=1', port)
  } catch (err) {
    for (const q of QUERIES) skip(size, 'platformatic', q, `did not start: ${(err as Error).message}`)
    return
  }
  try {
    const order = 'orderby.seq=asc'
    await load(size, 'platformatic', 'claim by id', plt.url, { paths: t.ids.map((id) => `/claims/${id}`) })
    await load(size, 'platformatic', 'filtered list', plt.url, { paths: t.pairs.map((p) => `/claims?where.speakerId.eq=${p.speaker}&where.certainty.eq=${p.certainty}&${order}&limit=50`) })
    await load(size, 'platformatic', 'first page', plt.url, { paths: [`/claims?${order}&limit=50`] })
    await load(size, 'platformatic', 'deep page', plt.url, { paths: [`/claims?${order}&limit=50&offset=${t.deepSeq}`] })
    await load(size, 'platformatic', 'search (rare name)', plt.url, { paths: t.rareNames.map((w) => `/claims?where.text.like=${encodeURIComponent(`%${w}%`)}&limit=50`) })
    await load(size, 'platformatic', 'search (common word)', plt.url, { paths: t.commonWords.map((w) => `/claims?where.text.like=${encodeURIComponent(`%${w}%`)}&limit=50`) })
    const gql = JSON.stringify({ query: '{ claims(limit: 50, orderBy: [{ field: seq, direction: ASC }]) { id seq text kind sourceKind cue certainty polarity doc article { id } speaker { id name kind doc } } }' })
    const probe = await fetch(`${plt.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gql })
    if (probe.ok && !(await probe.text()).includes('"errors"')) await load(size, 'platformatic', 'list with include', plt.url, { paths: ['/graphql'], method: 'POST', body: gql })
    else skip(size, 'platformatic', 'list with include', `GraphQL query refused (${probe.status})`)
    const etag = (await fetch(`${plt.url}/claims/${t.ids[0]!}`)).headers.get('etag')
    if (etag === null) skip(size, 'platformatic', '304 revalidation', 'sends no ETag')
    else await load(size, 'platformatic', '304 revalidation', plt.url, { paths: [`/claims/${t.ids[0]!}`], headers: { 'if-none-match': etag }, expect: 304 })
    await load(size, 'platformatic', 'ndjson export', plt.url, { paths: [`/claims?${order}&limit=${t.total}`], connections: 1, amount: exportAmount(size) })
  } finally {
    memory.push({ size, server: 'platformatic', peakRssMiB: peakRss(plt.child) })
    await stop(plt.child)
  }
}

async function benchJsonServer (size: number, info: BuildInfo, t: Targets): Promise<void> {
  const port = nextPort++
  let js: Running
  try {
    js = await start('json-server', [node, HEAP, join(PEERS_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'), '--host', '127.0.0.1', '--port', String(port), '--quiet', '--read-only', info.peers.jsonDb], {}, '/articles?_limit=1', port)
  } catch (err) {
    for (const q of QUERIES) skip(size, 'json-server', q, `did not start: ${(err as Error).message}`)
    return
  }
  try {
    await load(size, 'json-server', 'claim by id', js.url, { paths: t.ids.map((id) => `/claims/${id}`) })
    await load(size, 'json-server', 'filtered list', js.url, { paths: t.pairs.map((p) => `/claims?speaker=${p.speaker}&certainty=${p.certainty}&_limit=50`) })
    await load(size, 'json-server', 'first page', js.url, { paths: ['/claims?_page=1&_limit=50'] })
    await load(size, 'json-server', 'deep page', js.url, { paths: [`/claims?_page=${Math.floor(t.deepSeq / 50) + 1}&_limit=50`] })
    await load(size, 'json-server', 'search (rare name)', js.url, { paths: t.rareNames.map((w) => `/claims?q=${encodeURIComponent(w)}&_limit=50`) })
    await load(size, 'json-server', 'search (common word)', js.url, { paths: t.commonWords.map((w) => `/claims?q=${w}&_limit=50`) })
    await load(size, 'json-server', 'list with include', js.url, { paths: ['/claims?_page=1&_limit=50&_expand=actor'] })
    const etag = (await fetch(`${js.url}/claims/${t.ids[0]!}`)).headers.get('etag')
    if (etag === null) skip(size, 'json-server', '304 revalidation', 'sends no ETag')
    else await load(size, 'json-server', '304 revalidation', js.url, { paths: [`/claims/${t.ids[0]!}`], headers: { 'if-none-match': etag }, expect: 304 })
    await load(size, 'json-server', 'ndjson export', js.url, { paths: ['/claims'], connections: 1, amount: exportAmount(size) })
  } finally {
    memory.push({ size, server: 'json-server', peakRssMiB: peakRss(js.child) })
    await stop(js.child)
  }
}

// ---------------------------------------------------------------- the run

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`
console.log(`machine: ${machine}\n${duration} s per query at ${connections} connections (exports: 1 connection, a fixed number of requests)`)
if (withPeers) installPeers()
const started = new Date()

for (const size of sizes) {
  console.log(`\n== ${size.toLocaleString('en')} claims`)
  const info = build(size)
  loads.set(size, loadavg()[0]!)
  console.log(`  load average before the servers start: ${loadavg()[0]!.toFixed(2)} (other work on this machine skews every figure)`)
  builds.push({ size, seedMs: info.seedMs, claims: info.claims, counts: info.seedCounts, dbMiB: info.dbBytes / 2 ** 20, corpusMiB: info.corpus.bytes / 2 ** 20, generateMs: info.corpus.ms })
  const t = targets(info.dbPath)
  const helloPort = nextPort++
  const hello = await start('hello', [node, '--import', 'tsx', join('bench', 'hello.ts')], { PORT: String(helloPort) }, '/', helloPort)
  try { await load(size, 'hello', 'ceiling', hello.url, { paths: ['/'] }) } finally { memory.push({ size, server: 'hello', peakRssMiB: peakRss(hello.child) }); await stop(hello.child) }
  await benchOurs(size, info, t)
  if (withPeers && !opts['cold-only']) {
    await benchPlatformatic(size, info, t)
    await benchJsonServer(size, info, t)
  }
}

// ---------------------------------------------------------------- the tables, with ratios measured in this run

const find = (size: number, server: Server, query: string) => rows.find((r) => r.size === size && r.server === server && r.query === query)
const fmt = (n: number) => (n >= 100 ? String(Math.round(n)) : n >= 10 ? n.toFixed(1) : n.toFixed(2))
const cell = (r: Row | undefined) => (r === undefined ? '—' : r.note !== undefined ? 'n/a' : r.requests === 0 ? '0 (none answered)' : fmt(r.rps))
const ratio = (a: Row | undefined, b: Row | undefined) => {
  if (a === undefined || b === undefined || a.note !== undefined) return '—'
  if (b.note !== undefined) return 'n/a'
  if (b.requests === 0 || b.rps === 0) return `> ${fmt(a.rps * duration / Math.max(1, b.requests))}×`
  return `${fmt(a.rps / b.rps)}×`
}
const errs = (r: Row | undefined) => (r === undefined || r.note !== undefined ? '' : r.errors + r.unexpected > 0 ? ` ⚠${r.errors + r.unexpected}` : '')
const lines: string[] = []
lines.push(`Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ${duration} s per query at ${connections} connections; exports with 1 connection and ${sizes.map((s) => `${exportAmount(s)} requests at ${sizeLabel(s)}`).join(', ')}.`)
for (const size of sizes) {
  const ceiling = find(size, 'hello', 'ceiling')
  lines.push(`\n#### ${size.toLocaleString('en')} claims\n`, `1-minute load average when this size started: ${(loads.get(size) ?? 0).toFixed(2)} on ${availableParallelism()} cores.\n`)
  lines.push('| query | ours req/s | p50 ms | p99 ms | × ceiling | Platformatic req/s | p99 ms | ours ÷ Platformatic | json-server req/s | p99 ms | ours ÷ json-server |')
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  if (ceiling !== undefined) lines.push(`| Fastify hello world (ceiling) | ${fmt(ceiling.rps)} | ${ceiling.p50} | ${ceiling.p99} | 1.00 | | | | | | |`)
  for (const q of QUERIES) {
    const o = find(size, 'ours', q)
    if (o === undefined) continue
    const p = find(size, 'platformatic', q)
    const j = find(size, 'json-server', q)
    const oc = o.note === undefined ? `${fmt(o.rps)}${errs(o)}` : 'n/a'
    lines.push(`| ${q} | ${oc} | ${o.note === undefined ? o.p50 : ''} | ${o.note === undefined ? o.p99 : ''} | ${ceiling === undefined || o.note !== undefined ? '' : (o.rps / ceiling.rps).toFixed(2)} | ${cell(p)}${errs(p)} | ${p?.note === undefined && p !== undefined ? p.p99 : ''} | ${ratio(o, p)} | ${cell(j)}${errs(j)} | ${j?.note === undefined && j !== undefined ? j.p99 : ''} | ${ratio(o, j)} |`)
  }
  const exp = find(size, 'ours', 'ndjson export')
  if (exp !== undefined && exp.note === undefined) lines.push(`\nExport: ${exp.requests} full exports of every claim, ${exp.mibPerSec} MiB/s, ${exp.p50} ms each (p50).`)
}
if (sizes.length > 1) {
  lines.push('\n#### Scaling: ours, p50 / p99 ms (req/s) by corpus size\n')
  lines.push(`| query | ${sizes.map(sizeLabel).join(' | ')} |`)
  lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} |`)
  for (const q of ['ceiling', ...QUERIES]) {
    const server: Server = q === 'ceiling' ? 'hello' : 'ours'
    lines.push(`| ${q === 'ceiling' ? 'hello world' : q} | ${sizes.map((s) => { const r = find(s, server, q); return r === undefined || r.note !== undefined ? 'n/a' : `${r.p50} / ${r.p99} (${fmt(r.rps)})` }).join(' | ')} |`)
  }
}
if (colds.length > 0) {
  lines.push(`\n#### Ours, uncached: ${COLD} requests never asked before, one at a time, p50 / p99 ms\n`)
  lines.push(`| query | ${sizes.map(sizeLabel).join(' | ')} |`)
  lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} |`)
  for (const q of [...new Set(colds.map((c) => c.query))]) lines.push(`| ${q} | ${sizes.map((s) => { const c = colds.find((x) => x.size === s && x.query === q); return c === undefined ? 'n/a' : `${c.p50} / ${c.p99}` }).join(' | ')} |`)
}
lines.push('\n#### Seed builds\n')
lines.push('| claims | articles | actors | mentions | spans* | corpus MiB | generate s | seed build s | claims/s | database MiB |')
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const b of builds) {
  const spans = (b.counts.sentences ?? 0) + (b.counts.mentions ?? 0)
  lines.push(`| ${b.claims.toLocaleString('en')} | ${(b.counts.articles ?? 0).toLocaleString('en')} | ${(b.counts.actors ?? 0).toLocaleString('en')} | ${(b.counts.mentions ?? 0).toLocaleString('en')} | ${spans.toLocaleString('en')} | ${b.corpusMiB.toFixed(1)} | ${(b.generateMs / 1000).toFixed(1)} | ${b.seedMs === null ? '—' : (b.seedMs / 1000).toFixed(1)} | ${b.seedMs === null ? '—' : Math.round(b.claims / (b.seedMs / 1000)).toLocaleString('en')} | ${b.dbMiB.toFixed(0)} |`)
}
lines.push('\n*sentence and mention spans; evidence spans come on top.')
lines.push('\n#### Peak server memory (VmHWM, MiB)\n')
const servers: Server[] = ['hello', 'ours', ...(withPeers ? ['platformatic', 'json-server'] as Server[] : [])]
lines.push(`| claims | ${servers.join(' | ')} |`)
lines.push(`| ---: | ${servers.map(() => '---:').join(' | ')} |`)
for (const size of sizes) lines.push(`| ${size.toLocaleString('en')} | ${servers.map((s) => memory.find((m) => m.size === size && m.server === s)?.peakRssMiB ?? '—').join(' | ')} |`)
const skipped = rows.filter((r) => r.note !== undefined && r.server !== 'ours')
// one line per server and reason, with the sizes and queries it applies to
const byReason = new Map<string, { sizes: Set<string>, queries: Set<string> }>()
for (const r of skipped) {
  const key = `${r.server}: ${r.note!}`
  const entry = byReason.get(key) ?? { sizes: new Set(), queries: new Set() }
  entry.sizes.add(sizeLabel(r.size))
  entry.queries.add(r.query)
  byReason.set(key, entry)
}
const reasons = [...byReason].map(([key, e]) => `${key} (${e.queries.size === QUERIES.length ? 'every query' : [...e.queries].join(', ')}; ${[...e.sizes].join(', ')})`)
if (reasons.length > 0) lines.push('\n#### n/a\n', ...reasons.map((r) => `- ${r}`))
notes.forEach((n) => lines.push(n))

const table = lines.join('\n')
console.log(`\n${table}`)
mkdirSync(RESULTS_DIR, { recursive: true })
const name = smoke ? 'smoke' : opts['cold-only'] ? 'cold' : 'latest'
writeFileSync(join(RESULTS_DIR, `${name}.json`), JSON.stringify({ machine, started, duration, connections, sizes, rows, colds, builds, memory }, null, 2))
writeFileSync(join(RESULTS_DIR, `${name}.md`), `${table}\n`)
if (opts['update-docs'] && !smoke) {
  const docs = join(ROOT, 'docs', 'BENCHMARKS.md')
  const text = readFileSync(docs, 'utf8')
  const begin = '<!-- bench:begin -->'
  const end = '<!-- bench:end -->'
  const a = text.indexOf(begin)
  const b = text.indexOf(end)
  if (a === -1 || b === -1) console.error(`--update-docs: ${docs} has no ${begin} … ${end} block`)
  else writeFileSync(docs, `${text.slice(0, a + begin.length)}\n${table}\n${text.slice(b)}`)
}
const failures = rows.filter((r) => r.server === 'ours' && r.note === undefined && (r.errors > 0 || r.unexpected > 0))
if (failures.length > 0) { console.error(`errors in: ${failures.map((f) => `${sizeLabel(f.size)} ${f.query}`).join(', ')}`); process.exitCode = 1 }
