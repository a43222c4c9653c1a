import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { build, expectProblem, getJson, ids, listAll, loadSeed, quoteOf, sorted, type TestApp } from '../helpers/app.js'

// GET /v1/search and the `q` filter of the collections (src/routes/search.ts, src/db/search.ts).

interface Span { article: string, quote: string, startUtf16: number, endUtf16: number }
interface Hit { type: string, id: string, article: string | null, title: string, snippet: string, score: number, url: string, span: Span | null }
interface Page { data: Hit[], page: { limit: number, next: string | null, total: number } }

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

const search = (qs: string) => getJson<Page>(t.app, `/v1/search?${qs}`)
/** "type:id", and for article text the sentence's offset (one article has many sentences) */
const key = (h: Hit) => `${h.type}:${h.id}${h.span === null ? '' : `@${h.span.startUtf16}`}`
/** Every hit of `q` (one page of 500), as keys. */
const hits = async (q: string, extra = '') => {
  const body = await search(`q=${encodeURIComponent(q)}&limit=500${extra}`)
  expect(body.page.next).toBeNull()
  return body.data.map(key)
}
const word = (w: string) => new RegExp(`\\b${w}\\b`, 'i')
const claimsWith = (...patterns: RegExp[]) => sorted(seed.claims.filter((c) => patterns.every((p) => p.test(c.text))).map((c) => c.id))
const claimHits = async (q: string) => sorted((await hits(q, '&type=claim')).map((h) => h.split(':')[1]!))

