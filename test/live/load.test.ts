import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from '../../dev/process.js'

// `npm run load` at a small scale: a real server with two workers under load for a few
// seconds while its database changes as a deployment changes it, 14 times: ten real
// ingests (texts extracted as they come), two deletions of articles ingested, one full
// rebuild renamed over the file, one release. No error, no answer but 2xx/304 and the
// documented 410s; every answer's version is one the database had and agrees with its
// body; every change is served; at the end every worker serves the last version.

it('serves through ten ingests, two deletions, a rebuild and a release with no failed request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'load-growth-'))
  const out = join(dir, 'report.json')
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/load.ts', '--duration', '5', '--connections', '6', '--clients', '200',
      '--workers', '2', '--changes', '14', '--memory', 'skip', '--idle', '0', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 })
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.errors, run.stdout + run.stderr).toBe(0)
    expect(report.otherThan2xxOr304).toBe(0)
    for (const code of Object.keys(report.statuses)) expect(['200', '304', '410']).toContain(code)
    expect(Object.keys(report.growth.gone).every((type) => type === '/problems/cursor-stale')).toBe(true)
    expect(report.growth.changes).toHaveLength(14)
    expect(report.growth.changes.map((c: { kind: string }) => c.kind).sort()).toEqual([...Array(10).fill('add'), 'delete', 'delete', 'rebuild', 'release'])
    // each ingest a new version, each deletion one of an article ingested, back to the version before it
    const changes = report.growth.changes as Array<{ kind: string, article?: string, version: string }>
    const versions = [report.dataset.version, ...changes.map((c) => c.version)]
    expect(new Set(changes.filter((c) => c.kind === 'add').map((c) => c.version)).size).toBe(10)
    for (const [i, c] of changes.entries()) {
      if (c.kind === 'delete') expect(changes.slice(0, i).some((a) => a.kind === 'add' && a.article === c.article)).toBe(true)
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
}, 180_000)
