import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/corpus.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { openReadOnly } from '../../src/db/open.js'
import { Repository } from '../../src/db/repository.js'
import { UNRANKED } from '../../src/db/ranked.js'
import { toFtsQuery } from '../../src/db/fts.js'
import type { Filters } from '../../src/db/collections.js'
import type { CursorKey } from '../../src/db/cursor.js'

// Search pages over a bounded ranked set (src/db/ranked.ts), shown with a small bound on a
// synthetic corpus built by the real seed pipeline: a query matching more than the bound
// ranks a sample of its matches, then serves the rest in index order, every match exactly
// once across the pages, with the same total and each hit's own bm25 score.

const MAX = 80
let dir: string
let db: Database
let exact: Repository
let bounded: Repository

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ranked-test-'))
  generateCorpus({ claims: 800, seed: 7, out: join(dir, 'seed'), format: 'json' })
  runSeed({ seedDir: join(dir, 'seed'), dbPath: join(dir, 'claims.db') })
  db = openReadOnly(join(dir, 'claims.db'))
  exact = new Repository(db)
  bounded = new Repository(db, MAX)
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Hit { type: string, id: string, score: number, span: { start: number } | null }
const name = (h: Hit) => `${h.type}:${h.id}${h.span === null ? '' : `@${h.span.start}`}`
const filtersOf = (q: string, extra: Filters = {}): Filters => {
  const r = toFtsQuery(q)
  if (!r.ok) throw new Error(r.reason)
  return { q: [r.query], ...extra }
}

/** Every hit, page by page, with the key each page's last hit had (one hit a page: every hit's key). */
function walk (repo: Repository, filters: Filters, limit: number): { hits: Hit[], keys: CursorKey[] } {
  const hits: Hit[] = []
  const keys: CursorKey[] = []
  let after: CursorKey | null = null
  do {
    const page = repo.page('search', { filters, sort: 'relevance', limit, after })
    hits.push(...page.docs.map((d) => JSON.parse(d) as Hit))
    if (page.next !== null) keys.push(page.next)
    after = page.next
  } while (after !== null)
  return { hits, keys }
}

