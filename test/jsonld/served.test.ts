import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, getJson, listAll, type Doc, type TestApp } from '../helpers/app.js'
import { MINI_SEED } from '../helpers/seed.js'
import { applySelectors, expandAll, expandSafe, localLoader, SCHEMA, value, type Expanded } from '../helpers/jsonld.js'
import { CONTEXT } from '../../src/jsonld/documents.js'

// JSON-LD as the server sends it: an item (format=jsonld or Accept: application/ld+json),
// a page (the items in @graph, the next page in Link, the total in Total-Count) and the
// streamed export (one document a line). Expanded in safe mode with a loader that returns
// the context the server itself serves at /v1/context.jsonld, and every selector applied
// to the article text the server serves, on the real seed and on the fixture with emoji
// and accented letters.

const ORIGIN = 'http://localhost:80'
const TYPES: Record<string, string> = { claims: `${SCHEMA}Claim`, events: `${SCHEMA}Event`, questions: `${SCHEMA}Question`, articles: `${SCHEMA}NewsArticle` }

for (const [name, seedDir] of [['the seed', undefined], ['the emoji and accents fixture', MINI_SEED]] as const) {
  describe(`served JSON-LD, ${name}`, () => {
    let t: TestApp
    let loader: ReturnType<typeof localLoader>
    const texts = new Map<string, string>()
    const textOf = async (article: string) => {
      if (!texts.has(article)) texts.set(article, (await t.app.inject({ url: `/v1/articles/${article}/text` })).body)
      return texts.get(article)!
    }
    beforeAll(async () => {
      t = await build(seedDir)
      const served = await t.app.inject({ url: '/v1/context.jsonld' })
      expect(served.statusCode).toBe(200)
      expect(served.headers['content-type']).toBe('application/ld+json; charset=utf-8')
      loader = localLoader(ORIGIN, served.json())
    })
    afterAll(async () => { await t.close() })

    /** The quotes an expanded node's selectors cut from its article's served text, and the quotes the JSON says. */
    async function check (node: Expanded, json: Doc) {
      const spans = (json.evidence ?? json.mentions ?? []) as Doc[]
      const article = spans[0]?.article as string | undefined
      if (article === undefined) return 0
      expect(applySelectors(node, await textOf(article))).toEqual(spans.map((s) => s.quote))
      return spans.length
    }

    it('serves the committed context', async () => {
      expect(await getJsonLd('/v1/context.jsonld')).toEqual(CONTEXT)
      const asJson = await t.app.inject({ url: '/v1/context.jsonld', headers: { accept: 'application/json' } })
      expect(asJson.headers['content-type']).toMatch(/^application\/json/)
    })

    async function getJsonLd (url: string, headers: Record<string, string> = {}): Promise<Doc> {
      const res = await t.app.inject({ url, headers })
      expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200)
      expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8')
      return res.json()
    }

    it('items: format=jsonld and Accept: application/ld+json give the same document, which expands to its type, quotes and all', async () => {
      let spans = 0
      for (const collection of ['claims', 'events', 'questions', 'actors', 'articles']) {
        for (const json of await listAll(t.app, `/v1/${collection}`)) {
          const url = `/v1/${collection}/${encodeURIComponent(json.id as string)}`
          const doc = await getJsonLd(`${url}?format=jsonld`)
          expect(await getJsonLd(url, { accept: 'application/ld+json' })).toEqual(doc)
          expect(doc['@context']).toBe(`${ORIGIN}/v1/context.jsonld`)
          const node = await expandSafe(doc, loader)
          expect(node['@id']).toBe(`${ORIGIN}${url}`)
          if (TYPES[collection] !== undefined) expect(node['@type']).toEqual([TYPES[collection]])
          if (collection === 'claims') {
            expect(value(node, `${SCHEMA}text`)).toEqual([json.text])
            expect(value(node, `${SCHEMA}firstAppearance`)).toEqual([`${ORIGIN}/v1/articles/${json.article as string}`])
            if (json.speaker !== null) expect(value(node, `${SCHEMA}author`)).toEqual([`${ORIGIN}/v1/actors/${json.speaker as string}`])
          }
          // an actor's detail carries its mentions; the list's item does not
          const detail = collection === 'actors' ? await getJson(t.app, url) : json
          spans += await check(node, detail)
        }
      }
      expect(spans).toBeGreaterThan(0)
    })

    it('pages: the items in @graph, paginated like the JSON, with Link and Total-Count', async () => {
      const first = await t.app.inject({ url: '/v1/claims?format=jsonld&limit=2' })
      expect(first.statusCode).toBe(200)
      const json = await t.app.inject({ url: '/v1/claims?limit=2' })
      expect(first.headers['total-count']).toBe(String(json.json().page.total))
      expect(json.headers['total-count']).toBe(String(json.json().page.total))
      expect(first.headers.link).toBe(String(json.headers.link).replace('?limit=2', '?format=jsonld&limit=2'))
      const all: Expanded[] = []
      let url: string | null = '/v1/claims?format=jsonld&limit=2'
      while (url !== null) {
        const res: { json: () => Doc, headers: Record<string, unknown> } = await t.app.inject({ url, headers: { accept: 'application/ld+json' } })
        const nodes = await expandAll(res.json(), loader)
        expect(nodes.length).toBeLessThanOrEqual(2)
        all.push(...nodes)
        url = /<([^>]+)>; rel="next"/.exec(String(res.headers.link ?? ''))?.[1] ?? null
      }
      const claims = await listAll(t.app, '/v1/claims')
      expect(all.map((n) => n['@id'])).toEqual(claims.map((c) => `${ORIGIN}/v1/claims/${c.id as string}`))
      for (const [i, node] of all.entries()) {
        expect(node['@type']).toEqual([TYPES.claims])
        await check(node, claims[i]!)
      }
    })

    it('exports: format=jsonld-ndjson streams one document per line, every item, each expanding on its own', async () => {
      for (const collection of ['claims', 'events', 'questions', 'actors', 'articles']) {
        const items = await listAll(t.app, `/v1/${collection}`)
        const res = await t.app.inject({ url: `/v1/${collection}?format=jsonld-ndjson` })
        expect(res.statusCode).toBe(200)
        expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8; profile="http://www.w3.org/ns/json-ld#compacted"')
        const byAccept = await t.app.inject({ url: `/v1/${collection}`, headers: { accept: 'application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"' } })
        expect(byAccept.body).toBe(res.body)
        const lines = res.body.split('\n')
        expect(lines.pop()).toBe('')
        expect(lines).toHaveLength(items.length)
        for (const [i, line] of lines.entries()) {
          const node = await expandSafe(JSON.parse(line) as Doc, loader)
          expect(node['@id']).toBe(`${ORIGIN}/v1/${collection}/${encodeURIComponent(items[i]!.id as string)}`)
          if (collection !== 'actors') await check(node, items[i]!)
        }
      }
      // plain NDJSON stays plain
      const plain = await t.app.inject({ url: '/v1/claims', headers: { accept: 'application/x-ndjson' } })
      expect(plain.headers['content-type']).toBe('application/x-ndjson; charset=utf-8')
    })
  })
}

