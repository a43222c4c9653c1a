import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTOR_KINDS, CERTAINTIES, CLAIM_KINDS, EVENT_STATUSES, QUESTION_KINDS } from '../../src/domain/enums.js'
import { build, expectProblem, type Doc, type TestApp } from '../helpers/app.js'

// Every way a request can be wrong, and the problem+json that says so (src/plugins/errors.ts).

let t: TestApp
let openapi: Doc
beforeAll(async () => {
  t = await build()
  openapi = t.app.swagger() as Doc
})
afterAll(async () => { await t.close() })

const problem = async (url: string, status: number, method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' = 'GET') =>
  expectProblem(await t.app.inject({ method, url }), status)

describe('GET /v1/{collection} with a wrong query', () => {
  it.each(['articles', 'actors', 'events', 'claims', 'questions'])('returns 400 naming the allowed parameters of /v1/%s for an unknown one', async (collection) => {
    const body = await problem(`/v1/${collection}?colour=red`, 400)
    expect(body.errors).toHaveLength(1)
    expect(body.errors[0]).toMatchObject({ in: 'query', name: 'colour' })
    const allowed = (openapi.paths[`/v1/${collection}`].get.parameters as Doc[]).filter((p) => p.in === 'query').map((p) => p.name as string)
    for (const name of allowed) expect(body.errors[0].message).toContain(name)
  })

  it.each([
    ['/v1/claims?certainty=sure', 'certainty', CERTAINTIES],
    ['/v1/claims?kind=rumour', 'kind', CLAIM_KINDS],
    ['/v1/actors?kind=robot', 'kind', ACTOR_KINDS],
    ['/v1/events?status=imagined', 'status', EVENT_STATUSES],
    ['/v1/questions?kind=riddle', 'kind', QUESTION_KINDS],
    ['/v1/claims?sort=loudest', 'sort', ['position', '-position', 'id', '-id']],
    ['/v1/actors?sort=height', 'sort', ['position', '-mentions', 'name']],
    ['/v1/events?include=weather', 'include', ['participants', 'article']],
    ['/v1/claims?include=speaker,colour', 'include', ['speaker', 'subjects', 'events', 'related', 'article']]
  ])('returns 400 listing the allowed values for %s', async (url, name, values) => {
    const body = await problem(url, 400)
    expect(body.errors[0]).toMatchObject({ in: 'query', name })
    for (const v of values) expect(body.errors[0].message).toContain(v)
  })

  it.each(['0', '501', 'abc', '1.5', '-1'])('returns 400 for limit=%s', async (limit) => {
    const body = await problem(`/v1/claims?limit=${limit}`, 400)
    expect(body.errors).toEqual([expect.objectContaining({ in: 'query', name: 'limit' })])
  })

  it.each([
    ['/v1/claims?speaker=nobody', 'speaker'],
    ['/v1/claims?subject=nobody', 'subject'],
    ['/v1/claims?actor=nobody', 'actor'],
    ['/v1/claims?event=nothing', 'event'],
    ['/v1/claims?article=nowhere', 'article'],
    ['/v1/actors?article=nowhere', 'article'],
    ['/v1/events?actor=nobody', 'actor'],
    ['/v1/questions?claim=never-said', 'claim'],
    ['/v1/questions?event=nothing', 'event'],
    ['/v1/actors/ukraine/claims?event=nothing', 'event']
  ])('returns 400, not an empty list, for an id that does not exist: %s', async (url, name) => {
    const body = await problem(url, 400)
    const value = url.split('=').at(-1)!
    expect(body.errors[0]).toMatchObject({ in: 'query', name })
    expect(body.errors[0].message).toContain(`"${value}"`)
  })

  it('names an unknown id among known ones', async () => {
    const body = await problem('/v1/claims?speaker=vladimir-putin&speaker=nobody', 400)
    expect(body.errors[0].message).toContain('"nobody"')
    expect(body.errors[0].message).not.toContain('"vladimir-putin"')
  })

  it('lists every invalid parameter at once', async () => {
    const schema = await problem('/v1/claims?limit=0&certainty=sure', 400)
    expect(schema.errors.map((e: Doc) => e.name).sort()).toEqual(['certainty', 'limit'])
    const ids = await problem('/v1/claims?speaker=nobody&event=nothing', 400)
    expect(ids.errors.map((e: Doc) => e.name).sort()).toEqual(['event', 'speaker'])
  })

  it.each(['', '"', '*'])('returns 400 for a q with no words: q=%s', async (q) => {
    const body = await problem(`/v1/claims?q=${encodeURIComponent(q)}`, 400)
    expect(body.errors[0].name).toBe('q')
  })
})

describe('GET /v1/{collection}/{id} with a query', () => {
  it.each(['/v1', '/health', '/v1/claims/putin-agreed-to-guarantees', '/v1/actors/ukraine', '/v1/articles/ukraine-security-guarantees/text'])('returns 400 for an unknown parameter on %s', async (path) => {
    const body = await problem(`${path}?limit=5`, 400)
    expect(body.errors[0]).toMatchObject({ in: 'query', name: 'limit' })
  })

  // regression: a route without query parameters once said
  // "is not a parameter of this endpoint; allowed: " followed by nothing.
  it('says that the route takes no query parameters', async () => {
    const body = await problem('/v1/claims/putin-agreed-to-guarantees?limit=5', 400)
    expect(body.errors[0].message).not.toMatch(/allowed: ?$/)
  })
})

describe('unknown routes and ids', () => {
  it.each(['/v1/nope', '/nope', '/v1/claims/putin-agreed-to-guarantees/nope', '/v2/claims'])('returns 404 for %s', async (url) => {
    const body = await problem(url, 404)
    expect(body.instance).toBe(url)
  })

  it.each(['articles', 'actors', 'events', 'claims', 'questions'])('returns 404 naming the missing %s id', async (collection) => {
    const body = await problem(`/v1/${collection}/no-such-id`, 404)
    expect(body.detail).toContain('"no-such-id"')
  })
})

describe('POST, PUT, PATCH, DELETE /v1/claims', () => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    for (const url of ['/v1/claims', '/v1/claims/putin-agreed-to-guarantees']) {
      it(`returns 405 with Allow for ${method} ${url}`, async () => {
        const res = await t.app.inject({ method, url })
        expectProblem(res, 405)
        expect(res.headers.allow).toBe('GET, HEAD')
      })
    }
  }
})
