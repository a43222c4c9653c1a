import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { generateCorpus } from '../../bench/corpus.js'
import { RANKED_MATCHES } from '../../src/db/ranked.js'
import { build, type TestApp } from '../helpers/app.js'

// GET /v1/search for a word matching more than the ranked bound (src/db/ranked.ts), through
// the app, on a synthetic corpus built by the real seed pipeline: "the" is in almost every
// row of 5,000 claims' index. Its first pages are ranked best first, then the rest follow
// unranked; walked to the end, every match comes exactly once and page.total counts them.

interface Hit { type: string, id: string, score: number, span: { start: number } | null }
interface Page { data: Hit[], page: { next: string | null, total: number } }

let dir: string
let t: TestApp
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-ranked-'))
  generateCorpus({ claims: 5000, seed: 5, out: join(dir, 'seed'), format: 'json' })
  t = await build(join(dir, 'seed'))
}, 120_000)
afterAll(async () => {
  await t.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('GET /v1/search beyond the ranked bound', () => {
  it('ranks a sample first, then serves every other match once, following Link', async () => {
    const db = new Database(t.dbPath, { readonly: true })
    const want = (db.prepare(`SELECT s.type, s.item_id AS id, sp.start FROM search_index s LEFT JOIN spans sp ON sp.id = s.span_id
      WHERE search_index MATCH 'the'`).all() as Array<{ type: string, id: string, start: number | null }>)
      .map((r) => `${r.type}:${r.id}${r.start === null ? '' : `@${r.start}`}`)
    db.close()
    expect(want.length).toBeGreaterThan(RANKED_MATCHES)

    const seen: Hit[] = []
    let url: string | null = '/v1/search?q=the&limit=500'
    while (url !== null) {
      const res: LightMyRequestResponse = await t.app.inject(url)
      expect(res.statusCode, url).toBe(200)
      const body = res.json() as Page
      expect(body.page.total).toBe(want.length)
      seen.push(...body.data)
      url = body.page.next === null ? null : /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))![1]!
    }
    expect(seen).toHaveLength(want.length)
    // an article's sentence is told by its start
    const keys = seen.map((h) => `${h.type}:${h.id}${h.span === null ? '' : `@${h.span.start}`}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect([...keys].sort()).toEqual([...want].sort())

    // best first for the ranked sample (at least the first page), not over every match
    const scores = seen.map((h) => h.score)
    expect(scores.slice(0, 500)).toEqual([...scores.slice(0, 500)].sort((a, b) => a - b))
    expect(scores).not.toEqual([...scores].sort((a, b) => a - b))
  })
})
