import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../dev/process.js'

// `npm run load`, shortened: the server under a sustained mix of every kind of request from
// thousands of client addresses answers each one with a 2xx or a 304 and exits cleanly on
// SIGTERM. The memory verdicts need the full minute and are left to `npm run load` itself.

const dir = mkdtempSync(join(tmpdir(), 'load-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run load', () => {
  it('answers every request of the mix with a 2xx or a 304, then exits 0 on SIGTERM', async () => {
    const out = join(dir, 'report.json')
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/load.ts', '--duration', '10', '--connections', '4', '--out', out], { cwd: ROOT, maxBuffer: 1 << 24 }).catch(() => undefined)
    const report = JSON.parse(readFileSync(out, 'utf8')) as { requests: number, errors: number, otherThan2xxOr304: number, serverExitCode: number | null, statuses: Record<string, number> }
    expect(report.requests).toBeGreaterThan(0)
    expect(report.errors).toBe(0)
    expect(report.otherThan2xxOr304, JSON.stringify(report.statuses)).toBe(0)
    expect(report.serverExitCode).toBe(0)
  }, 300_000)
})
