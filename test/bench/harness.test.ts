import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

// The benchmark harness itself, in its smoke mode: a tiny corpus built by the real
// pipeline, our server and the ceiling loaded for a second per query. No timing is
// asserted (machines are shared and noisy): only that it runs and serves without error.

describe('npm run bench -- --smoke', () => {
  it('builds a corpus, loads every query and prints the table with no errors', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], { encoding: 'utf8', timeout: 170_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/\| hello-world ceiling \| \d+ /)
    const results = JSON.parse(readFileSync('bench/results/smoke.json', 'utf8')) as { rows: Array<{ server: string, query: string, rps: number, errors: number, non2xx: number }> }
    const ours = results.rows.filter((r) => r.server === 'ours')
    expect(ours.map((r) => r.query)).toEqual(['claim by id', 'filtered list', 'first page', 'deep page', 'search', 'list with include', '304 revalidation', 'ndjson export'])
    for (const r of ours) {
      expect(r.rps, r.query).toBeGreaterThan(0)
      expect(r.errors + r.non2xx, r.query).toBe(0)
    }
  }, 180_000)
})
