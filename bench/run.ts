import { execFileSync } from 'node:child_process'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../dev/process.js'
import type { BuildInfo } from './build.js'
import { parseSize, sizeLabel } from './paths.js'
import { report, save } from './report.js'
import { emptyResults, type Settings } from './results.js'
import { benchHello, benchJsonServer, benchOurs, benchPlatformatic, installPeers } from './servers.js'
import { targets } from './targets.js'

// npm run bench [-- --sizes 1k,10k,100k,1M] [--duration 5] [--connections 32] [--no-peers]
//               [--seed 1] [--update-docs] [--cold-only] [--smoke]
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
const settings: Settings = {
  sizes: opts.smoke ? [200] : opts.sizes.split(',').map(parseSize),
  duration: opts.smoke ? 1 : Number(opts.duration),
  connections: Number(opts.connections),
  seed: Number(opts.seed),
  smoke: opts.smoke,
  coldOnly: opts['cold-only'],
  withPeers: !opts.smoke && !opts['no-peers']
}
const bench = { settings, results: emptyResults() }

/** One size's corpus, database and peers' copies, built in a child process with a large heap. */
function build (size: number): BuildInfo {
  const out = execFileSync(process.execPath, ['--max-old-space-size=20000', '--import', 'tsx', join('bench', 'build.ts'), String(size), String(settings.seed)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', settings.smoke ? 'ignore' : 'inherit'], maxBuffer: 1 << 24 })
  return JSON.parse(out.trim().split('\n').at(-1)!) as BuildInfo
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`
console.log(`machine: ${machine}\n${settings.duration} s per query at ${settings.connections} connections (exports: 1 connection, a fixed number of requests)`)
if (settings.withPeers) installPeers()
const started = new Date()

for (const size of settings.sizes) {
  console.log(`\n== ${size.toLocaleString('en')} claims`)
  const info = build(size)
  bench.results.loads.set(size, loadavg()[0]!)
  console.log(`  load average before the servers start: ${loadavg()[0]!.toFixed(2)} (other work on this machine skews every figure)`)
  bench.results.builds.push({ size, seedMs: info.seedMs, claims: info.claims, counts: info.seedCounts, dbMiB: info.dbBytes / 2 ** 20, corpusMiB: info.corpus.bytes / 2 ** 20, generateMs: info.corpus.ms })
  const t = targets(info.dbPath)
  await benchHello(bench, size)
  await benchOurs(bench, size, info, t)
  if (settings.withPeers && !settings.coldOnly) {
    await benchPlatformatic(bench, size, info, t)
    await benchJsonServer(bench, size, info, t)
  }
}

const table = report(bench.results, settings, machine, started)
console.log(`\n${table}`)
const { rows, colds, builds, memory } = bench.results
const { duration, connections, sizes } = settings
save(settings.smoke ? 'smoke' : settings.coldOnly ? 'cold' : 'latest', table, { machine, started, duration, connections, sizes, rows, colds, builds, memory }, opts['update-docs'] && !settings.smoke)
const failures = rows.filter((r) => r.server === 'ours' && r.note === undefined && (r.errors > 0 || r.unexpected > 0))
if (failures.length > 0) { console.error(`errors in: ${failures.map((f) => `${sizeLabel(f.size)} ${f.query}`).join(', ')}`); process.exitCode = 1 }