describe('GET /v1/search: the query language', () => {
  it('finds the items holding every plain word, and only those', async () => {
    expect(await claimHits('Zelensky Trump')).toEqual(claimsWith(word('Zelensky'), word('Trump')))
    const [a, b, both] = [await hits('China'), await hits('NATO'), await hits('China NATO')]
    expect(both.length).toBeGreaterThan(0)
    expect(sorted(both)).toEqual(sorted(a.filter((h) => b.includes(h))))
  })

  it('matches a quoted phrase only where its words are adjacent, in order', async () => {
    expect(await claimHits('"European allies"')).toEqual(claimsWith(/European allies/i))
    expect((await claimHits('"European allies"')).length).toBeGreaterThan(0)
    expect(await hits('"allies European"')).toEqual([])
    expect((await hits('allies European')).length).toBeGreaterThan(0) // the same words, not adjacent
  })

  it('matches every word starting with a prefix (guarant* finds guarantee, guarantees, guarantors)', async () => {
    expect(await claimHits('guarant*')).toEqual(claimsWith(/\bguarant/i))
    const { data } = await search('q=guarant*&limit=500')
    const marked = new Set(data.flatMap((h) => [...h.snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase())))
    for (const w of ['guarantee', 'guarantees', 'guarantors']) expect(marked).toContain(w)
  })

  it('reads OR between terms as either', async () => {
    const actors = seed.actors.filter((a) => [a.name, ...a.aliases].some((n) => /\b(Zelensky|Rubio)\b/.test(n))).map((a) => `actor:${a.id}`)
    expect(actors).toHaveLength(2)
    expect(sorted(await hits('Zelensky OR Rubio', '&type=actor'))).toEqual(sorted(actors))
    const [a, b, either] = [await hits('Alaska'), await hits('"territorial concessions"'), await hits('Alaska OR "territorial concessions"')]
    expect(sorted(either)).toEqual(sorted([...new Set([...a, ...b])]))
  })

  it('finds the words of an apostrophe or hyphen as one phrase (Putin\'s, NATO-style)', async () => {
    expect(await claimHits("Putin's")).toEqual(claimsWith(/Putin's/))
    expect(await claimHits('NATO-style')).toEqual(claimsWith(/NATO-style/))
  })
})

describe('GET /v1/search: filters', () => {
  it('keeps only the types asked for; a repeated type is OR', async () => {
    const all = await hits('Ukraine')
    expect(new Set(all.map((h) => h.split(':')[0]))).toEqual(new Set(['actor', 'event', 'claim', 'question', 'article']))
    for (const type of ['claim', 'actor']) expect(await hits('Ukraine', `&type=${type}`)).toEqual(all.filter((h) => h.startsWith(`${type}:`)))
    expect(await hits('Ukraine', '&type=question&type=event')).toEqual(all.filter((h) => /^(question|event):/.test(h)))
  })

  it('keeps the items of the articles asked for, with the actors they mention', async () => {
    const all = await hits('Putin')
    expect(all).toContain('actor:vladimir-putin')
    expect(await hits('Putin', `&article=${seed.article.id}`)).toEqual(all) // one article: everything is in it
    expect(await hits('Putin', `&article=${seed.article.id}&article=${seed.article.id}`)).toEqual(all)
  })

  it('returns 400 naming an unknown article, alone or among known ones', async () => {
    for (const qs of ['q=Putin&article=no-such-article', `q=Putin&article=${seed.article.id}&article=no-such-article`]) {
      const problem = expectProblem(await t.app.inject(`/v1/search?${qs}`), 400)
      expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', name: 'article' })])
      expect(problem.errors[0].message).toContain('"no-such-article"')
    }
  })

  it('returns 400 for an unknown type, and for a missing q', async () => {
    expect(expectProblem(await t.app.inject('/v1/search?q=Putin&type=person'), 400).errors[0].name).toBe('type')
    expect(expectProblem(await t.app.inject('/v1/search?type=claim'), 400).errors[0].name).toBe('q')
  })
})

describe('GET /v1/search: hits', () => {
  it.each(['Ukraine', 'security guarant*', 'Putin OR China', '"peace deal"'])('ranks the hits of %j best first (bm25 ascending)', async (q) => {
    const { data, page } = await search(`q=${encodeURIComponent(q)}&limit=500`)
    expect(data.length).toBeGreaterThan(1)
    expect(page.total).toBe(data.length)
    const scores = data.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => a - b))
  })

  it('escapes the snippet as HTML and marks the matches', async () => {
    const { data } = await search(`q=${encodeURIComponent("Putin's")}&limit=500`)
    expect(data.length).toBeGreaterThan(0)
    for (const h of data) {
      expect(h.snippet).toContain('<mark>Putin&#39;s</mark>')
      expect(h.snippet.replace(/<\/?mark>/g, ''), 'nothing else unescaped').not.toMatch(/[<>"']/)
    }
  })

  it('gives every hit a url that answers 200 with that item', async () => {
    const { data } = await search('q=Ukraine OR Putin&limit=500')
    for (const h of data) {
      const doc = await getJson(t.app, h.url)
      expect(doc.id, h.url).toBe(h.id)
      if (h.type === 'claim') expect(h.title).toBe(doc.text)
    }
  })

  it('points each article-text hit at its sentence: quote === text.slice(startUtf16, endUtf16)', async () => {
    const { data } = await search('q=NATO&type=article&limit=500')
    expect(data.length).toBeGreaterThan(1)
    for (const h of data) {
      expect(h.span).not.toBeNull()
      expect(h.span!.article).toBe(seed.article.id)
      expect(seed.text.slice(h.span!.startUtf16, h.span!.endUtf16)).toBe(h.span!.quote)
      expect(h.span!.quote).toMatch(/\bNATO\b/)
    }
    for (const h of (await search('q=NATO&type=claim')).data) expect(h.span).toBeNull()
  })
})

describe('GET /v1/search: pages', () => {
  it('walks every hit exactly once with limit=1, following Link and page.next', async () => {
    const all = await hits('Ukraine OR China')
    const seen: string[] = []
    let url: string | null = '/v1/search?q=Ukraine%20OR%20China&limit=1'
    while (url !== null) {
      const res: LightMyRequestResponse = await t.app.inject(url)
      const body = res.json() as Page
      expect(body.page.total).toBe(all.length)
      seen.push(...body.data.map(key))
      if (body.page.next === null) {
        expect(res.headers.link).toBeUndefined()
        url = null
      } else {
        const link: string = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))![1]!
        expect(new URL(link, 'http://x').searchParams.get('cursor')).toBe(body.page.next)
        url = link
      }
    }
    expect(seen).toEqual(all)
  })

  it('returns 400 for a cursor from another query', async () => {
    const { page } = await search('q=Ukraine&limit=1')
    for (const qs of ['q=China&limit=1', 'q=Ukraine&type=claim&limit=1']) {
      const problem = expectProblem(await t.app.inject(`/v1/search?${qs}&cursor=${page.next!}`), 400)
      expect(problem.errors[0]).toMatchObject({ in: 'query', name: 'cursor' })
    }
  })
})

