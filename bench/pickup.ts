import { mkdtempSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runSeed } from '../src/seed/pipeline.js'
import { spawnServer } from '../dev/process.js'
import { Repository } from '../src/db/repository.js'
import { addClaims, rebuild } from '../test/helpers/growth.js'
import { MINI_SEED, REAL_SEED } from '../test/helpers/seed.js'

// npm run bench:pickup [-- --commits 20 --rebuilds 10 --workers 2]
//
// How long a running server takes to serve a new dataset version, with no load on it:
// after each commit into the live file (claims added, one write transaction) and after
// each rebuilt file renamed over the path (alternately the mini fixture and the real seed,
// so the version changes every time), a cached list is asked on a new connection each
// time (so the cluster's workers answer in turn) until `--workers` × 2 answers in a row
// carry the new version. Reported per kind: the time from the commit (or rename) to the
// first answer of the new version, and to the first of that run of answers (every worker
// serving it), median and max.
//
// Then what following the database costs a request, in CPU time (process.cpuUsage, the
// machine being shared), against the same work without it, in the same run: a detail read
// alone and inside a snapshot (BEGIN, the version, COMMIT: every handler's answer), and the
// check a cached answer makes (PRAGMA data_version).

const { values: args } = parseArgs({ options: { commits: { type: 'string', default: '20' }, rebuilds: { type: 'string', default: '10' }, workers: { type: 'string', default: '2' } } })
const workers = Number(args.workers)
const dir = mkdtempSync(join(tmpdir(), 'pickup-'))
const dbPath = join(dir, 'claims.db')
runSeed({ seedDir: REAL_SEED, dbPath })
const server = await spawnServer({ env: { DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', WORKERS: String(workers) } })
const URL = `${server.url}/v1/claims?limit=1`
const ask = async () => await new Promise<string>((resolve, reject) => {
  get(URL, { agent: false }, (res) => { res.resume(); res.on('end', () => resolve(String(res.headers['dataset-version']))) }).on('error', reject)
})

async function measure (change: () => string): Promise<{ first: number, all: number }> {
  for (let i = 0; i < 4 * workers; i++) await ask() // every worker has the list cached
  const version = change()
  const t0 = performance.now()
  let first = Number.NaN
  let run = 0
  let runStart = 0
  for (;;) {
    const served = await ask()
    const at = performance.now()
    if (served !== version) { run = 0; continue }
    if (Number.isNaN(first)) first = at - t0
    if (run === 0) runStart = at - t0
    if (++run >= 2 * workers) return { first, all: runStart }
  }
}

const kinds = {
  commit: [] as Array<{ first: number, all: number }>,
  rebuild: [] as Array<{ first: number, all: number }>
}
for (let i = 0; i < Number(args.commits); i++) kinds.commit.push(await measure(() => addClaims(dbPath, 3).version))
for (let i = 0; i < Number(args.rebuilds); i++) kinds.rebuild.push(await measure(() => rebuild(dbPath, i % 2 === 0 ? MINI_SEED : REAL_SEED).version))
await server.stop()

const repo = new Repository(new Database(dbPath, { readonly: true, fileMustExist: true }))
const id = (repo.db.prepare('SELECT id FROM claims LIMIT 1').get() as { id: string }).id
const cpu = (fn: () => void, n = 200_000) => {
  for (let i = 0; i < 10_000; i++) fn()
  const t0 = process.cpuUsage()
  for (let i = 0; i < n; i++) fn()
  const used = process.cpuUsage(t0)
  return (used.user + used.system) / n
}
const alone = cpu(() => repo.doc('claims', id))
const inSnapshot = cpu(() => repo.snapshot(() => repo.doc('claims', id)))
const check = cpu(() => repo.refresh())
repo.close()
rmSync(dir, { recursive: true, force: true })

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return { median: Math.round(s[Math.floor(s.length / 2)]!), max: Math.round(s.at(-1)!) }
}
for (const [kind, xs] of Object.entries(kinds)) {
  const first = summary(xs.map((x) => x.first))
  const all = summary(xs.map((x) => x.all))
  console.log(`${kind} (n=${xs.length}, ${workers} worker${workers === 1 ? '' : 's'}): first answer of the new version after median ${first.median} ms, max ${first.max} ms; every worker serving it after median ${all.median} ms, max ${all.max} ms`)
}
console.log(`CPU per call: a claim read alone ${alone.toFixed(2)} µs, inside a snapshot ${inSnapshot.toFixed(2)} µs (×${(inSnapshot / alone).toFixed(2)}, +${(inSnapshot - alone).toFixed(2)} µs a handler's answer); the newest-commit check of a cached answer ${check.toFixed(2)} µs`)
