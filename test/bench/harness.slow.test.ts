import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { QUERIES } from '../../bench/queries.js'

// The benchmark harness itself, in its smoke mode: a corpus of 200 claims generated and
// built by the real seed pipeline, the hello-world ceiling and our server loaded for about
// a second per query. No timing is asserted (machines are shared and noisy): only that it
// runs every query, prints the table and serves without a single error.

describe('npm run bench -- --smoke', () => {
  it('builds a corpus, loads every query and prints the table with no errors', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], { encoding: 'utf8', timeout: 170_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/\| Fastify hello world \(ceiling\) \| [\d.]+ \|/)
    for (const q of QUERIES) expect(run.stdout).toContain(`| ${q} |`)
    const results = JSON.parse(readFileSync('bench/results/smoke.json', 'utf8')) as { rows: Array<{ server: string, query: string, rps: number, requests: number, errors: number, unexpected: number, note?: string }> }
    const ours = results.rows.filter((r) => r.server === 'ours')
    expect(ours.map((r) => r.query)).toEqual([...QUERIES])
    for (const r of ours) {
      expect(r.note, r.query).toBeUndefined()
      expect(r.requests, r.query).toBeGreaterThan(0)
      expect(r.errors + r.unexpected, r.query).toBe(0)
    }
  }, 180_000)
})
