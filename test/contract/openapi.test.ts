import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, EXAMPLES_FILE } from '../../src/schemas/examples.js'
import { readExamples } from '../../src/schemas/generate-examples.js'
import { build, getJson, ROOT, type TestApp } from '../helpers/app.js'

// The committed documents are what the code and the data produce: openapi/openapi.json
// (Datasette keeps its docs honest the same way) and the OpenAPI examples.

const committed = (path: string | URL) => JSON.parse(readFileSync(path, 'utf8')) as unknown
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

describe('GET /openapi.json', () => {
  it('serves the committed openapi/openapi.json', async () => {
    const served = await getJson(t.app, '/openapi.json')
    expect(served, 'openapi/openapi.json is stale: run `npm run openapi` and commit the result').toEqual(committed(join(ROOT, 'openapi', 'openapi.json')))
  })

  it('serves the document app.swagger() builds, as OpenAPI 3.1', async () => {
    const served = await getJson(t.app, '/openapi.json')
    expect(served).toEqual(JSON.parse(JSON.stringify(t.app.swagger())))
    expect(served.openapi).toBe('3.1.0')
  })
})

describe('src/schemas/examples.json', () => {
  it('holds what the seed produces for EXAMPLE_IDS', () => {
    expect(committed(EXAMPLES_FILE), 'src/schemas/examples.json is stale: run `npm run examples`').toEqual(readExamples(t.dbPath))
  })

  it('is what the API serves for the example claim, event and question', async () => {
    const examples = committed(EXAMPLES_FILE) as Record<string, unknown>
    expect(await getJson(t.app, `/v1/claims/${EXAMPLE_IDS.claim}`)).toEqual(examples.claim)
    expect(await getJson(t.app, `/v1/events/${EXAMPLE_IDS.event}`)).toEqual(examples.event)
    expect(await getJson(t.app, `/v1/questions/${EXAMPLE_IDS.question}`)).toEqual(examples.question)
  })

  it('is what the API lists for the example actor and article', async () => {
    const examples = committed(EXAMPLES_FILE) as Record<string, unknown>
    const listed = async (collection: string, id: string) => (await getJson(t.app, `/v1/${collection}?limit=500`)).data.find((d: { id: string }) => d.id === id)
    expect(await listed('actors', EXAMPLE_IDS.actor)).toEqual(examples.actor)
    expect(await listed('articles', EXAMPLE_IDS.article)).toEqual(examples.article)
  })
})
