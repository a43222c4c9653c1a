import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { runSeed } from '../../src/seed/pipeline.js'
import { MINI_SEED, REAL_SEED } from '../helpers/seed.js'
import { freePort } from '../../dev/process.js'
import { startGate, type Gate } from './gate.js'

// `npm run pull` as a user runs it, against real server processes behind a gate that holds
// the export half-way: the server killed, restarted, or rebuilt with another
// dataset under it; Ctrl-C; a full disk; a damaged checkpoint. Each ends with a named
// message, and the state it leaves either resumes to the complete result or starts clean.
// Slow (server processes started again and again): run by `npm run test:full`.

const ROOT = join(import.meta.dirname, '..', '..')
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })
let dir: string
let dbPath: string
let expected: string[]
let exportBytes: number
const servers: ChildProcess[] = []
const gates: Gate[] = []
// a server start takes seconds (tens on a busy machine): one serves every test that does not stop it
let live: { url: string, child: ChildProcess } | null = null
async function liveServer () {
  if (live === null || live.child.exitCode !== null || live.child.signalCode !== null) live = await serve()
  return live
}

async function serve (): Promise<{ url: string, child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', WORKERS: '1' },
    stdio: 'ignore'
  })
  servers.push(child)
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 120_000; ;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { url, child }
    if (Date.now() > deadline) throw new Error('the server did not start in 120 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function kill (child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

interface Run { child: ChildProcess, done: Promise<{ code: number | null, stderr: string }> }
function runPull (args: string[]): Run {
  const child = spawn(process.execPath, ['client/bin/pull.js', '--quiet', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString() })
  return { child, done: new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr }))) }
}

const idsIn = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { id: string }).id)
const saved = (checkpoint: string) => (JSON.parse(readFileSync(checkpoint, 'utf8')) as { items: number }).items
let n = 0
function files () {
  const out = join(dir, `claims-${++n}.ndjson`)
  return { out, checkpoint: `${out}.checkpoint` }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pull-faults-'))
  dbPath = join(dir, 'claims.db')
  runSeed({ seedDir: REAL_SEED, dbPath })
  const { url } = await liveServer()
  const page = await (await fetch(`${url}/v1/claims?limit=500`)).json() as { data: Array<{ id: string }> }
  expected = page.data.map((c) => c.id)
  exportBytes = (await (await fetch(`${url}/v1/claims?format=ndjson`)).arrayBuffer()).byteLength
})
afterEach(async () => {
  for (const gate of gates.splice(0)) await gate.close()
})
afterAll(async () => {
  for (const child of servers.splice(0)) await kill(child)
  rmSync(dir, { recursive: true, force: true })
})

