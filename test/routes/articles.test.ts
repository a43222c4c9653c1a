import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_ID, build, expectProblem, expectSpansMatch, getJson, ids, listAll, loadSeed, sorted, TEXT_FILE, type ListBody, type TestApp } from '../helpers/app.js'

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

describe('GET /v1/articles', () => {
  it('lists the article with its metadata and counts', async () => {
    const body = await getJson<ListBody>(t.app, '/v1/articles')
    expect(body.page).toEqual({ limit: 50, next: null, total: 1 })
    const [article] = body.data
    expect(article).toMatchObject({
      ...seed.article,
      textSha256: createHash('sha256').update(readFileSync(TEXT_FILE)).digest('hex'),
      length: { codePoints: [...seed.text].length, utf16: seed.text.length },
      counts: { sentences: 16, actors: seed.actors.length, events: seed.events.length, claims: seed.claims.length, questions: seed.questions.length }
    })
    expect(article).not.toHaveProperty('text')
  })

  it('filters by language', async () => {
    expect(ids(await listAll(t.app, '/v1/articles?language=en'))).toEqual([ARTICLE_ID])
    expect(await listAll(t.app, '/v1/articles?language=fr')).toEqual([])
  })
})

describe('GET /v1/articles/{id}', () => {
  it('returns the article with its text, sections and 16 sentences', async () => {
    const [listed] = await listAll(t.app, '/v1/articles')
    const detail = await getJson(t.app, `/v1/articles/${ARTICLE_ID}`)
    expect(detail).toMatchObject(listed!)
    expect(detail.text).toBe(seed.text)
    expect(detail.sentences).toHaveLength(16)
    expect(detail.sentences.map((s: { index: number }) => s.index)).toEqual([...Array(16).keys()])
    for (const s of detail.sentences) expect(detail.sections[s.section], `sentence ${s.index}`).toBeDefined()
  })

  it('gives every section a heading that is a line of the text', async () => {
    const { sections } = await getJson(t.app, `/v1/articles/${ARTICLE_ID}`)
    const lines = seed.text.split('\n')
    expect(sections.length).toBeGreaterThan(1)
    for (const s of sections) {
      expect(lines).toContain(s.heading)
      expect(s.headingSpan.quote).toBe(s.heading)
    }
  })

  it('slices every span to its quote', async () => {
    const detail = await getJson(t.app, `/v1/articles/${ARTICLE_ID}`)
    const { sentences, sections } = detail
    expect(expectSpansMatch({ sentences, sections }, detail.text)).toBe(16 + 2 * sections.length)
  })

  it('returns 404 for an unknown article', async () => {
    expectProblem(await t.app.inject('/v1/articles/nope'), 404)
  })
})

describe('GET /v1/articles/{id}/text', () => {
  it('returns the text as text/plain, byte for byte', async () => {
    const res = await t.app.inject(`/v1/articles/${ARTICLE_ID}/text`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(res.rawPayload.equals(readFileSync(TEXT_FILE))).toBe(true)
  })

  it('returns 404 for an unknown article', async () => {
    expectProblem(await t.app.inject('/v1/articles/nope/text'), 404)
  })
})

describe('GET /v1/articles/{id}/actors|events|claims|questions', () => {
  const expected = {
    actors: seed.actors.filter((a) => a.aliases.some((alias) => seed.text.includes(alias))).map((a) => a.id),
    events: seed.events.map((e) => e.id),
    claims: seed.claims.map((c) => c.id),
    questions: seed.questions.map((q) => q.id)
  }
  for (const [collection, want] of Object.entries(expected)) {
    it(`lists the ${collection} of the article, as /v1/${collection}?article= does`, async () => {
      const nested = await listAll(t.app, `/v1/articles/${ARTICLE_ID}/${collection}`)
      expect(sorted(ids(nested))).toEqual(sorted(want))
      expect(nested).toEqual(await listAll(t.app, `/v1/${collection}?article=${ARTICLE_ID}`))
    })

    it(`returns 404 for the ${collection} of an unknown article`, async () => {
      expectProblem(await t.app.inject(`/v1/articles/nope/${collection}`), 404)
    })
  }
})
