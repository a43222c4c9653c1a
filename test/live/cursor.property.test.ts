import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, expectProblem, getJson, type ListBody, type TestApp } from '../helpers/app.js'
import { addClaims, rebuild, removeClaims } from '../helpers/growth.js'

// A cursor walk across a change of the database (src/routes/list.ts): on an order whose keys
// never change for an existing item (id, actors by name, the position of events, claims and
// questions) it continues, and no item that existed at its start and still exists at its
// end is missed or served twice; on an order by values that change with the data (the
// corpus-wide position of articles and actors, mentions, relevance) the next page is a 410
// cursor-stale problem, and the client starts again.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25)
const SEED = Number(process.env.PROPERTY_SEED ?? 20261202)

let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

const idsOf = async (url: string) => (await getJson<ListBody>(t.app, `${url}${url.includes('?') ? '&' : '?'}limit=500`)).data.map((d) => d.id as string)
const withCursor = (url: string, limit: number, cursor: string | null) =>
  `${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`

const change = fc.record({ add: fc.integer({ min: 0, max: 4 }), remove: fc.integer({ min: 0, max: 4 }) })
  .filter((c) => c.add + c.remove > 0)
function apply (c: { add: number, remove: number }) {
  if (c.remove > 0) removeClaims(t.dbPath, c.remove)
  if (c.add > 0) addClaims(t.dbPath, c.add)
}

const STABLE = ['/v1/claims', '/v1/claims?sort=-position', '/v1/claims?sort=id', '/v1/claims?sort=-id', '/v1/claims?certainty=possible,probable',
  '/v1/actors/vladimir-putin/claims?sort=-id', '/v1/events', '/v1/actors?sort=name', '/v1/actors?sort=-name', '/v1/actors?sort=id', '/v1/questions?sort=-position']

describe('a cursor walk on an order of fixed keys, with a change at a random page', () => {
  it('serves every item that exists from its start to its end exactly once, and no item twice', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...STABLE), fc.integer({ min: 1, max: 7 }), fc.nat({ max: 12 }), change, async (url, limit, at, c) => {
      const start = new Set(await idsOf(url))
      const seen: string[] = []
      let cursor: string | null = null
      let page = 0
      let changed = false
      do {
        if (page === at) { apply(c); changed = true }
        const body: ListBody = await getJson<ListBody>(t.app, withCursor(url, limit, cursor))
        seen.push(...body.data.map((d) => d.id as string))
        cursor = body.page.next
        page++
      } while (cursor !== null)
      if (!changed) apply(c) // the walk ended first: the change still lands, before the end
      const end = new Set(await idsOf(url))
      expect(new Set(seen).size, `${url}: an item served twice`).toBe(seen.length)
      const kept = [...start].filter((id) => end.has(id))
      const missed = kept.filter((id) => !seen.includes(id))
      expect(missed, `${url}, limit ${limit}, change ${JSON.stringify(c)} before page ${at}`).toEqual([])
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true })
  }, 30_000 + RUNS * 1000)

  it('holds across a new file renamed over the path too', async () => {
    const url = '/v1/claims?sort=id'
    const start = new Set(await idsOf(url))
    const first = await getJson<ListBody>(t.app, withCursor(url, 5, null))
    rebuild(t.dbPath)
    t.app.live.poll()
    const seen = first.data.map((d) => d.id as string)
    let cursor = first.page.next
    while (cursor !== null) {
      const body: ListBody = await getJson<ListBody>(t.app, withCursor(url, 5, cursor))
      seen.push(...body.data.map((d) => d.id as string))
      cursor = body.page.next
    }
    const end = new Set(await idsOf(url))
    expect(new Set(seen).size).toBe(seen.length)
    expect([...start].filter((id) => end.has(id) && !seen.includes(id))).toEqual([])
  })
})

describe('a cursor walk on an order of changing values, with a change at a random page', () => {
  it('answers the first page after the change with a 410 cursor-stale problem, and a new walk works', async () => {
    const MUTABLE = ['/v1/actors?sort=-mentions', '/v1/actors?sort=mentions', '/v1/actors', '/v1/actors?sort=-position&kind=person,state',
      '/v1/articles/ukraine-security-guarantees/actors', '/v1/search?q=Ukraine', '/v1/search?q=Putin%20OR%20Trump&type=claim,actor']
    await fc.assert(fc.asyncProperty(fc.constantFrom(...MUTABLE), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), change, async (url, limit, at, c) => {
      let cursor: string | null = null
      for (let page = 0; ; page++) {
        if (page === at && cursor !== null) {
          apply(c)
          const res = await t.app.inject(withCursor(url, limit, cursor))
          const problem = expectProblem(res, 410)
          expect(problem.type).toBe('/problems/cursor-stale')
          expect(res.headers['cache-control']).toBe('no-store')
          // starting again works, on the new version
          const again = await t.app.inject(withCursor(url, limit, null))
          expect(again.statusCode).toBe(200)
          expect(again.headers['dataset-version']).toBe(res.headers['dataset-version'])
          return
        }
        const body: ListBody = await getJson<ListBody>(t.app, withCursor(url, limit, cursor))
        cursor = body.page.next
        if (cursor === null) return // ended before the change: nothing to check
      }
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true })
  }, 30_000 + RUNS * 1000)
})
