import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { runSeed } from '../src/seed/pipeline.js'
import { makeRelease } from '../src/deploy/release.js'
import { freePort } from '../src/deploy/replica.js'
import { Supervisor } from '../src/deploy/supervisor.js'

// npm run bench:replicas [-- --duration 10 --connections 32]
// The figures docs/DEPLOY.md sizes a deployment from: one replica (one server process on a
// release of the real seed) loaded directly, then the same replica through nginx, for an
// answer nginx serves from its cache and for one it must proxy (/health, no-cache).

const { values: opts } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } }, strict: true })
const duration = Number(opts.duration)
const connections = Number(opts.connections)

const dir = mkdtempSync(join(tmpdir(), 'bench-replicas-'))
const db = join(dir, 'claims.db')
runSeed({ seedDir: 'seed', dbPath: db })
const release = makeRelease(db, join(dir, 'releases'))
const supervisor = new Supervisor({ count: 1, port: await freePort(), env: { RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' }, nginxWorkers: 1, log: () => {} })
await supervisor.start(release)
const replica = `http://127.0.0.1:${supervisor.current.ports[0]!}`

const rows: string[] = []
async function measure (label: string, url: string) {
  await autocannon({ url, connections, duration: 2 }) // warm: JIT, the replica's and nginx's caches
  const r = await autocannon({ url, connections, duration })
  const failed = r.errors + r.timeouts + r.non2xx
  rows.push(`| ${label} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} | ${r.latency.p99} | ${failed} |`)
}
const load = loadavg()[0]!.toFixed(2)
try {
  const page = '/v1/claims?limit=20'
  await measure(`one replica, direct: \`${page}\``, `${replica}${page}`)
  await measure(`through nginx, cached: \`${page}\``, `${supervisor.url}${page}`)
  await measure('one replica, direct: `/health`', `${replica}/health`)
  await measure('through nginx, proxied: `/health` (no-cache)', `${supervisor.url}/health`)
} finally {
  await supervisor.stop()
  rmSync(dir, { recursive: true, force: true })
}
console.log(`${new Date().toISOString()}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
  `autocannon ${connections} connections × ${duration} s after a 2 s warm-up, on the same cores; nginx 1 worker; 1-minute load average at start ${load}\n`)
console.log('| target | req/s | p50 ms | p99 ms | failed |\n| --- | ---: | ---: | ---: | ---: |')
console.log(rows.join('\n'))
