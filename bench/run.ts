import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { generate } from './generate.js'
import { installPeers, jsonServerCopy, platformaticCopy, PEERS_DIR } from './peers.js'

// npm run bench [-- --sizes 1k,10k,100k,1m] [--duration 5] [--connections 32] [--no-peers] [--smoke]
// Starts each server as a child process and loads it with autocannon from this process,
// all in the same run on the same machine, and prints requests/s and p50/p99 latency per
// query, with ratios to Fastify's hello-world ceiling and to the peers.

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k,1m' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    'no-peers': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' }
  }
})
const smoke = opts.smoke
const sizes = smoke ? [200] : opts.sizes.split(',').map((s) => Number(s.replace(/k$/i, '000').replace(/m$/i, '000000')))
const duration = smoke ? 1 : Number(opts.duration)
const connections = Number(opts.connections)
const withPeers = !smoke && !opts['no-peers']
const seed = Number(opts.seed)
const DATA = join('bench', 'data')
const node = process.execPath

interface Row { size: number, server: string, query: string, rps: number, p50: number, p99: number, errors: number, non2xx: number }
const rows: Row[] = []
const builds: Array<{ size: number, ms: number, claimsPerSecond: number, bytes: number }> = []
const memory: Array<{ size: number, server: string, peakRssMiB: number }> = []

/** The code that shapes a built database: a rebuilt one is needed when it changes. */
function codeVersion (): string {
  const h = createHash('sha256')
  for (const dir of ['src/seed', 'migrations', 'bench']) {
    for (const f of readdirSync(dir).filter((x) => /\.(ts|sql)$/.test(x)).sort()) h.update(readFileSync(join(dir, f)))
  }
  return h.digest('hex').slice(0, 8)
}

function buildDatabase (size: number): string {
  const tag = `${size}-s${seed}-${codeVersion()}`
  const seedDir = join(DATA, `seed-${tag}`)
  const db = join(DATA, `claims-${tag}.db`)
  if (!existsSync(db)) {
    if (!existsSync(seedDir)) generate({ claims: size, seed, out: seedDir })
    const t0 = performance.now()
    execFileSync(node, ['--max-old-space-size=16384', '--import', 'tsx', 'src/seed/cli.ts', '--seed-dir', seedDir, '--db', db], { stdio: smoke ? 'ignore' : 'inherit' })
    const ms = performance.now() - t0
    builds.push({ size, ms: Math.round(ms), claimsPerSecond: Math.round(size / (ms / 1000)), bytes: readFileSync(db).length })
  }
  return db
}

let nextPort = 4100
async function start (name: string, args: string[], env: Record<string, string>, ready: string, cwd = '.'): Promise<{ child: ChildProcess, url: string }> {
  const port = Number(env.PORT ?? nextPort++)
  const child = spawn(args[0]!, args.slice(1), { cwd, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] })
  let err = ''
  child.stderr?.on('data', (d: Buffer) => { err += d.toString() })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${err.slice(-500)}`)
    try { if ((await fetch(url + ready)).status < 500) return { child, url } } catch {}
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`${name} did not start: ${err.slice(-500)}`) }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function peakRss (child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
  } catch { return 0 }
}

async function stop (child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
  if (child.exitCode === null) child.kill('SIGKILL')
}

/** Loads one URL set (rotated through) for `duration` seconds. */
async function load (size: number, server: string, query: string, base: string, paths: string[], headers: Record<string, string> = {}, conns = connections) {
  let i = 0
  const result = await autocannon({
    url: base,
    connections: conns,
    duration,
    headers,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }]
  })
  const row = {
    size,
    server,
    query,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx - (headers['if-none-match'] !== undefined ? result['3xx'] ?? 0 : 0)
  }
  rows.push(row)
  console.log(`  ${server.padEnd(12)} ${query.padEnd(22)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms${row.errors + row.non2xx > 0 ? `  errors ${row.errors} non2xx ${row.non2xx}` : ''}`)
}

function targets (dbPath: string) {
  const db = new Database(dbPath, { readonly: true })
  const ids = (db.prepare('SELECT id FROM claims ORDER BY random() LIMIT 2000').all() as Array<{ id: string }>).map((r) => r.id)
  const pairs = db.prepare(`SELECT speaker_id AS speaker, certainty, count(*) AS n FROM claims WHERE speaker_id IS NOT NULL
    GROUP BY speaker_id, certainty ORDER BY n DESC LIMIT 50`).all() as Array<{ speaker: string, certainty: string }>
  const total = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
  db.close()
  return { ids, pairs, total }
}

/** A cursor about 90% of the way through the claims (walked with pages of 500). */
async function deepCursor (base: string, total: number): Promise<string | null> {
  let cursor: string | null = null
  const steps = Math.floor((total * 0.9) / 500)
  for (let s = 0; s < steps; s++) {
    const body = await (await fetch(`${base}/v1/claims?limit=500${cursor === null ? '' : `&cursor=${cursor}`}`)).json() as { page: { next: string | null } }
    if (body.page.next === null) break
    cursor = body.page.next
  }
  return cursor
}

const hello = await start('hello', [node, '--import', 'tsx', 'bench/hello.ts'], {}, '/')
if (withPeers) installPeers()
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${availableParallelism()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${duration} s per query, ${connections} connections`)

