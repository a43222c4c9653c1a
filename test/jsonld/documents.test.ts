import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTEXT, toJsonLd, type LdCollection } from '../../src/jsonld/documents.js'
import { build, listAll, loadSeed, type Doc, type TestApp } from '../helpers/app.js'
import { applySelectors, expandSafe, localLoader, SC, SCHEMA, value } from '../helpers/jsonld.js'

// The JSON-LD documents expanded by the jsonld library in safe mode (a term it cannot map
// is an error, not a silent drop) with a document loader that knows only our context, so
// nothing is fetched; then every selector applied to the article text gives its quote.

const ORIGIN = 'https://api.example'
const documentLoader = localLoader(ORIGIN, CONTEXT)
const expand = async (doc: Doc) => await expandSafe(doc, documentLoader)

let t: TestApp
let text: string
beforeAll(async () => { t = await build(); text = loadSeed().text })
afterAll(async () => { await t.close() })

describe('claims as JSON-LD', () => {
  it('expand in safe mode to schema.org Claims with author, appearance and firstAppearance', async () => {
    const claims = await listAll(t.app, '/v1/claims')
    let spans = 0
    for (const claim of claims) {
      const node = await expand(toJsonLd('claims', claim, ORIGIN))
      expect(node['@id']).toBe(`${ORIGIN}/v1/claims/${claim.id as string}`)
      expect(node['@type']).toEqual([`${SCHEMA}Claim`])
      expect(value(node, `${SCHEMA}text`)).toEqual([claim.text])
      expect(value(node, `${SCHEMA}appearance`)).toEqual([`${ORIGIN}/v1/articles/${claim.article as string}`])
      expect(value(node, `${SCHEMA}firstAppearance`)).toEqual([`${ORIGIN}/v1/articles/${claim.article as string}`])
      if (claim.speaker !== null) expect(value(node, `${SCHEMA}author`)).toEqual([`${ORIGIN}/v1/actors/${claim.speaker as string}`])
      for (const term of ['certainty', 'polarity', 'kind', 'sourceKind']) expect(value(node, `${SC}${term}`)).toEqual([claim[term]])
      if (claim.cue !== null) expect(value(node, `${SC}cue`)).toEqual([claim.cue])
      const quotes = applySelectors(node, text)
      expect(quotes).toEqual((claim.evidence as Doc[]).map((e) => e.quote))
      spans += quotes.length
    }
    expect(spans).toBeGreaterThan(claims.length - 1)
  })

  it('expand events, questions, actors and articles too, every evidence span selecting its quote', async () => {
    const types: Record<string, string> = { events: `${SCHEMA}Event`, questions: `${SCHEMA}Question`, articles: `${SCHEMA}NewsArticle` }
    for (const collection of ['events', 'questions', 'actors', 'articles'] as LdCollection[]) {
      for (const doc of await listAll(t.app, `/v1/${collection}`)) {
        const node = await expand(toJsonLd(collection, doc, ORIGIN))
        if (types[collection] !== undefined) expect(node['@type']).toEqual([types[collection]])
        expect(applySelectors(node, text)).toEqual(((doc.evidence ?? []) as Doc[]).map((e) => e.quote))
      }
    }
  })
})

describe('selectors in text with emoji and accented letters', () => {
  it('count code points, as W3C says, where UTF-16 offsets would differ', async () => {
    const article = 'Zelensky 🇺🇦 a dit : « Nous n’accepterons pas » 👍🏽. Le café naïve — “déjà vu”.'
    const quotes = ['« Nous n’accepterons pas »', '“déjà vu”', '👍🏽']
    const evidence = quotes.map((quote) => {
      const at = article.indexOf(quote)
      const start = [...article.slice(0, at)].length
      const end = start + [...quote].length
      const cp = [...article]
      return { article: 'emoji', start, end, quote, prefix: cp.slice(Math.max(0, start - 8), start).join(''), suffix: cp.slice(end, end + 8).join(''), section: null }
    })
    expect(evidence[0]!.start).not.toBe(article.indexOf(quotes[0]!)) // the flag is 2 code points, 4 UTF-16 units
    const claim = { id: 'emoji-claim', article: 'emoji', text: 'Ukraine refuses.', kind: 'position', speaker: 'volodymyr-zelensky', sourceKind: 'named', cue: 'a dit', certainty: 'certain', polarity: 'negative', subjects: [], events: [], evidence, related: [] }
    const node = await expand(toJsonLd('claims', claim, ORIGIN))
    expect(applySelectors(node, article)).toEqual(quotes)
  })
})

describe('the shipped @context', () => {
  it('maps no term to a remote context, so expansion never fetches', () => {
    expect(JSON.stringify(CONTEXT)).not.toMatch(/"@import"|\.jsonld"/)
  })

  it('is checked in safe mode: a term it does not define fails the expansion', async () => {
    const claim = { id: 'x', article: 'a', text: 't', speaker: null, subjects: [], events: [], evidence: [] }
    await expect(expand({ ...toJsonLd('claims', claim, ORIGIN), undefinedTerm: 1 })).rejects.toThrow(/Safe mode/)
  })
})
