import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from '../../bench/generate.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { buildApp } from '../../src/app.js'
import { startServer } from '../helpers/server.js'

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('a seed killed with SIGKILL part-way', () => {
  let dir: string
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kill-')) })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('leaves the previous database intact and usable', async () => {
    const dbPath = join(dir, 'claims.db')
    runSeed({ seedDir: 'seed', dbPath })
    const before = sha(dbPath)
    // a corpus big enough that the build is still writing when it is killed
    const big = join(dir, 'big-seed')
    generate({ claims: 6000, seed: 7, out: big })
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/seed/cli.ts', '--seed-dir', big, '--db', dbPath], { stdio: 'ignore' })
    const tmp = `${dbPath}.tmp-${child.pid}`
    const deadline = Date.now() + 60_000
    while (!existsSync(tmp) && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(existsSync(tmp), 'the build never reached its write stage').toBe(true)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))

    expect(sha(dbPath)).toBe(before)
    const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    const res = await app.inject('/v1/claims?limit=1')
    expect(res.statusCode).toBe(200)
    await app.close()
    // the next build clears the dead build's temporary file
    runSeed({ seedDir: 'test/fixtures/mini', dbPath })
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([])
  }, 120_000)
})

describe('SIGTERM', () => {
  it('lets an in-flight response finish, then exits 0', async () => {
    const server = await startServer()
    const res = await fetch(`${server.url}/v1/claims?format=ndjson`)
    const reader = res.body!.getReader()
    const first = await reader.read() // the response has started streaming
    const stopping = server.stop()
    let body = new TextDecoder().decode(first.value)
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      body += new TextDecoder().decode(value)
    }
    expect(await stopping).toBe(0)
    const lines = body.trim().split('\n')
    expect(lines.length).toBeGreaterThan(10)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  }, 60_000)
})
