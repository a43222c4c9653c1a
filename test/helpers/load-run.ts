import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { ROOT } from '../../dev/process.js'

/**
 * Runs `npm run load` (bench/load.ts) against a real server with two workers while its
 * database changes `changes` times as a deployment changes it (real ingests of texts,
 * deletions of articles ingested, one full rebuild, one release: test/helpers/growth.ts),
 * and checks the run: no error, no answer but 2xx/304 and the documented 410s; every
 * answer's version is one the database had and agrees with its body; every change is
 * served; at the end every worker serves the last version.
 */
export function expectGrowthUnderLoad ({ changes, adds, deletes, duration }: { changes: number, adds: number, deletes: number, duration: number }): void {
  const dir = mkdtempSync(join(tmpdir(), 'load-growth-'))
  const out = join(dir, 'report.json')
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/load.ts', '--duration', String(duration), '--connections', '6', '--clients', '200',
      '--workers', '2', '--changes', String(changes), '--memory', 'skip', '--idle', '0', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 })
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.errors, run.stdout + run.stderr).toBe(0)
    expect(report.otherThan2xxOr304).toBe(0)
    for (const code of Object.keys(report.statuses)) expect(['200', '304', '410']).toContain(code)
    expect(Object.keys(report.growth.gone).every((type) => type === '/problems/cursor-stale')).toBe(true)
    expect(report.growth.changes).toHaveLength(changes)
    expect(report.growth.changes.map((c: { kind: string }) => c.kind).sort()).toEqual([...Array(adds).fill('add'), ...Array(deletes).fill('delete'), 'rebuild', 'release'])
    // each ingest a new version, each deletion one of an article ingested, back to the version before it
    const steps = report.growth.changes as Array<{ kind: string, article?: string, version: string }>
    const versions = [report.dataset.version, ...steps.map((c) => c.version)]
    expect(new Set(steps.filter((c) => c.kind === 'add').map((c) => c.version)).size).toBe(adds)
    for (const [i, c] of steps.entries()) {
      if (c.kind === 'delete') expect(steps.slice(0, i).some((a) => a.kind === 'add' && a.article === c.article)).toBe(true)
      // a rebuild from the seed folder the ingests kept in step, and a release, leave the version as it was
      if (c.kind === 'rebuild' || c.kind === 'release') expect(c.version).toBe(versions[i])
    }
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
}