/** A server behind a gate, and a pull (5 claims a batch) whose export is held half-way, with claims saved. */
async function pullStoppedMidExport (retries = 2) {
  const server = await liveServer()
  const gate = await startGate(server.url)
  gates.push(gate)
  const f = files()
  const args = ['claims', '--base', gate.url, '--out', f.out, '--page-size', '5', '--retries', String(retries)]
  gate.holdBodyAfter(Math.floor(exportBytes / 2))
  const run = runPull(args)
  for (const deadline = Date.now() + 120_000; !(existsSync(f.checkpoint) && saved(f.checkpoint) >= 10);) {
    if (Date.now() > deadline) throw new Error('the pull saved nothing in 120 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await new Promise((resolve) => setTimeout(resolve, 300)) // the stream is held: nothing more arrives
  const atStop = saved(f.checkpoint)
  expect(atStop).toBeLessThan(expected.length)
  return { server, gate, run, args, atStop, ...f }
}

describe('npm run pull, when the server dies mid-pull', () => {
  it('gives up with ServerUnreachable after its retries, then resumes on the restarted server with no duplicate and no gap', async () => {
    const { server, gate, run, args, out, checkpoint, atStop } = await pullStoppedMidExport()
    await kill(server.child)
    gate.cut()
    const first = await run.done
    expect(first.code).toBe(1)
    expect(first.stderr).toMatch(new RegExp(`pull: ServerUnreachable: .*${atStop} items are saved.*Run the same command again to resume`, 's'))
    expect(saved(checkpoint)).toBe(atStop)

    gate.upstream = (await liveServer()).url
    const second = await runPull(args).done
    expect(second.code, second.stderr).toBe(0)
    expect(idsIn(out)).toEqual(expected)
    expect(existsSync(checkpoint)).toBe(false)
  })

  it('rides out a server restart within its retries', async () => {
    const { server, gate, run, out } = await pullStoppedMidExport(12)
    await kill(server.child)
    gate.cut() // the pull reopens the export with backoff while the server starts again
    gate.upstream = (await liveServer()).url
    const result = await run.done
    expect(result.code, result.stderr).toBe(0)
    expect(idsIn(out)).toEqual(expected)
  })
})

describe('npm run pull, when the dataset changes mid-pull', () => {
  it('stops with DatasetChanged, keeps refusing to mix versions, and starts clean with --restart', async () => {
    const { server, gate, run, args, out, checkpoint, atStop } = await pullStoppedMidExport(12)
    await kill(server.child)
    gate.cut()
    runSeed({ seedDir: MINI_SEED, dbPath }) // another dataset, built under the same path
    gate.upstream = (await liveServer()).url
    const first = await run.done
    expect(first.code).toBe(1)
    expect(first.stderr).toMatch(new RegExp(`pull: DatasetChanged: .*holds ${atStop} items of version .*--restart`, 's'))
    expect(idsIn(out)).toEqual(expected.slice(0, atStop))

    const again = await runPull(args).done
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/DatasetChanged/)
    expect(idsIn(out)).toEqual(expected.slice(0, atStop))

    const restarted = await runPull([...args, '--restart']).done
    expect(restarted.code, restarted.stderr).toBe(0)
    const mini = await (await fetch(`${gate.url}/v1/claims?limit=500`)).json() as { data: Array<{ id: string }> }
    expect(idsIn(out)).toEqual(mini.data.map((c) => c.id))
    expect(existsSync(checkpoint)).toBe(false)
  })
  afterAll(async () => { // the other tests pull the real seed
    if (live !== null) await kill(live.child)
    runSeed({ seedDir: REAL_SEED, dbPath })
  })
})

describe('npm run pull, interrupted with Ctrl-C', () => {
  it('stops with Interrupted (exit 130) and resumes where it stopped', async () => {
    const { gate, run, args, out, atStop } = await pullStoppedMidExport()
    run.child.kill('SIGINT')
    const first = await run.done
    gate.release()
    expect(first.code).toBe(130)
    expect(first.stderr).toMatch(new RegExp(`pull: Interrupted: .*${atStop} items are saved`))
    const second = await runPull(args).done
    expect(second.code, second.stderr).toBe(0)
    expect(second.stderr).toBe('')
    expect(idsIn(out)).toEqual(expected)
  })
})

describe('npm run pull, on a full disk and with a damaged checkpoint', () => {
  it('stops with DiskFull writing to /dev/full', async () => {
    const server = await liveServer()
    const checkpoint = join(dir, 'dev-full.checkpoint')
    const result = await runPull(['claims', '--base', server.url, '--out', '/dev/full', '--checkpoint', checkpoint]).done
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/pull: DiskFull: no space left on the device writing \/dev\/full; 0 items are saved/)
    expect(saved(checkpoint)).toBe(0)
  })

  it('stops with CorruptCheckpoint and changes nothing, before asking any server', async () => {
    const { out, checkpoint } = files()
    writeFileSync(out, '{"id":"x"}\n')
    writeFileSync(checkpoint, '{"format":"structured-claims-pull/1","req')
    const result = await runPull(['claims', '--base', `http://127.0.0.1:${await freePort()}`, '--out', out]).done
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/pull: CorruptCheckpoint: .*not JSON.*--restart/)
    expect(readFileSync(out, 'utf8')).toBe('{"id":"x"}\n')
    expect(readFileSync(checkpoint, 'utf8')).toBe('{"format":"structured-claims-pull/1","req')
  })
})
