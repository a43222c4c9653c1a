import { spawn } from 'node:child_process'
import { get as httpGet } from 'node:http'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { runSeed } from '../src/seed/pipeline.js'
import { ROOT, spawnServer } from '../dev/process.js'
import { copySeed, type GrowthKind } from '../test/helpers/growth.js'

// npm run load [-- --duration 60 --connections 10 --clients 10000 --seed-dir seed --workers 1
//                 --changes 14 --memory check|skip --idle 10 --out report.json]
//
// Sustained mixed load on the server run as a user runs it: `node --import tsx
// src/server.ts`, a separate process on 127.0.0.1, over a database built from the seed, with
// the rate limit on (its default, 1200 a minute per client) and TRUST_PROXY=1 as behind a
// reverse proxy: each request comes from one of --clients addresses (X-Forwarded-For), so
// the per-client state is exercised too. The mix: lists with filters, sorts and pages,
// details, nested lists, search, includes, NDJSON and CSV exports, compressed answers, and
// conditional requests answered 304. Reports requests served, errors, answers other than
// 2xx/304, latency percentiles, and the server's resident memory before, during and after.
// Exits 1 on any error, any other status, memory still growing at the end of the run,
// memory that does not come back down once the load stops, or an unclean exit on SIGTERM.
//
// Through growth: while the load runs, the database changes --changes times (evenly
// spread; by default 14: ten `npm run ingest` of real texts, two `--delete` of articles
// added, one full `npm run seed` renamed over the file, one `npm run release`), made by
// bench/grow.ts in a process of its own, in a copy of the seed folder (an ingest writes the
// article there too). The load runs --duration seconds, and on until a second after the
// last change, so that every change is served. Then the only
// answers allowed besides 2xx/304 are the documented 410s (a cursor of an order by
// changing values, issued before a change), every answer's Dataset-Version must be one
// the database had, and it must agree with the version the answer carries elsewhere: the
// body of /v1 and /health, an ETag, an export's file name, a 410's detail. Reported: how
// long from each commit to the first answer of the new version, and how long after it a
// request sent could still be answered from an older version.

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    clients: { type: 'string', default: '10000' },
    'seed-dir': { type: 'string', default: 'seed' },
    workers: { type: 'string', default: '1' },
    changes: { type: 'string', default: '14' },
    memory: { type: 'string', default: 'check' },
    idle: { type: 'string', default: '10' },
    out: { type: 'string' }
  }
})
const duration = Number(args.duration)
const connections = Number(args.connections)
const clients = Number(args.clients)
const workers = Number(args.workers)
const changes = Number(args.changes)
const checkMemory = args.memory !== 'skip'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const MiB = (kb: number) => Math.round(kb / 102.4) / 10

