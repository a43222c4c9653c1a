import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, loadSeed, type TestApp } from '../helpers/app.js'

interface Hit { type: string, id: string, article: string | null, title: string, snippet: string, score: number, url: string, span: { quote: string, startUtf16: number, endUtf16: number } | null }
interface Page { data: Hit[], page: { next: string | null, total: number } }

describe('GET /v1/search', () => {
  let t: TestApp
  const search = async (qs: string) => (await t.app.inject(`/v1/search?${qs}`)).json() as Page
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })

  it('finds every type, best first, with HTML-safe highlighted snippets and working urls', async () => {
    const { data } = await search('q=Putin')
    expect(new Set(data.map((h) => h.type))).toEqual(new Set(['actor', 'event', 'claim', 'question', 'article']))
    expect(data.map((h) => h.score)).toEqual([...data.map((h) => h.score)].sort((a, b) => a - b))
    expect(data.some((h) => h.snippet.includes('<mark>Putin</mark>&#39;s'))).toBe(true)
    for (const h of data) {
      expect(h.snippet).not.toMatch(/<(?!\/?mark>)/)
      expect((await t.app.inject(h.url)).statusCode, h.url).toBe(200)
    }
  })

  it('points article-text hits at the sentence they found', async () => {
    const text = loadSeed().text
    const { data } = await search('q="territorial concessions"&type=article')
    expect(data).toHaveLength(1)
    expect(text.slice(data[0]!.span!.startUtf16, data[0]!.span!.endUtf16)).toBe(data[0]!.span!.quote)
    expect(data[0]!.span!.quote).toContain('territorial concessions')
  })

  it('matches phrases, prefixes and OR as documented', async () => {
    const claims = loadSeed().claims
    const prefix = await search('q=guarant*&type=claim&limit=500')
    expect(prefix.data.map((h) => h.id).sort()).toEqual(claims.filter((c) => /guarant/i.test(c.text)).map((c) => c.id).sort())
    expect((await search('q="allies Ukraine"')).data).toHaveLength(0) // the words, but never adjacent
    const either = await search('q=Zelensky OR Rubio&type=actor')
    expect(either.data.map((h) => h.id).sort()).toEqual(['marco-rubio', 'volodymyr-zelensky'])
  })

  it('walks every hit once with limit=1', async () => {
    const all = await search('q=NATO&limit=500')
    const seen: string[] = []
    let next: string | null = null
    do {
      const page: Page = await search(`q=NATO&limit=1${next === null ? '' : `&cursor=${next}`}`)
      seen.push(...page.data.map((h) => `${h.type}:${h.id}:${h.score}`))
      next = page.page.next
    } while (next !== null)
    expect(seen).toEqual(all.data.map((h) => `${h.type}:${h.id}:${h.score}`))
  })

  it.each(['"unbalanced', 'NEAR(', 'title:China', '*', 'a OR', "' OR 1=1 --", '😀', 'x'.repeat(1000), 'NOT AND', '^China'])('searches or refuses %j, never 5xx', async (q) => {
    for (const url of [`/v1/search?q=${encodeURIComponent(q)}`, `/v1/claims?q=${encodeURIComponent(q)}`, `/v1/actors?q=${encodeURIComponent(q)}`]) {
      const res = await t.app.inject(url)
      expect([200, 400], url).toContain(res.statusCode)
      if (res.statusCode === 400) expect((res.json() as { errors: Array<{ name: string }> }).errors[0]!.name).toBe('q')
    }
  })

  it('refuses 10,000 characters, saying the limit', async () => {
    const res = await t.app.inject(`/v1/search?q=${'a'.repeat(10_000)}`)
    expect(res.statusCode).toBe(400)
    expect(res.body).toMatch(/1000 characters/)
  })
})
