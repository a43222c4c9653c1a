import { copyFileSync, cpSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, getJson, listAll, ROOT, type Doc, type TestApp } from '../helpers/app.js'
import { removeTempDirs, tempDir } from '../helpers/seed.js'

// The extraction development set served by the API twice: as bare texts, extracted during
// the build, and with its reviewed reference annotations. What is checked holds for any
// extractor: every article served, every item marked with its origin, every span exact.

const DEV = join(ROOT, 'test', 'fixtures', 'extraction', 'dev')
const DEV_IDS = readdirSync(join(DEV, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()

/** The dev split with only its texts and its registry: every article is extracted. */
function bareDev (): string {
  const seed = join(tempDir('dev-bare'), 'seed')
  mkdirSync(join(seed, 'articles'), { recursive: true })
  cpSync(join(DEV, 'actors.yaml'), join(seed, 'actors.yaml'))
  for (const id of DEV_IDS) copyFileSync(join(DEV, 'articles', `${id}.txt`), join(seed, 'articles', `${id}.txt`))
  return seed
}

const COLLECTIONS = ['actors', 'events', 'claims', 'questions']

let bare: TestApp
let reviewed: TestApp
beforeAll(async () => {
  bare = await build(bareDev())
  reviewed = await build(DEV)
})
afterAll(async () => {
  await bare?.close()
  await reviewed?.close()
  removeTempDirs()
})

describe('the development set as bare texts', () => {
  it('serves every article', async () => {
    expect((await listAll(bare.app, '/v1/articles')).map((a) => a.id).sort()).toEqual(DEV_IDS)
  })

  it('marks every event, claim and question extracted, with a confidence and the rule', async () => {
    for (const c of ['events', 'claims', 'questions']) {
      for (const doc of await listAll(bare.app, `/v1/${c}`)) {
        expect(doc, `${c} ${doc.id}`).toMatchObject({ origin: 'extracted', confidence: expect.any(Number), extraction: { version: expect.any(String), rule: expect.any(String) } })
      }
    }
    expect((await listAll(bare.app, '/v1/claims')).length).toBeGreaterThan(0)
  })

  it('keeps registry actors curated', async () => {
    for (const a of await listAll(bare.app, '/v1/actors')) {
      if (a.origin === 'curated') expect([a.confidence, a.extraction]).toEqual([null, null])
      else expect(a.confidence).toEqual(expect.any(Number))
    }
  })

  it('serves spans that slice to their quotes in the article text', async () => {
    const texts = new Map<string, string>()
    for (const id of DEV_IDS) texts.set(id, (await getJson(bare.app, `/v1/articles/${id}`)).text as string)
    for (const c of ['events', 'claims', 'questions']) {
      for (const doc of await listAll(bare.app, `/v1/${c}`)) {
        for (const s of doc.evidence as Doc[]) {
          const text = texts.get(s.article)!
          expect(text.slice(s.startUtf16, s.endUtf16)).toBe(s.quote)
          expect([...text].slice(s.start, s.end).join('')).toBe(s.quote)
        }
      }
    }
  })
})

describe('the development set with its reviewed annotations', () => {
  it('marks every item curated, with null confidence and extraction', async () => {
    for (const c of COLLECTIONS) {
      const docs = await listAll(reviewed.app, `/v1/${c}`)
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect([doc.origin, doc.confidence, doc.extraction], `${c} ${doc.id}`).toEqual(['curated', null, null])
    }
  })

  it('serves the articles with the titles and publishers the annotations give', async () => {
    const served = await listAll(reviewed.app, '/v1/articles')
    expect(served.map((a) => a.id).sort()).toEqual(DEV_IDS)
    expect(served.some((a) => a.title !== null)).toBe(true)
  })
})
