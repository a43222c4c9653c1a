import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, ProblemError, type Claim, type ClaimsClient } from '@structured-claims/client'
import { build, listAll, type TestApp } from '../helpers/app.js'

// The client against the real app listening on a free port: typed bodies, problems as
// errors, every page of a list, and the NDJSON export as a stream.

let t: TestApp
let api: ClaimsClient
beforeAll(async () => {
  t = await build()
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' })
  api = createClient({ baseUrl: address })
})
afterAll(async () => { await t.close() })

describe('createClient().get', () => {
  it('returns a typed page of claims filtered by speaker', async () => {
    const body = await api.get('/v1/claims', { query: { speaker: ['marco-rubio'], limit: 5 } })
    const claims: Claim[] = body.data
    expect(claims.length).toBeGreaterThan(0)
    for (const c of claims) expect(c.speaker).toBe('marco-rubio')
    expect(body.page.total).toBeGreaterThanOrEqual(claims.length)
  })

  it('fills path parameters', async () => {
    const [first] = (await api.get('/v1/claims', { query: { limit: 1 } })).data
    const claim = await api.get('/v1/claims/{id}', { path: { id: first!.id } })
    expect(claim.id).toBe(first!.id)
  })

  it('throws a ProblemError naming every invalid parameter on a 400', async () => {
    const err = await api.get('/v1/claims', { query: { certainty: ['sure' as 'certain'], limit: 0 } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ProblemError)
    const problem = err as ProblemError
    expect(problem.status).toBe(400)
    expect(problem.type).toMatch(/problems/)
    expect(problem.detail).not.toBe('')
    expect(problem.errors.map((e) => e.name).sort()).toEqual(['certainty', 'limit'])
  })

  it('throws a ProblemError on a 404', async () => {
    const err = await api.get('/v1/claims/{id}', { path: { id: 'no-such-claim' } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ProblemError)
    expect((err as ProblemError).status).toBe(404)
  })
})

describe('createClient().items and .pages', () => {
  it('walks every page of a collection: each claim once, in order', async () => {
    const expected = (await listAll(t.app, '/v1/claims')).map((c) => c.id)
    const got: string[] = []
    for await (const claim of api.items('/v1/claims', { query: { limit: 7 } })) got.push(claim.id)
    expect(got).toEqual(expected)
  })

  it('walks a nested list and a search', async () => {
    const nested: string[] = []
    for await (const c of api.items('/v1/actors/{id}/claims', { path: { id: 'donald-trump' }, query: { limit: 3 } })) nested.push(c.speaker ?? '')
    expect(nested.length).toBeGreaterThan(3)
    let pages = 0
    let hits = 0
    let total = -1
    for await (const page of api.pages('/v1/search', { query: { q: ['Ukraine'], limit: 4 } })) {
      pages++
      hits += page.data.length
      total = page.page.total
    }
    expect(pages).toBeGreaterThan(1)
    expect(hits).toBe(total)
  })
})

describe('createClient().stream', () => {
  it('yields the NDJSON export, the same items as the pages', async () => {
    const paged: string[] = []
    for await (const c of api.items('/v1/claims', { query: { certainty: ['possible'], limit: 500 } })) paged.push(c.id)
    const streamed: string[] = []
    for await (const c of api.stream('/v1/claims', { query: { certainty: ['possible'] } })) streamed.push(c.id)
    expect(streamed).toEqual(paged)
  })

  it('throws a ProblemError before streaming when the request is invalid', async () => {
    const run = async () => { for await (const c of api.stream('/v1/claims', { query: { kind: ['nope' as 'report'] } })) expect(c).toBeUndefined() }
    await expect(run()).rejects.toBeInstanceOf(ProblemError)
  })
})