// Anything a user types is either searched or refused as a 400 about q: never a 5xx.
const HOSTILE = ['"unbalanced', 'unbalanced"', 'OR', 'AND', 'NOT', 'a OR', 'OR a', 'NEAR(', 'NEAR(a b, 2)', 'title:foo', 'body:China',
  '*', '^', '"', '(', ')', '{a b}', "' OR 1=1 --", '"; DROP TABLE claims; --', '😀', '😀 Putin', '\u0001\u0007\u001f', 'Putin\u0008',
  '\\', '%', 'x'.repeat(1000), 'a '.repeat(500)]
const Q_URLS = ['/v1/search', '/v1/claims', '/v1/actors', '/v1/events', '/v1/questions']

describe('hostile q', () => {
  it.each(HOSTILE)('searches or refuses %j on every q, never a 5xx', async (q) => {
    for (const path of Q_URLS) {
      const url = `${path}?q=${encodeURIComponent(q)}`
      const res = await t.app.inject(url)
      if (res.statusCode !== 200) expect(expectProblem(res, 400).errors[0].name, url).toBe('q')
    }
  })

  // A doubled OR at the end once became a dangling OR in the FTS5 query, a syntax error
  // and a 500 (GET /v1/search?q=NATO%20OR%20OR, and /v1/claims?q=…).
  it('searches or refuses a doubled OR at the end, never a 5xx', async () => {
    for (const path of Q_URLS) expect((await t.app.inject(`${path}?q=NATO%20OR%20OR`)).statusCode).toBeLessThan(500)
  })

  it('refuses 10,000 characters with a 400 saying the limit', async () => {
    for (const path of Q_URLS) {
      const problem = expectProblem(await t.app.inject(`${path}?q=${'a'.repeat(10_000)}`), 400)
      expect(problem.errors[0]).toMatchObject({ name: 'q', message: expect.stringMatching(/1000 characters/) })
    }
  })
})

describe('the q filter of the collections', () => {
  it('finds the claims whose text holds the words', async () => {
    expect(sorted(ids(await listAll(t.app, '/v1/claims?q=Zelensky')))).toEqual(claimsWith(word('Zelensky')))
    expect(sorted(ids(await listAll(t.app, '/v1/claims?q=%22territorial%20concessions%22')))).toEqual(claimsWith(/territorial concessions/))
  })

  it('finds actors by name and alias', async () => {
    const find = (w: string) => sorted(seed.actors.filter((a) => [a.name, ...a.aliases].some((n) => word(w).test(n))).map((a) => a.id))
    for (const w of ['Putin', 'Trump', 'NATO']) expect(sorted(ids(await listAll(t.app, `/v1/actors?q=${w}`))), w).toEqual(find(w))
  })

  it('finds events by title and evidence', async () => {
    const want = sorted(seed.events.filter((e) => [e.title, ...e.evidence.map(quoteOf)].some((s) => word('summit').test(s))).map((e) => e.id))
    expect(want.length).toBeGreaterThan(0)
    expect(sorted(ids(await listAll(t.app, '/v1/events?q=summit')))).toEqual(want)
  })

  it('finds questions by text and resolution criteria', async () => {
    const want = sorted(seed.questions.filter((q) => word('Zelensky').test(`${q.text} ${q.resolutionCriteria}`)).map((q) => q.id))
    expect(want.length).toBeGreaterThan(0)
    expect(sorted(ids(await listAll(t.app, '/v1/questions?q=Zelensky')))).toEqual(want)
  })

  it('agrees with /v1/search restricted to the same type', async () => {
    for (const [collection, type] of [['claims', 'claim'], ['actors', 'actor'], ['events', 'event'], ['questions', 'question']] as const) {
      const fromSearch = (await hits('guarant* OR Alaska', `&type=${type}`)).map((h) => h.split(':')[1]!)
      expect(sorted(ids(await listAll(t.app, `/v1/${collection}?q=${encodeURIComponent('guarant* OR Alaska')}`))), collection).toEqual(sorted(fromSearch))
    }
  })
})
