import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from '../../dev/process.js'

// `npm run load` at a small scale: a real server with two workers under load for a few
// seconds while its database changes 13 times (ten commits adding claims, two deleting,
// one full rebuild renamed over the file). No error, no answer but 2xx/304 and the
// documented 410s; every answer's version is one the database had and agrees with its
// body; every change is served; at the end every worker serves the last version.

it('serves through ten commits, two deletions and a rebuild with no failed request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'load-growth-'))
  const out = join(dir, 'report.json')
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/load.ts', '--duration', '5', '--connections', '6', '--clients', '200',
      '--workers', '2', '--changes', '13', '--memory', 'skip', '--idle', '0', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 })
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.errors, run.stdout + run.stderr).toBe(0)
    expect(report.otherThan2xxOr304).toBe(0)
    for (const code of Object.keys(report.statuses)) expect(['200', '304', '410']).toContain(code)
    expect(Object.keys(report.growth.gone).every((type) => type === '/problems/cursor-stale')).toBe(true)
    expect(report.growth.changes).toHaveLength(13)
    expect(report.growth.changes.map((c: { kind: string }) => c.kind).sort()).toEqual([...Array(10).fill('add'), 'delete', 'delete', 'rebuild'])
    expect(report.growth.unknownVersions).toEqual([])
    expect(report.growth.mismatches).toEqual([])
    expect(report.growth.pickedUp).toBe(true)
    expect(report.growth.servedAtTheEnd).toEqual([report.growth.lastVersion])
    expect(report.serverExitCode).toBe(0)
    expect(report.pass).toBe(true)
    expect(run.status).toBe(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 180_000)
