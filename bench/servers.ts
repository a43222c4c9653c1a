import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { freePort, SERVER_COMMAND, spawnServer, type ServerProcess, type SpawnOptions } from '../dev/process.js'
import type { BuildInfo } from './build.js'
import { coldPass } from './cold.js'
import { exportAmount, load } from './measure.js'
import { PEERS_DIR } from './paths.js'
import { QUERIES } from './queries.js'
import { skip, type Results, type Server, type Settings } from './results.js'
import { deepCursor, type Targets } from './targets.js'

// Each server the bench compares, started as a child process, loaded query by query with
// the same targets, and stopped (its peak memory recorded).

interface Bench { settings: Settings, results: Results }
const node = process.execPath
const HEAP = '--max-old-space-size=20000'

/** Starts a server; when it does not start, records every query as not measured and returns null. */
async function started (bench: Bench, size: number, server: Server, options: SpawnOptions): Promise<ServerProcess | null> {
  try {
    return await spawnServer({ timeoutMs: 300_000, name: server, ...options })
  } catch (err) {
    for (const q of QUERIES) skip(bench.results, size, server, q, `did not start: ${lastLines((err as Error).message)}`)
    return null
  }
}

/** The last lines of a failure worth reading: no stack frames, no lone braces. */
const lastLines = (s: string) => s.trim().split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^\s*[{}]\s*$/.test(l)).slice(-3).join(' / ').slice(0, 300)

/** Records the server's peak resident memory (Linux: /proc), then stops it. */
async function stopped (bench: Bench, size: number, server: Server, running: ServerProcess): Promise<void> {
  let peakRssMiB = 0
  try {
    peakRssMiB = Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${running.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024)
  } catch {}
  bench.results.memory.push({ size, server, peakRssMiB })
  await running.stop()
}

/** The ceiling: Fastify's hello world on this machine. */
export async function benchHello (bench: Bench, size: number): Promise<void> {
  const hello = await started(bench, size, 'hello', { command: [node, '--import', 'tsx', join('bench', 'hello.ts')], ready: '/' })
  if (hello === null) return
  try { await load(bench, size, 'hello', 'ceiling', hello.url, { paths: ['/'] }) } finally { await stopped(bench, size, 'hello', hello) }
}