describe('JSON-LD where there is none', () => {
  let t: TestApp
  beforeAll(async () => { t = await build(MINI_SEED) })
  afterAll(async () => { await t.close() })

  it('search hits are not entities: format=jsonld is a 400 naming format, Accept: application/ld+json a 406', async () => {
    const bad = await t.app.inject({ url: '/v1/search?q=deal&format=jsonld' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors.map((e: Doc) => e.name)).toEqual(['format'])
    const none = await t.app.inject({ url: '/v1/search?q=deal', headers: { accept: 'application/ld+json' } })
    expect(none.statusCode).toBe(406)
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('an item format that is not one is a 400', async () => {
    const res = await t.app.inject({ url: '/v1/claims/deal-is-good?format=csv' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: Doc) => e.name)).toEqual(['format'])
  })

  it('the IRIs follow the host the request was made to, and the cache keeps hosts apart', async () => {
    const a = await t.app.inject({ url: '/v1/claims/deal-is-good?format=jsonld', headers: { host: 'a.example' } })
    const b = await t.app.inject({ url: '/v1/claims/deal-is-good?format=jsonld', headers: { host: 'b.example' } })
    expect(a.json().id).toBe('http://a.example/v1/claims/deal-is-good')
    expect(b.json().id).toBe('http://b.example/v1/claims/deal-is-good')
  })
})