for (const size of sizes) {
  console.log(`\n== ${size.toLocaleString('en')} claims`)
  const dbPath = buildDatabase(size)
  const t = targets(dbPath)
  const ours = await start('ours', [node, '--import', 'tsx', 'src/server.ts'], { DB_PATH: dbPath, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' }, '/health')
  const claimPaths = t.ids.map((id) => `/v1/claims/${id}`)
  const filtered = t.pairs.map((p) => `/v1/claims?speaker=${p.speaker}&certainty=${p.certainty}&limit=50`)
  const deep = await deepCursor(ours.url, t.total)
  const etag = (await fetch(`${ours.url}${claimPaths[0]}`)).headers.get('etag') ?? ''
  await load(size, 'hello', 'ceiling', hello.url, ['/'])
  await load(size, 'ours', 'claim by id', ours.url, claimPaths)
  await load(size, 'ours', 'filtered list', ours.url, filtered)
  await load(size, 'ours', 'first page', ours.url, ['/v1/claims?limit=50'])
  await load(size, 'ours', 'deep page', ours.url, [deep === null ? '/v1/claims?limit=50' : `/v1/claims?limit=50&cursor=${deep}`])
  await load(size, 'ours', 'search', ours.url, ['guarantee', 'ceasefire', 'sanctions', 'energy', 'border'].map((w) => `/v1/search?q=${w}&limit=50`))
  await load(size, 'ours', 'list with include', ours.url, ['/v1/claims?limit=50&include=speaker,subjects,events'])
  await load(size, 'ours', '304 revalidation', ours.url, [claimPaths[0]!], { 'if-none-match': etag })
  await load(size, 'ours', 'ndjson export', ours.url, [`/v1/claims?speaker=${t.pairs[t.pairs.length - 1]?.speaker ?? 'none'}&format=ndjson`], {}, 4)
  memory.push({ size, server: 'ours', peakRssMiB: peakRss(ours.child) })
  await stop(ours.child)

  if (withPeers) {
    const dir = join(DATA, `peers-${size}`)
    try {
      const port = nextPort++
      const config = platformaticCopy(dbPath, dir, port)
      const plt = await start('platformatic', [node, join(PEERS_DIR, 'node_modules', '@platformatic', 'db', 'db.mjs'), 'start', '-c', config], { PORT: String(port) }, '/claims?limit=1')
      await load(size, 'platformatic', 'claim by id', plt.url, t.ids.map((id) => `/claims/${id}`))
      await load(size, 'platformatic', 'filtered list', plt.url, t.pairs.map((p) => `/claims?where.speakerId.eq=${p.speaker}&where.certainty.eq=${p.certainty}&orderby.seq=asc&limit=50`))
      await load(size, 'platformatic', 'first page', plt.url, ['/claims?orderby.seq=asc&limit=50'])
      await load(size, 'platformatic', 'deep page', plt.url, [`/claims?orderby.seq=asc&limit=50&offset=${Math.floor(t.total * 0.9)}`])
      await load(size, 'platformatic', 'search', plt.url, ['guarantee', 'ceasefire', 'sanctions', 'energy', 'border'].map((w) => `/claims?where.text.like=%25${w}%25&limit=50`))
      memory.push({ size, server: 'platformatic', peakRssMiB: peakRss(plt.child) })
      await stop(plt.child)
    } catch (err) { console.log(`  platformatic: ${(err as Error).message.split('\n')[0]}`) }
    try {
      const file = jsonServerCopy(dbPath, dir)
      const js = await start('json-server', [node, '--max-old-space-size=16384', join(PEERS_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'), '--host', '127.0.0.1', '--port', String(nextPort), '--quiet', file], { PORT: String(nextPort++) }, '/actors?_limit=1')
      await load(size, 'json-server', 'claim by id', js.url, t.ids.map((id) => `/claims/${id}`))
      await load(size, 'json-server', 'filtered list', js.url, t.pairs.map((p) => `/claims?speaker=${p.speaker}&certainty=${p.certainty}&_limit=50`))
      await load(size, 'json-server', 'first page', js.url, ['/claims?_page=1&_limit=50'])
      await load(size, 'json-server', 'deep page', js.url, [`/claims?_page=${Math.floor((t.total * 0.9) / 50)}&_limit=50`])
      await load(size, 'json-server', 'search', js.url, ['guarantee', 'ceasefire', 'sanctions', 'energy', 'border'].map((w) => `/claims?q=${w}&_limit=50`))
      const jsTag = (await fetch(`${js.url}/claims/${t.ids[0]}`)).headers.get('etag') ?? ''
      await load(size, 'json-server', '304 revalidation', js.url, [`/claims/${t.ids[0]}`], { 'if-none-match': jsTag })
      memory.push({ size, server: 'json-server', peakRssMiB: peakRss(js.child) })
      await stop(js.child)
    } catch (err) { console.log(`  json-server: ${(err as Error).message.split('\n')[0]}`) }
  }
}
await stop(hello.child)

// the tables, with ratios measured in this run
const lines: string[] = []
for (const size of sizes) {
  const at = rows.filter((r) => r.size === size)
  const ceiling = at.find((r) => r.server === 'hello')?.rps ?? 0
  const peer = (server: string, query: string) => at.find((r) => r.server === server && r.query === query)
  lines.push(`\n### ${size.toLocaleString('en')} claims\n`, '| query | ours req/s | p50 ms | p99 ms | × ceiling | Platformatic req/s | ours ÷ Platformatic | json-server req/s | ours ÷ json-server |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  lines.push(`| hello-world ceiling | ${ceiling} | ${peer('hello', 'ceiling')?.p50} | ${peer('hello', 'ceiling')?.p99} | 1.00 | | | | |`)
  for (const r of at.filter((x) => x.server === 'ours')) {
    const p = peer('platformatic', r.query)
    const j = peer('json-server', r.query)
    const ratio = (o?: Row) => (o === undefined || o.rps === 0 ? 'n/a' : (r.rps / o.rps).toFixed(2))
    lines.push(`| ${r.query} | ${r.rps} | ${r.p50} | ${r.p99} | ${(r.rps / ceiling).toFixed(2)} | ${p?.rps ?? 'n/a'} | ${ratio(p)} | ${j?.rps ?? 'n/a'} | ${ratio(j)} |`)
  }
}
lines.push('\n### Seed builds (this run)\n', '| claims | build s | claims/s | database MiB |', '| ---: | ---: | ---: | ---: |')
for (const b of builds) lines.push(`| ${b.size.toLocaleString('en')} | ${(b.ms / 1000).toFixed(1)} | ${b.claimsPerSecond} | ${(b.bytes / 2 ** 20).toFixed(1)} |`)
lines.push('\n### Peak server memory (VmHWM)\n', '| claims | server | MiB |', '| ---: | --- | ---: |')
for (const m of memory) lines.push(`| ${m.size.toLocaleString('en')} | ${m.server} | ${m.peakRssMiB} |`)
console.log(lines.join('\n'))
mkdirSync(join('bench', 'results'), { recursive: true })
writeFileSync(join('bench', 'results', smoke ? 'smoke.json' : 'latest.json'), JSON.stringify({ rows, builds, memory, duration, connections }, null, 2))
writeFileSync(join('bench', 'results', smoke ? 'smoke.md' : 'latest.md'), lines.join('\n') + '\n')
const failures = rows.filter((r) => r.server === 'ours' && (r.errors > 0 || r.non2xx > 0))
if (failures.length > 0) { console.error(`errors in: ${failures.map((f) => f.query).join(', ')}`); process.exitCode = 1 }
