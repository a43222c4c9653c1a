import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { generateCorpus } from '../../bench/corpus.js'
import { build, type TestApp } from '../helpers/app.js'

// The filtered forms of full-text search through the app, on a synthetic corpus built by the
// real seed pipeline: /v1/search with `type` (a rowid range of the index, src/db/search-rowids.ts)
// and each collection's `q` (its matches listed, or each item tested in the sort's order:
// Repository.probes). Walked to the end by `Link`, every page holds exactly the items the
// index's own `type` column says match, each once, with `page.total` counting them all.

let dir: string
let t: TestApp
let db: Database.Database
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-filtered-'))
  generateCorpus({ claims: 600, seed: 11, out: join(dir, 'seed'), format: 'json' })
  t = await build(join(dir, 'seed'))
  db = new Database(t.dbPath, { readonly: true })
}, 120_000)
afterAll(async () => {
  db.close()
  await t.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Page<T> { data: T[], page: { next: string | null, total: number } }

/** Every item, following `Link` from `url`; each page's total checked against the first's. */
async function walk<T> (url: string): Promise<{ items: T[], total: number, pages: number }> {
  const items: T[] = []
  let next: string | null = url
  let total = -1
  let pages = 0
  while (next !== null) {
    const res: LightMyRequestResponse = await t.app.inject(next)
    expect(res.statusCode, next).toBe(200)
    const body = res.json() as Page<T>
    if (total === -1) total = body.page.total
    expect(body.page.total, next).toBe(total)
    expect(res.headers['total-count']).toBe(String(total))
    items.push(...body.data)
    pages++
    next = body.page.next === null ? null : /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))![1]!
  }
  return { items, total, pages }
}

/** What the index's `type` column says matches (read row by row, not by rowid range). */
const matching = (q: string, types: string[]) => db.prepare(`SELECT s.type, s.item_id AS id, sp.start FROM search_index s LEFT JOIN spans sp ON sp.id = s.span_id
  WHERE search_index MATCH ? AND s.type IN (${types.map(() => '?').join(', ')})`).all(q, ...types) as Array<{ type: string, id: string, start: number | null }>

describe('GET /v1/search with a type filter', () => {
  interface Hit { type: string, id: string, score: number, span: { start: number } | null }
  const name = (h: { type: string, id: string, span?: { start: number } | null, start?: number | null }) =>
    `${h.type}:${h.id}${h.span != null ? `@${h.span.start}` : h.start != null ? `@${h.start}` : ''}`

  it.each([[['claim']], [['article']], [['actor']], [['claim', 'event']], [['question', 'article', 'actor']]])('%j: every match of those types once, best first', async (types) => {
    const want = matching('the', types).map(name)
    // actors' names hold no `the`: a filter that lets nothing through
    expect(want.length).toBeGreaterThan(types.length === 1 && types[0] === 'actor' ? -1 : 20)
    const url = `/v1/search?q=the&limit=25&${types.map((ty) => `type=${ty}`).join('&')}`
    const { items, total } = await walk<Hit>(url)
    expect(total).toBe(want.length)
    const got = items.map(name)
    expect(new Set(got).size).toBe(got.length)
    expect([...got].sort()).toEqual([...want].sort())
    const scores = items.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => a - b))
  })

  it('an export of a filtered search holds the same hits as its pages, and Total-Count says how many', async () => {
    const pages = (await walk<Hit>('/v1/search?q=sanctions&type=claim&limit=5')).items.map(name)
    const res = await t.app.inject({ url: '/v1/search?q=sanctions&type=claim&format=ndjson' })
    expect(res.statusCode).toBe(200)
    const exported = res.body.trim().split('\n').map((l) => name(JSON.parse(l) as Hit))
    expect(exported).toEqual(pages)
    expect(res.headers['total-count']).toBe(String(pages.length))
  })
})

describe("a collection's q", () => {
  const collections = [['claims', 'claim'], ['events', 'event'], ['questions', 'question'], ['actors', 'actor']] as const

  // `the` matches most items: its pages test the items in the sort's order; a topic word
  // matches a few in a hundred: its pages list the matches first (Repository.probes). Both
  // must give the items the index says, in the list's own order, in any page size
  it.each(collections)('%s: every matching item once, in the sort\'s order, in small pages and large', async (collection, type) => {
    for (const q of ['the', 'sanctions']) {
      const want = [...new Set(matching(q, [type]).map((r) => r.id))]
      if (q === 'the' && type !== 'actor') expect(want.length, q).toBeGreaterThan(20)
      const all = (await walk<{ id: string }>(`/v1/${collection}?limit=100`)).items.map((d) => d.id)
      const inOrder = all.filter((id) => want.includes(id))
      for (const limit of [4, 100]) {
        const { items, total } = await walk<{ id: string }>(`/v1/${collection}?q=${q}&limit=${limit}`)
        expect(total, `${q} limit ${limit}`).toBe(want.length)
        expect(items.map((d) => d.id), `${q} limit ${limit}`).toEqual(inOrder)
      }
    }
  })

  it.each(['-id', 'id', '-position'])('claims?q= sorted by %s: the same items in that order', async (sort) => {
    const want = new Set(matching('the', ['claim']).map((r) => r.id))
    const all = (await walk<{ id: string }>(`/v1/claims?limit=100&sort=${sort}`)).items.map((d) => d.id)
    for (const limit of [6, 100]) {
      const { items, total } = await walk<{ id: string }>(`/v1/claims?q=the&limit=${limit}&sort=${sort}`)
      expect(total).toBe(want.size)
      expect(items.map((d) => d.id)).toEqual(all.filter((id) => want.has(id)))
    }
  })

  it('with another filter too: the items both let through', async () => {
    const article = (db.prepare('SELECT article_id FROM claims GROUP BY article_id ORDER BY count(*) DESC LIMIT 1').pluck().get()) as string
    const want = new Set(matching('the', ['claim']).map((r) => r.id))
    const inArticle = (await walk<{ id: string }>(`/v1/claims?article=${article}&limit=100`)).items.map((d) => d.id)
    for (const limit of [1, 100]) {
      const { items, total } = await walk<{ id: string }>(`/v1/claims?q=the&article=${article}&limit=${limit}`)
      expect(items.map((d) => d.id)).toEqual(inArticle.filter((id) => want.has(id)))
      expect(total).toBe(items.length)
    }
    expect(inArticle.filter((id) => want.has(id)).length).toBeGreaterThan(0)
  })
})