// 1. the server, as a user starts it
const dir = mkdtempSync(join(tmpdir(), 'load-'))
const dbPath = join(dir, 'claims.db')
const seedDir = copySeed(args['seed-dir'], join(dir, 'seed'))
const built = runSeed({ seedDir, dbPath })
interface Committed { step: number, kind: GrowthKind, article?: string, version: string, started: number, committed: number }
const grower = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'grow.ts'), dbPath, String(changes), seedDir], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] })
const growLines = createInterface({ input: grower.stdout })[Symbol.asyncIterator]()
const nextLine = async () => JSON.parse(String((await growLines.next()).value)) as Committed
const server = await spawnServer({ env: { DB_PATH: dbPath, LOG_LEVEL: 'warn', TRUST_PROXY: '1', RATE_LIMIT_MAX: '', WORKERS: String(workers) } })
const base = server.url
/** The server's resident set size, in KiB (Linux: /proc), its cluster workers' included. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN)
const childrenOf = (pid: number) => {
  const file = `/proc/${pid}/task/${pid}/children`
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter((x) => x !== '').map(Number) : []
}
const rss = () => [server.child.pid!, ...childrenOf(server.child.pid!)].reduce((kb, pid) => { try { return kb + rssOf(pid) } catch { return kb } }, 0)

// 2. the mix, from the data the server serves (its ids, cursors and ETags)
interface Req { path: string, headers?: Record<string, string> }
const get = async (path: string) => (await fetch(base + path, { headers: { 'x-forwarded-for': '10.255.255.254' } }))
const ids = async (c: string) => ((await (await get(`/v1/${c}?limit=500`)).json()) as { data: Array<{ id: string }> }).data.map((d) => d.id)
const [articles, actors, events, claims, questions] = await Promise.all(['articles', 'actors', 'events', 'claims', 'questions'].map(ids)) as [string[], string[], string[], string[], string[]]
const next = async (path: string) => ((await (await get(path)).json()) as { page: { next: string | null } }).page.next
const pages: Req[] = []
for (const list of ['/v1/claims?limit=5', '/v1/actors?limit=3&sort=-mentions', '/v1/events?limit=4', '/v1/questions?limit=2&sort=-id', '/v1/search?q=Ukraine&limit=3', '/v1/claims?limit=4&sort=-id']) {
  let cursor = await next(list)
  for (let i = 0; i < 5 && cursor !== null; i++) {
    pages.push({ path: `${list}&cursor=${cursor}` })
    cursor = await next(`${list}&cursor=${cursor}`)
  }
}
const lists: Req[] = [
  '/v1', '/health', '/v1/articles', '/v1/claims', '/v1/claims?limit=500', '/v1/claims?certainty=possible&certainty=probable', '/v1/claims?kind=prediction&sort=-position',
  '/v1/claims?speaker=none', '/v1/claims?sourceKind=named&include=speaker', '/v1/claims?include=speaker,subjects,events,related,article&limit=100',
  '/v1/claims?q=guarantee', '/v1/claims?q=security%20guarant*&include=subjects', '/v1/actors?sort=-mentions', '/v1/actors?kind=person&include=roles',
  '/v1/actors?q=Putin', '/v1/events?status=occurred&status=scheduled&include=participants', '/v1/events?kind=summit',
  '/v1/questions?status=open&include=actors,events,claims', '/v1/questions?kind=forecast', ...articles.map((a) => `/v1/claims?article=${a}&limit=20`)
].map((path) => ({ path }))
const searches: Req[] = ['Putin', 'security%20guarant*', '%22security%20guarantees%22', 'Trump%20OR%20Putin', 'NATO', 'Ukraine%20summit', 'territorial', 'Witkoff&type=claim', 'the&limit=200']
  .map((q) => ({ path: `/v1/search?q=${q}` }))
const details: Req[] = [
  ...articles.flatMap((id) => [`/v1/articles/${id}`, `/v1/articles/${id}/text`, `/v1/articles/${id}/claims`]),
  ...actors.flatMap((id) => [`/v1/actors/${id}`, `/v1/actors/${id}/claims`, `/v1/actors/${id}/events`, `/v1/actors/${id}/questions`]),
  ...events.flatMap((id) => [`/v1/events/${id}`, `/v1/events/${id}/claims`]),
  ...claims.flatMap((id) => [`/v1/claims/${id}`, `/v1/claims/${id}/questions`]),
  ...questions.map((id) => `/v1/questions/${id}`)
].map((path) => ({ path }))
const exports: Req[] = [
  { path: '/v1/claims?format=ndjson' }, { path: '/v1/claims?format=csv' }, { path: '/v1/actors', headers: { accept: 'text/csv' } },
  { path: '/v1/events', headers: { accept: 'application/x-ndjson' } }, { path: '/v1/questions?format=csv&status=open' }, { path: '/v1/search?q=the&format=ndjson' }
]
const compressed: Req[] = ['/v1/claims?limit=500', '/v1/articles/' + (articles[0] ?? ''), '/v1/actors?sort=name', '/openapi.json']
  .flatMap((path) => [{ path, headers: { 'accept-encoding': 'br' } }, { path, headers: { 'accept-encoding': 'gzip' } }])
const conditional: Req[] = []
for (const r of [...lists.slice(0, 10), ...details.filter((_, i) => i % 7 === 0)]) {
  const etag = (await get(r.path)).headers.get('etag')
  if (etag !== null) conditional.push({ path: r.path, headers: { 'if-none-match': etag } })
}
// interleaved so that every stretch of the run sees every kind of request
const kinds = { lists, pages, searches, details, exports, compressed, conditional }
const mix: Req[] = []
for (let i = 0; mix.length < Object.values(kinds).reduce((n, k) => n + k.length, 0); i++) {
  for (const kind of Object.values(kinds)) if (i < kind.length) mix.push(kind[i]!)
}

// 3. the writer, in a process of its own (started with the server, warming up meanwhile), ready before the load starts
if (changes > 0) await nextLine() // ready
const committed: Committed[] = []

// 4. the load, with the server's memory sampled throughout, the database changing under it,
// and every answer checked against the versions the database had
if (checkMemory) await sleep(2000) // the server settles before its memory is first read
const before = rss()
const samples: Array<{ t: number, kb: number }> = []
const started = Date.now()
const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, kb: rss() }), 500)
const growth = (async () => {
  for (let step = 0; step < changes; step++) {
    // spread over the first 80% of the run, so that the last change is served too
    await sleep(started + (0.8 * duration * 1000 * (step + 1)) / changes - Date.now())
    grower.stdin!.write(`${step}\n`)
    committed.push(await nextLine())
  }
})()
interface Seen { sent: number, at: number, version: string }
const seen: Seen[] = []
const mismatches: string[] = []
const gone: Record<string, number> = {}
const note = (problem: string) => { if (mismatches.length < 20) mismatches.push(problem) }
const check = (path: string, sent: number, status: number, body: string, headers: Record<string, string>) => {
  const version = headers['dataset-version'] ?? ''
  seen.push({ sent, at: Date.now(), version })
  const etag = headers.etag
  if (etag !== undefined && !etag.startsWith(`W/"${version}-`)) note(`${path}: ETag ${etag} under Dataset-Version ${version}`)
  const disposition = headers['content-disposition']
  if (disposition !== undefined && !disposition.includes(`-${version}.`)) note(`${path}: ${disposition} under Dataset-Version ${version}`)
  if (status === 410) {
    const problem = JSON.parse(body) as { type: string, detail: string }
    gone[problem.type] = (gone[problem.type] ?? 0) + 1
    if (!problem.detail.includes(`now ${version})`)) note(`${path}: 410 "${problem.detail}" under Dataset-Version ${version}`)
  }
  if (status === 200 && (path === '/v1' || path === '/health')) {
    const inBody = (JSON.parse(body) as { datasetVersion: string }).datasetVersion
    if (inBody !== version) note(`${path}: datasetVersion ${inBody} under Dataset-Version ${version}`)
  }
}
let n = 0
const load = autocannon({
  url: base,
  connections,
  // stopped below: after --duration seconds, and not before a second after the last change
  duration: duration * 100,
  requests: [{
    method: 'GET',
    setupRequest: (req, context) => {
      const r = mix[n % mix.length]!
      const client = n % clients
      n++
      context.path = r.path
      context.sent = Date.now()
      return { ...req, path: r.path, headers: { ...r.headers, 'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}` } }
    },
    onResponse: (status, body, context, headers) => check(String(context.path), Number(context.sent), status, body, headers)
  }]
})
await growth
await sleep(Math.max(started + duration * 1000, (committed.at(-1)?.committed ?? 0) + 1000) - Date.now())
load.stop()
const result = await load
const elapsed = (Date.now() - started) / 1000
grower.stdin!.end()
// every process serves the last version now: a cached list asked on new connections (the
// cluster's primary hands each connection to its workers in turn)
const askFresh = async () => await new Promise<string>((resolve, reject) => {
  httpGet(`${base}/v1/claims?limit=1`, { agent: false }, (res) => { res.resume(); res.on('end', () => resolve(String(res.headers['dataset-version']))) }).on('error', reject)
})
const finalVersions: string[] = []
for (let i = 0; i < 10 * workers; i++) finalVersions.push(await askFresh())
const lastVersion = committed.at(-1)?.version ?? built.version
clearInterval(sampler)
await sleep(Number(args.idle) * 1000) // idle: timers, sockets and the collector settle
const after = rss()
const exitCode = await server.stop()
if (exitCode !== 0) console.error(server.output())
rmSync(dir, { recursive: true, force: true })

// 5. the report
// RSS under load is a sawtooth (V8 grows its heap, then collects): the floor of a stretch of
// the run (its lowest sample, just after a collection) is what shows retained memory
const during = (from: number, to: number) => samples.filter((s) => s.t >= elapsed * from && s.t <= elapsed * to).map((s) => s.kb)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const earlyFloor = Math.min(...during(0.2, 0.5))
const lateFloor = Math.min(...during(0.7, 1))
const peak = Math.max(...samples.map((s) => s.kb))
const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]))
// the 410s the API documents for a database that changes: a stale cursor (and, for an
// item deleted, its gone problem)
const DOCUMENTED_GONE = ['/problems/cursor-stale', '/problems/gone']
const undocumentedGone = Object.entries(gone).filter(([type]) => !DOCUMENTED_GONE.includes(type)).reduce((sum, [, c]) => sum + c, 0)
const other = Object.entries(statuses).filter(([code]) => !/^2\d\d$/.test(code) && code !== '304' && code !== '410').reduce((sum, [, c]) => sum + c, 0) + undocumentedGone
// which change an answer's version is: the latest change of that version begun before the
// answer came (a rebuild of the same seed gives the first version again), -1 for the first
const indexOf = (s: Seen) => {
  for (let j = committed.length - 1; j >= 0; j--) if (committed[j]!.version === s.version && committed[j]!.started <= s.at) return j
  return s.version === built.version ? -1 : Number.NaN
}
const known = new Set([built.version, ...committed.map((c) => c.version)])
const unknownVersions = [...new Set(seen.map((s) => s.version))].filter((v) => !known.has(v))
const indexed = seen.map((s) => ({ ...s, index: indexOf(s) }))
// per change: from its commit to the first answer of it (or a later change), and the latest
// a request sent after the commit was still answered from an older version
const pickup = committed.map((c, i) => {
  const first = indexed.find((s) => s.at >= c.committed && s.index >= i)
  const stale = indexed.filter((s) => s.sent >= c.committed && s.index < i)
  return {
    step: c.step,
    kind: c.kind,
    article: c.article,
    version: c.version,
    writeMs: c.committed - c.started,
    firstNewMs: first === undefined ? null : first.at - c.committed,
    staleSentMs: stale.length === 0 ? 0 : Math.max(...stale.map((s) => s.sent - c.committed)),
    staleAnswers: stale.length
  }
})
const stats = (xs: number[]) => xs.length === 0 ? null : { n: xs.length, median: median(xs), max: Math.max(...xs) }
const commits = pickup.filter((p) => p.kind === 'add' || p.kind === 'delete')
const rebuilds = pickup.filter((p) => p.kind === 'rebuild')
const pickedUp = pickup.every((p) => p.firstNewMs !== null)
const errors = result.errors + result.timeouts
// flat: once warm (the response cache, bounded at 64 MiB, fills in the first seconds) the
// floor does not rise from the first half of the run to the last; settled: idle after the
// load, memory is back under its peak under load rather than still climbing
function fmt (x: { median: number, max: number } | null) { return x === null ? 'n/a' : `median ${x.median} ms, max ${x.max} ms` }
const flat = lateFloor <= earlyFloor + Math.max(16 * 1024, earlyFloor * 0.1)
const settled = after <= peak
const report = {
  dataset: { seedDir: args['seed-dir'], counts: built.counts, version: built.version },
  load: { durationSeconds: Math.round(elapsed), connections, clients, workers, distinctRequests: mix.length, kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length])) },
  growth: {
    changes: pickup,
    // a release leaves the served version as it was: neither a commit nor a rebuild
    firstNewMs: { commits: stats(commits.flatMap((p) => p.firstNewMs ?? [])), rebuilds: stats(rebuilds.flatMap((p) => p.firstNewMs ?? [])) },
    staleSentMs: { commits: stats(commits.map((p) => p.staleSentMs)), rebuilds: stats(rebuilds.map((p) => p.staleSentMs)) },
    gone,
    unknownVersions,
    mismatches,
    pickedUp,
    lastVersion,
    servedAtTheEnd: [...new Set(finalVersions)]
  },
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.average),
  statuses,
  errors,
  otherThan2xxOr304: other,
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
  memoryMiB: {
    before: MiB(before),
    during: { median: MiB(median(samples.map((s) => s.kb))), floorFirstHalf: MiB(earlyFloor), floorLastThird: MiB(lateFloor), peak: MiB(peak) },
    after: MiB(after),
    every5s: samples.filter((_, i) => i % 10 === 9).map((s) => MiB(s.kb)),
    flat,
    settled
  },
  serverExitCode: exitCode,
  pass: errors === 0 && other === 0 && (!checkMemory || (flat && settled)) && exitCode === 0 &&
    committed.length === changes && pickedUp && unknownVersions.length === 0 && mismatches.length === 0 && finalVersions.every((v) => v === lastVersion)
}
console.log(JSON.stringify(report, null, 2))
console.log(`\n${report.requests} requests in ${Math.round(elapsed)} s (${report.requestsPerSecond}/s), errors ${errors}, other than 2xx/304 ${other}; ` +
  `latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms; ` +
  `memory (RSS) before ${report.memoryMiB.before} MiB, during ${report.memoryMiB.during.median} (floor ${report.memoryMiB.during.floorFirstHalf} → ${report.memoryMiB.during.floorLastThird}, peak ${report.memoryMiB.during.peak}), after ${report.memoryMiB.after}; ` +
  `${changes} changes (${Object.entries(gone).map(([t, c]) => `${c} × 410 ${t}`).join(', ') || 'no 410'}), new version first served after a commit ${fmt(report.growth.firstNewMs.commits)}, after a rebuild ${fmt(report.growth.firstNewMs.rebuilds)}; ` +
  `a request sent after the change still answered from an older version up to: after a commit ${fmt(report.growth.staleSentMs.commits)}, after a rebuild ${fmt(report.growth.staleSentMs.rebuilds)}; version mismatches ${mismatches.length}, unknown versions ${unknownVersions.length}; ` +
  `SIGTERM exit ${exitCode}: ${report.pass ? 'PASS' : 'FAIL'}`)
if (args.out !== undefined) writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n')
if (!report.pass) process.exitCode = 1