describe('a search matching more than the ranked bound', () => {
  // a topic word, a prefix, a phrase with an exclusion and an OR, each with far more matches than MAX
  const QUERIES = ['sanctions', 'sanc*', '"the government" -ceasefire', 'tariffs OR pipeline']

  it.each(QUERIES)('%s: serves every match exactly once, the same total, in any page size', (q) => {
    const filters = filtersOf(q)
    const all = walk(exact, filters, 500).hits.map(name)
    const total = bounded.count('search', filters)
    expect(total).toBeGreaterThan(2 * MAX)
    expect(total).toBe(all.length)
    const byOne = walk(bounded, filters, 1).hits.map(name)
    expect(new Set(byOne).size).toBe(byOne.length)
    expect([...byOne].sort()).toEqual([...all].sort())
    for (const limit of [7, MAX, 500]) expect(walk(bounded, filters, limit).hits.map(name), `limit ${limit}`).toEqual(byOne)
  })

  it.each(QUERIES)('%s: ranks a spread sample best first, then the rest in index order', (q) => {
    const filters = filtersOf(q)
    const { keys } = walk(bounded, filters, 1)
    const total = bounded.count('search', filters)
    const step = Math.ceil(total / MAX)
    const tiers = keys.map((k) => (k[0] === UNRANKED ? 1 : 0))
    const ranked = keys.filter((k) => k[0] !== UNRANKED) as number[][]
    const rest = keys.filter((k) => k[0] === UNRANKED) as number[][]
    expect(tiers).toEqual([...tiers].sort()) // every ranked hit before every unranked one
    for (const k of ranked) expect(k[0]).toBeLessThan(0) // bm25
    expect(ranked.length).toBeGreaterThan(0)
    expect(ranked.length).toBeLessThan(total / 2)
    expect(rest.length).toBeGreaterThan(0)
    // best first (bm25 ascending, then rowid); the rest by rowid
    const byScore = [...ranked].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
    expect(ranked).toEqual(byScore)
    const rids = rest.map((k) => k[1]!)
    expect(rids).toEqual([...rids].sort((a, b) => a - b))
    // the sample: the matches in one run of 64 rowids out of every `step`, spread over the index
    for (const k of ranked) expect(Math.floor(k[1]! / 64) % step).toBe(0)
    for (const k of rest) expect(Math.floor(k[1]! / 64) % step).not.toBe(0)
    expect(new Set(ranked.map((k) => Math.floor(k[1]! / 64))).size).toBeGreaterThan(1)
  })

  it('gives every hit, ranked or not, its own bm25 score and snippet', () => {
    const filters = filtersOf('sanctions')
    const want = new Map(walk(exact, filters, 500).hits.map((h) => [name(h), h]))
    const got = walk(bounded, filters, 9).hits
    expect(got).toHaveLength(want.size)
    for (const h of got) expect(h).toEqual(want.get(name(h)))
  })

  // one type is a rowid range FTS5 seeks to, several a test of the rowid (search-rowids.ts)
  it.each([[['claim', 'question']], [['claim']], [['article']]])('applies the filter %j before bounding: the sample and the rest hold only what it lets through', (types) => {
    const filters = filtersOf('sanctions', { type: types })
    const all = walk(exact, filters, 500).hits
    expect(all.length).toBeGreaterThan(MAX)
    // what the index's own type column says
    const want = db.prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH 'sanctions' AND type IN (${types.map(() => '?').join(', ')})`).pluck().get(...types)
    expect(all.length).toBe(want)
    expect(bounded.count('search', filters)).toBe(want)
    const { hits, keys } = walk(bounded, filters, 1)
    expect(hits.every((h) => types.includes(h.type))).toBe(true)
    expect(hits.map(name).sort()).toEqual(all.map(name).sort())
    expect(keys.some((k) => k[0] === UNRANKED)).toBe(true)
    expect(keys.some((k) => k[0] !== UNRANKED)).toBe(true)
  })

  it.each(['sanctions', 'tariffs OR pipeline'])('%s: `after` a hit, ranked or not, resumes exactly where the pages would, with the right count', (q) => {
    const filters = filtersOf(q)
    const { hits, keys } = walk(bounded, filters, 1)
    expect(keys.some((k) => k[0] === UNRANKED) && keys.some((k) => k[0] !== UNRANKED)).toBe(true)
    // every hit but the last is a page's last (one hit a page): its key is the page's next
    for (const [i, key] of keys.entries()) {
      if (i % 7 !== 0 && i !== keys.length - 1 && key[0] !== keys[i + 1]![0]) continue
      const after = bounded.keyOf('search', filters, 'relevance', name(hits[i]!))
      expect(after, name(hits[i]!)).toEqual(key)
      expect(bounded.countAfter('search', filters, 'relevance', after!)).toBe(hits.length - i - 1)
      const rest = [...bounded.rows('search', filters, 'relevance', after)].flat().map((d) => name(JSON.parse(d) as Hit))
      expect(rest).toEqual(hits.slice(i + 1).map(name))
    }
  })

  it('exports the same hits in the same order as the pages', () => {
    const filters = filtersOf('ceasefire')
    const exported = [...bounded.rows('search', filters, 'relevance')].flat().map((d) => name(JSON.parse(d) as Hit))
    expect(exported).toEqual(walk(bounded, filters, 13).hits.map(name))
  })
})

describe('a search matching at most the ranked bound', () => {
  it('is ranked whole, exactly as without a bound', () => {
    // actors' names (a corpus of 800 claims has some 40 actors) with a few matches each, alone and two at a time
    const names = (db.prepare("SELECT title FROM search_index WHERE type = 'actor' ORDER BY rowid DESC LIMIT 200").pluck().all() as string[])
      .map((n) => n.split(' ').at(-1)!)
    const queries = [...names.filter((n, i) => i % 4 === 0), `${names[1]!} OR ${names[2]!}`]
    let tried = 0
    for (const q of queries) {
      const filters = filtersOf(q)
      const total = exact.count('search', filters)
      if (total === 0 || total > MAX) continue
      tried++
      const { hits, keys } = walk(bounded, filters, 3)
      expect(hits, q).toEqual(walk(exact, filters, 500).hits)
      expect(keys.every((k) => k[0] !== UNRANKED)).toBe(true)
    }
    expect(tried).toBeGreaterThan(3)
  })
})
