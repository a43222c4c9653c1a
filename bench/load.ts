import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { runSeed } from '../src/seed/pipeline.js'

// npm run load [-- --duration 60 --connections 16 --seed-dir seed]
// Runs the server as a user would (a child process over a database built from the seed),
// holds a sustained mixed load on it (lists, details, search, includes, exports, 304s),
// and reports requests served, errors, non-2xx/304 answers, latency percentiles and the
// server's memory before, during and after. Exits non-zero on any error or on memory
// that does not come back down.

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '16' }, 'seed-dir': { type: 'string', default: 'seed' }
  }
})
const dir = mkdtempSync(join(tmpdir(), 'load-'))
const dbPath = join(dir, 'claims.db')
runSeed({ seedDir: values['seed-dir'], dbPath })
const port = 4800 + Math.floor(Math.random() * 100)
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: { ...process.env, PORT: String(port), DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' }, stdio: 'inherit'
})
const base = `http://127.0.0.1:${port}`
const rss = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
for (let i = 0; ; i++) {
  try { if ((await fetch(`${base}/health`)).ok) break } catch {}
  if (i > 300) throw new Error('server did not start')
  await sleep(100)
}

// the mix: ids and filters taken from the data the server serves
const ids = (kind: string) => fetch(`${base}/v1/${kind}?limit=500`).then(async (r) => ((await r.json()) as { data: Array<{ id: string }> }).data.map((d) => d.id))
const [claims, actors, events, questions] = await Promise.all(['claims', 'actors', 'events', 'questions'].map(ids)) as [string[], string[], string[], string[]]
const etag = (await fetch(`${base}/v1/claims`)).headers.get('etag') ?? ''
const mix: Array<{ path: string, headers?: Record<string, string> }> = [
  { path: '/v1' }, { path: '/v1/claims?limit=50' }, { path: '/v1/claims?certainty=possible&kind=prediction' },
  { path: '/v1/actors?sort=-mentions' }, { path: '/v1/events?status=occurred&status=scheduled' }, { path: '/v1/questions?kind=forecast' },
  { path: '/v1/search?q=security+guarant*' }, { path: '/v1/search?q="peace+deal"&type=claim' },
  { path: '/v1/claims?include=speaker,subjects,events&limit=20' }, { path: '/v1/claims?format=ndjson' }, { path: '/v1/actors?format=csv' },
  { path: '/v1/claims', headers: { 'if-none-match': etag } },
  ...claims.map((id) => ({ path: `/v1/claims/${id}` })), ...actors.map((id) => ({ path: `/v1/actors/${id}/claims` })),
  ...events.map((id) => ({ path: `/v1/events/${id}` })), ...questions.map((id) => ({ path: `/v1/questions/${id}` }))
]

await sleep(1000)
const before = rss()
let peak = before
const sampler = setInterval(() => { peak = Math.max(peak, rss()) }, 250)
let i = 0
const result = await autocannon({
  url: base,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => { const m = mix[i++ % mix.length]!; return { ...req, path: m.path, headers: { ...(req.headers as object), ...m.headers } } } }]
})
clearInterval(sampler)
await sleep(5000) // let the collector settle
const after = rss()
server.kill('SIGTERM')
await new Promise((resolve) => server.once('exit', resolve))
rmSync(dir, { recursive: true, force: true })

const served = result.requests.total
const non2xx304 = result.non2xx - (result['3xx'] ?? 0)
const report = {
  durationSeconds: Number(values.duration),
  connections: Number(values.connections),
  distinctRequests: mix.length,
  requests: served,
  requestsPerSecond: Math.round(result.requests.average),
  errors: result.errors + result.timeouts,
  non2xx304,
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  memoryMiB: { before, peak, after }
}
console.log(JSON.stringify(report, null, 2))
const flat = after <= Math.max(before * 1.5, before + 64)
console.log(`errors ${report.errors}, non-2xx/304 ${non2xx304}, memory ${before} → ${peak} → ${after} MiB: ${report.errors === 0 && non2xx304 === 0 && flat ? 'PASS' : 'FAIL'}`)
if (report.errors > 0 || non2xx304 > 0 || !flat) process.exitCode = 1