export async function benchOurs (bench: Bench, size: number, info: BuildInfo, t: Targets): Promise<void> {
  const { results } = bench
  const ours = await started(bench, size, 'ours', { command: SERVER_COMMAND, env: { DB_PATH: info.dbPath, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' } })
  if (ours === null) { process.exitCode = 1; return }
  try {
    await coldPass(results, size, ours.url, info.dbPath, t)
    if (bench.settings.coldOnly) return
    const claimPaths = t.ids.map((id) => `/v1/claims/${id}`)
    const deep = await deepCursor(ours.url, t.total)
    const etag = (await fetch(`${ours.url}${claimPaths[0]!}`)).headers.get('etag')
    await load(bench, size, 'ours', 'claim by id', ours.url, { paths: claimPaths })
    await load(bench, size, 'ours', 'filtered list', ours.url, { paths: t.pairs.map((p) => `/v1/claims?speaker=${p.speaker}&certainty=${p.certainty}&limit=50`) })
    await load(bench, size, 'ours', 'first page', ours.url, { paths: ['/v1/claims?limit=50'] })
    if (deep === null) skip(results, size, 'ours', 'deep page', 'too few claims for a deep page')
    else await load(bench, size, 'ours', 'deep page', ours.url, { paths: [`/v1/claims?limit=50&cursor=${encodeURIComponent(deep)}`] })
    await load(bench, size, 'ours', 'search (rare name)', ours.url, { paths: t.rareNames.map((w) => `/v1/search?q=${encodeURIComponent(w)}&limit=50`) })
    await load(bench, size, 'ours', 'search (common word)', ours.url, { paths: t.commonWords.map((w) => `/v1/search?q=${w}&limit=50`) })
    await load(bench, size, 'ours', 'list with include', ours.url, { paths: ['/v1/claims?limit=50&include=speaker'] })
    if (etag === null) skip(results, size, 'ours', '304 revalidation', 'no ETag')
    else await load(bench, size, 'ours', '304 revalidation', ours.url, { paths: [claimPaths[0]!], headers: { 'if-none-match': etag }, expect: 304 })
    await load(bench, size, 'ours', 'ndjson export', ours.url, { paths: ['/v1/claims?format=ndjson'], connections: 1, amount: exportAmount(size) })
  } finally {
    await stopped(bench, size, 'ours', ours)
  }
}

/** Installs Platformatic DB and json-server into bench/peers once (npm registry only). */
export function installPeers (): void {
  if (existsSync(join(PEERS_DIR, 'node_modules', '@platformatic', 'db', 'db.mjs')) && existsSync(join(PEERS_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'))) return
  console.log('installing the peers into bench/peers (npm registry only; better-sqlite3 compiles, a few minutes)…')
  execFileSync('npm', [existsSync(join(PEERS_DIR, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: PEERS_DIR, stdio: 'inherit' })
}

export async function benchPlatformatic (bench: Bench, size: number, info: BuildInfo, t: Targets): Promise<void> {
  const { results } = bench
  const port = await freePort()
  const config = join(info.dir, 'platformatic.json')
  writeFileSync(config, JSON.stringify({
    server: { hostname: '127.0.0.1', port, logger: { level: 'warn' } },
    db: { connectionString: `sqlite://${resolve(info.peers.pltDb)}`, graphql: true, openapi: true, limit: { default: 50, max: Math.max(1000, t.total) } },
    watch: false
  }, null, 2))
  const plt = await started(bench, size, 'platformatic', { command: [node, HEAP, join(PEERS_DIR, 'node_modules', '@platformatic', 'db', 'db.mjs'), 'start', '-c', config], env: { PORT: String(port) }, ready: '/claims?limit=1' })
  if (plt === null) return
  try {
    const order = 'orderby.seq=asc'
    await load(bench, size, 'platformatic', 'claim by id', plt.url, { paths: t.ids.map((id) => `/claims/${id}`) })
    await load(bench, size, 'platformatic', 'filtered list', plt.url, { paths: t.pairs.map((p) => `/claims?where.speakerId.eq=${p.speaker}&where.certainty.eq=${p.certainty}&${order}&limit=50`) })
    await load(bench, size, 'platformatic', 'first page', plt.url, { paths: [`/claims?${order}&limit=50`] })
    await load(bench, size, 'platformatic', 'deep page', plt.url, { paths: [`/claims?${order}&limit=50&offset=${t.deepSeq}`] })
    await load(bench, size, 'platformatic', 'search (rare name)', plt.url, { paths: t.rareNames.map((w) => `/claims?where.text.like=${encodeURIComponent(`%${w}%`)}&limit=50`) })
    await load(bench, size, 'platformatic', 'search (common word)', plt.url, { paths: t.commonWords.map((w) => `/claims?where.text.like=${encodeURIComponent(`%${w}%`)}&limit=50`) })
    const gql = JSON.stringify({ query: '{ claims(limit: 50, orderBy: [{ field: seq, direction: ASC }]) { id seq text kind sourceKind cue certainty polarity doc article { id } speaker { id name kind doc } } }' })
    const probe = await fetch(`${plt.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gql })
    if (probe.ok && !(await probe.text()).includes('"errors"')) await load(bench, size, 'platformatic', 'list with include', plt.url, { paths: ['/graphql'], method: 'POST', body: gql })
    else skip(results, size, 'platformatic', 'list with include', `GraphQL query refused (${probe.status})`)
    const etag = (await fetch(`${plt.url}/claims/${t.ids[0]!}`)).headers.get('etag')
    if (etag === null) skip(results, size, 'platformatic', '304 revalidation', 'sends no ETag')
    else await load(bench, size, 'platformatic', '304 revalidation', plt.url, { paths: [`/claims/${t.ids[0]!}`], headers: { 'if-none-match': etag }, expect: 304 })
    await load(bench, size, 'platformatic', 'ndjson export', plt.url, { paths: [`/claims?${order}&limit=${t.total}`], connections: 1, amount: exportAmount(size) })
  } finally {
    await stopped(bench, size, 'platformatic', plt)
  }
}

export async function benchJsonServer (bench: Bench, size: number, info: BuildInfo, t: Targets): Promise<void> {
  const { results } = bench
  const port = await freePort()
  const js = await started(bench, size, 'json-server', { command: [node, HEAP, join(PEERS_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'), '--host', '127.0.0.1', '--port', String(port), '--quiet', '--read-only', info.peers.jsonDb], env: { PORT: String(port) }, ready: '/articles?_limit=1' })
  if (js === null) return
  try {
    await load(bench, size, 'json-server', 'claim by id', js.url, { paths: t.ids.map((id) => `/claims/${id}`) })
    await load(bench, size, 'json-server', 'filtered list', js.url, { paths: t.pairs.map((p) => `/claims?speaker=${p.speaker}&certainty=${p.certainty}&_limit=50`) })
    await load(bench, size, 'json-server', 'first page', js.url, { paths: ['/claims?_page=1&_limit=50'] })
    await load(bench, size, 'json-server', 'deep page', js.url, { paths: [`/claims?_page=${Math.floor(t.deepSeq / 50) + 1}&_limit=50`] })
    await load(bench, size, 'json-server', 'search (rare name)', js.url, { paths: t.rareNames.map((w) => `/claims?q=${encodeURIComponent(w)}&_limit=50`) })
    await load(bench, size, 'json-server', 'search (common word)', js.url, { paths: t.commonWords.map((w) => `/claims?q=${w}&_limit=50`) })
    await load(bench, size, 'json-server', 'list with include', js.url, { paths: ['/claims?_page=1&_limit=50&_expand=actor'] })
    const etag = (await fetch(`${js.url}/claims/${t.ids[0]!}`)).headers.get('etag')
    if (etag === null) skip(results, size, 'json-server', '304 revalidation', 'sends no ETag')
    else await load(bench, size, 'json-server', '304 revalidation', js.url, { paths: [`/claims/${t.ids[0]!}`], headers: { 'if-none-match': etag }, expect: 304 })
    await load(bench, size, 'json-server', 'ndjson export', js.url, { paths: ['/claims'], connections: 1, amount: exportAmount(size) })
  } finally {
    await stopped(bench, size, 'json-server', js)
  }
}
