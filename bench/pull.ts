import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateCorpus } from './corpus.js'
import { corpusDir, DATA_DIR, datasetCodeVersion, parseSize, sizeLabel } from './paths.js'
import { freePort, ROOT } from '../dev/process.js'
import { runSeed } from '../src/seed/pipeline.js'

// npm run bench:pull -- [--claims 100k] [--runs 3] [--compare DIR]
// The pull command against curl on the same server: curl downloads the raw NDJSON export
// (the floor: one streamed response, nothing parsed), the pull pulls the same claims to a
// file with its checks and checkpoints. Prints each run, the medians, the ratio (target at
// most 1.3) and the pull's peak RSS (target under 150 MB). Both run as processes started the
// same way each time; the pull is timed as the node process `npm run pull` starts (npm's own
// start-up, about half a second, is left out of both). --compare DIR also times the pull
// command of another copy of client/src (e.g. the previous commit's, from git archive) in
// the same runs, as the pull ran before it was bundled: through tsx (DIR is a copy of
// client/src). Besides wall time, each command's CPU time (user + system, from
// /usr/bin/time), which a loaded machine disturbs less. The pull's first start after a change
// to its sources makes its bundle (client/bin/pull.js): timed once before the runs, apart.

const { values } = parseArgs({ options: { claims: { type: 'string', default: '100k' }, runs: { type: 'string', default: '3' }, compare: { type: 'string' } } })
const claims = parseSize(values.claims)
const runs = Number(values.runs)

function database (): string {
  const corpus = corpusDir(claims, 1)
  if (!existsSync(join(corpus, 'corpus.json'))) {
    console.log(`generating a corpus of ${sizeLabel(claims)} claims…`)
    generateCorpus({ claims, seed: 1, out: corpus, format: 'json' })
  }
  const dir = join(DATA_DIR, `pull-${sizeLabel(claims)}-s1-${datasetCodeVersion()}`)
  const dbPath = join(dir, 'claims.db')
  if (!existsSync(dbPath)) {
    console.log('building its database…')
    mkdirSync(dir, { recursive: true })
    runSeed({ seedDir: corpus, dbPath })
  }
  return dbPath
}

async function serve (dbPath: string): Promise<{ url: string, child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT, stdio: 'ignore', env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' }
  })
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { url, child }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('the server did not start in 300 s')
}

/** Runs a command under /usr/bin/time: wall seconds, CPU seconds and peak RSS in MiB. */
async function timed (args: string[]): Promise<{ seconds: number, cpu: number, rssMiB: number }> {
  const started = performance.now()
  const child = spawn('/usr/bin/time', ['-f', '%U %S %M', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let err = ''
  child.stderr?.on('data', (d: Buffer) => { err += d.toString() })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}: ${err.slice(-500)}`)
  const [user, system, rss] = err.trim().split('\n').at(-1)!.split(' ').map(Number)
  return { seconds, cpu: user! + system!, rssMiB: rss! / 1024 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const dbPath = database()
const server = await serve(dbPath)
const work = mkdtempSync(join(tmpdir(), 'bench-pull-'))
try {
  const total = ((await (await fetch(`${server.url}/v1/claims?limit=1`)).json()) as { page: { total: number } }).page.total
  console.log(`${total} claims, server ${server.url}`)
  const curl = ['curl', '-sS', '--fail', '-o', join(work, 'curl.ndjson'), `${server.url}/v1/claims?format=ndjson`]
  await timed(curl) // warms the server and the page cache for both
  const curlRuns: number[] = []
  type Pull = { src: string, command: string[], wall: number[], cpu: number[], rss: number[] }
  const pulls: Record<string, Pull> = { pull: { src: 'client/bin/pull.js', command: [process.execPath, join('client', 'bin', 'pull.js')], wall: [], cpu: [], rss: [] } }
  if (values.compare !== undefined) pulls.compared = { src: values.compare, command: [process.execPath, '--import', 'tsx', join(values.compare, 'pull', 'cli.ts')], wall: [], cpu: [], rss: [] }
  // the first start after a change makes the bundle: once, apart (a fresh cache each time the script runs)
  rmSync(join(ROOT, 'node_modules', '.cache', 'structured-claims-pull'), { recursive: true, force: true })
  const first = await timed([...pulls.pull!.command, 'claims', '--base', server.url, '--out', join(work, 'first.ndjson'), '--quiet'])
  console.log(`first pull, making the bundle: ${first.seconds.toFixed(2)} s (cpu ${first.cpu.toFixed(2)} s)`)
  for (let i = 0; i < runs; i++) {
    const c = await timed(curl)
    curlRuns.push(c.seconds)
    const line = [`run ${i + 1}: curl ${c.seconds.toFixed(2)} s (cpu ${c.cpu.toFixed(2)} s, ${(statSync(join(work, 'curl.ndjson')).size / 2 ** 20).toFixed(0)} MiB)`]
    for (const [name, p] of Object.entries(pulls)) {
      const out = join(work, `${name}.ndjson`)
      rmSync(out, { force: true })
      const r = await timed([...p.command, 'claims', '--base', server.url, '--out', out, '--quiet'])
      if (statSync(out).size !== statSync(join(work, 'curl.ndjson')).size) throw new Error(`${name}: the pulled file differs in size from curl's`)
      p.wall.push(r.seconds)
      p.cpu.push(r.cpu)
      p.rss.push(r.rssMiB)
      line.push(`${name} ${r.seconds.toFixed(2)} s (cpu ${r.cpu.toFixed(2)} s, peak RSS ${r.rssMiB.toFixed(0)} MiB)`)
    }
    console.log(line.join(', '))
  }
  for (const [name, p] of Object.entries(pulls)) {
    const ratio = median(p.wall) / median(curlRuns)
    console.log(`median ${name} (${p.src}): curl ${median(curlRuns).toFixed(2)} s, ${name} ${median(p.wall).toFixed(2)} s, ratio ${ratio.toFixed(2)} (target ≤ 1.3), cpu ${median(p.cpu).toFixed(2)} s, peak RSS ${Math.max(...p.rss).toFixed(0)} MiB (target < 150)`)
  }
} finally {
  server.child.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
