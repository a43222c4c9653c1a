import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, getJson, loadSeed, type Doc, type TestApp } from '../helpers/app.js'

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

describe('GET /v1', () => {
  it('describes the dataset with its version, build time and counts per type', async () => {
    const body = await getJson(t.app, '/v1')
    expect(body.datasetVersion).toMatch(/^[0-9a-f]{16}$/)
    expect(new Date(body.builtAt).toISOString()).toBe(body.builtAt)
    expect(body.counts).toMatchObject({
      articles: 1,
      actors: seed.actors.length,
      events: seed.events.length,
      claims: seed.claims.length,
      questions: seed.questions.length,
      sentences: 16
    })
    expect(body.licence).toEqual(expect.any(String))
    expect(body.source).toEqual(expect.any(String))
  })

  it('links to every collection, and every link answers', async () => {
    const { links } = await getJson(t.app, '/v1')
    for (const c of ['articles', 'actors', 'events', 'claims', 'questions']) {
      expect(links[c]).toBe(`/v1/${c}`)
      const list = await getJson(t.app, links[c])
      expect(list.page.total, c).toBe((await getJson(t.app, '/v1')).counts[c])
    }
    expect(links.openapi).toBe('/openapi.json')
    expect(links.health).toBe('/health')
  })
})

describe('GET /health', () => {
  it('answers ok with the dataset version', async () => {
    const health = await getJson(t.app, '/health')
    const dataset: Doc = await getJson(t.app, '/v1')
    expect(health).toEqual({ status: 'ok', datasetVersion: dataset.datasetVersion })
  })
})
