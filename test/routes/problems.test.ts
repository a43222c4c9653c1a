import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBLEM_TYPES } from '../../src/problems.js'
import { build, expectProblem, type Doc, type TestApp } from '../helpers/app.js'

// The problem catalogue (src/problems.ts): every problem the server sends has a type from
// it, with its title and status; every type resolves at /problems/<name>; and the error
// examples in the OpenAPI document are what the server really answers.

let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

describe('GET /problems/{name}', () => {
  it.each(Object.entries(PROBLEM_TYPES))('describes %s as JSON', async (name, p) => {
    const res = await t.app.inject(`/problems/${name}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    expect(res.json()).toEqual({ type: `/problems/${name}`, name, status: p.status, title: p.title, description: p.description })
  })

  it('describes a type as a small HTML page to a browser, escaped and without scripts', async () => {
    const res = await t.app.inject({ url: '/problems/invalid-parameter', headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.body).toContain('<h1>Invalid parameter</h1>')
    expect(res.body).toContain('`errors` lists every such parameter')
    expect(res.body).not.toMatch(/<script/i)
    expect(res.body.length).toBeLessThan(2000)
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/)
  })

  it('names the `name` parameter when it is too long for the router', async () => {
    const res = await t.app.inject(`/problems/${'y'.repeat(201)}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ in: 'path', name: 'name', message: 'must be at most 200 characters long' }])
  })

  it('answers a name that is not a type with a 404 problem', async () => {
    const body = expectProblem(await t.app.inject('/problems/teapot'), 404)
    expect(body.detail).toContain('invalid-parameter')
    expectProblem(await t.app.inject('/problems/__proto__'), 404)
  })
})

describe('the problems the server sends', () => {
  it.each([
    ['/v1/claims?certainty=sure', {}],
    ['/v1/claims/nope', {}],
    ['/nope', {}],
    ['/v1/claims', { accept: 'image/png' }],
    ['/v1/claims/%zz', {}],
    ['/v1/claims?limit=1e309', {}]
  ])('carry a type from the catalogue, with its title and status, that resolves: %s', async (url, headers) => {
    const res = await t.app.inject({ url, headers })
    const body = res.json() as Doc
    const name = String(body.type).replace('/problems/', '')
    const type = PROBLEM_TYPES[name as keyof typeof PROBLEM_TYPES]
    expect(type, body.type).toBeDefined()
    expect(body.title).toBe(type.title)
    expect(body.status).toBe(res.statusCode)
    expect((await t.app.inject(body.type)).statusCode).toBe(200)
  })

  it('is what the OpenAPI document shows in its error examples', async () => {
    const doc = t.app.swagger() as Doc
    const examples: Doc[] = [(doc.components.schemas.Problem as Doc).examples[0]]
    for (const item of Object.values(doc.paths as Record<string, Doc>)) {
      for (const response of Object.values(item.get.responses as Record<string, Doc>)) {
        const example = response.content?.['application/problem+json']?.example
        if (example !== undefined) examples.push(example)
      }
    }
    expect(examples.length).toBeGreaterThan(10)
    for (const example of new Set(examples)) {
      const res = await t.app.inject(example.instance as string)
      expect(res.json(), example.instance).toEqual(example)
    }
  })
})
