import { copyFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, expectProblem, getJson, listAll, ROOT, sorted, ids, type Doc, type TestApp } from '../helpers/app.js'
import { copySeed, REAL_SEED, removeTempDirs } from '../helpers/seed.js'

// origin and minConfidence on every collection of items, over the real seed plus bare texts
// (so that both origins are served). What is checked holds for any extractor.

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
const COLLECTIONS = ['actors', 'events', 'claims', 'questions']

let t: TestApp
const all = new Map<string, Doc[]>()
beforeAll(async () => {
  const seed = copySeed(REAL_SEED)
  for (const f of readdirSync(TEXTS)) copyFileSync(join(TEXTS, f), join(seed, 'articles', f))
  t = await build(seed)
  for (const c of COLLECTIONS) all.set(c, await listAll(t.app, `/v1/${c}`))
})
afterAll(async () => {
  await t?.close()
  removeTempDirs()
})

const passes = (d: Doc, min: number) => d.origin === 'curated' || d.confidence >= min

it('serves extracted items from the bare texts', () => {
  expect(COLLECTIONS.flatMap((c) => all.get(c)!).some((d) => d.origin === 'extracted')).toBe(true)
})

describe.each(COLLECTIONS)('GET /v1/%s', (c) => {
  it('serves both origins here, each with its provenance', () => {
    const docs = all.get(c)!
    for (const d of docs) {
      if (d.origin === 'curated') expect([d.confidence, d.extraction]).toEqual([null, null])
      else expect(d).toMatchObject({ origin: 'extracted', confidence: expect.any(Number), extraction: { version: expect.any(String), rule: expect.any(String) } })
    }
    expect(docs.some((d) => d.origin === 'curated')).toBe(true)
  })

  it('filters by origin, one or both', async () => {
    for (const origin of ['curated', 'extracted']) {
      expect(sorted(ids(await listAll(t.app, `/v1/${c}?origin=${origin}`)))).toEqual(sorted(ids(all.get(c)!.filter((d) => d.origin === origin))))
    }
    expect((await listAll(t.app, `/v1/${c}?origin=curated,extracted`)).length).toBe(all.get(c)!.length)
  })

  it('filters by a minimum confidence, which curated items always pass', async () => {
    for (const min of [0, 0.2, 0.5, 0.99, 1]) {
      const want = sorted(ids(all.get(c)!.filter((d) => passes(d, min))))
      expect(sorted(ids(await listAll(t.app, `/v1/${c}?minConfidence=${min}`))), `minConfidence=${min}`).toEqual(want)
    }
    const extractedOnly = await listAll(t.app, `/v1/${c}?origin=extracted&minConfidence=0.1`)
    expect(sorted(ids(extractedOnly))).toEqual(sorted(ids(all.get(c)!.filter((d) => d.origin === 'extracted' && d.confidence >= 0.1))))
  })

  it.each(['2', '-0.1', 'abc', '0.5,0.6', '1e309', 'Infinity', 'NaN', ''])('answers 400 to minConfidence=%s, naming it', async (value) => {
    const body = expectProblem(await t.app.inject({ url: `/v1/${c}?minConfidence=${value}` }), 400)
    expect(body.errors.map((e: Doc) => e.name)).toContain('minConfidence')
  })

  it('answers 400 to an origin outside the list', async () => {
    const body = expectProblem(await t.app.inject({ url: `/v1/${c}?origin=guessed` }), 400)
    expect(body.errors.map((e: Doc) => e.name)).toContain('origin')
  })

  it('puts the provenance in CSV', async () => {
    const res = await t.app.inject({ url: `/v1/${c}?format=csv&origin=extracted` })
    expect(res.statusCode).toBe(200)
    const [header] = res.body.split('\r\n')
    expect(header!.split(',').slice(-4)).toEqual(['origin', 'confidence', 'extraction.version', 'extraction.rule'])
  })
})

describe('provenance in OpenAPI', () => {
  it('documents origin, confidence and extraction on every item, and the filters on every item list', async () => {
    const doc = await getJson(t.app, '/openapi.json')
    for (const name of ['Actor', 'Event', 'Claim', 'Question']) {
      const schema = doc.components.schemas[name]
      expect(schema.required, name).toEqual(expect.arrayContaining(['origin', 'confidence', 'extraction']))
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['origin', 'confidence', 'extraction']))
    }
    for (const c of COLLECTIONS) {
      const names = (doc.paths[`/v1/${c}`].get.parameters as Doc[]).map((p) => p.name)
      expect(names, c).toEqual(expect.arrayContaining(['origin', 'minConfidence']))
    }
    expect((doc.paths['/v1/articles'].get.parameters as Doc[]).map((p) => p.name)).not.toContain('origin')
  })
})
