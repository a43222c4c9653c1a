import Fastify, { type RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import app from '../../src/app.js'
import { serverOptions } from '../../src/options.js'
import { READER_ROUTES } from '../../src/routes/reader.js'
import { build, expectProblem, type Doc, type TestApp } from '../helpers/app.js'

// Every route of the OpenAPI document, checked against the contract of API.md: named,
// tagged, described, with schemas for its answers, examples that exist in the data,
// and the problem shape on every error path.

// `since` (the changes feed) is a version the client has, not a filter of rows
const NOT_FILTERS = new Set(['limit', 'cursor', 'after', 'sort', 'format', 'include', 'since'])
let t: TestApp
let doc: Doc
const registered: RouteOptions[] = []
beforeAll(async () => {
  t = await build()
  doc = t.app.swagger() as Doc
  // the app registered once more, with the production options, only to see every route it adds
  const probe = Fastify(serverOptions({ logLevel: 'silent', trustProxy: false }))
  probe.addHook('onRoute', (route) => { registered.push(route) })
  await probe.register(fp(app), { dbPath: t.dbPath, rateLimitMax: 0 })
  await probe.ready()
  await probe.close()
})
afterAll(async () => { await t.close() })

const operations = () => Object.entries(doc.paths as Record<string, Record<string, Doc>>)
  .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
const pathParams = (op: Doc) => ((op.parameters ?? []) as Doc[]).filter((p) => p.in === 'path')
const idOnly = () => operations().filter(({ method, op }) => method === 'get' && pathParams(op).length === 1 && pathParams(op)[0]!.name === 'id')

describe('the OpenAPI document', () => {
  it('names every component API.md names', () => {
    for (const name of ['Actor', 'Event', 'Claim', 'Question', 'Span', 'Problem', 'Page']) expect(doc.components.schemas, name).toHaveProperty(name)
  })

  it('documents every route the app registers, except the docs themselves', () => {
    const gets = registered.filter((r) => (Array.isArray(r.method) ? r.method : [r.method]).includes('GET'))
    expect(gets.length).toBeGreaterThan(Object.keys(doc.paths).length)
    const hidden = gets.filter((r) => (r.schema as Doc | undefined)?.hide === true).map((r) => r.url)
    // the reader view's pages and assets are for people, not part of the API's contract
    const notApi = (url: string) => url === '/openapi.json' || url.startsWith('/docs') || url.startsWith('/assets/') || READER_ROUTES.includes(url)
    expect(hidden.every(notApi), hidden.join(', ')).toBe(true)
    const documented = Object.keys(doc.paths)
    for (const r of gets.filter((r) => !hidden.includes(r.url))) expect(documented).toContain(r.url.replace(/:(\w+)/g, '{$1}'))
  })

  it('gives every operation a unique operationId, known tags, a one-line summary and a description', () => {
    const tags = (doc.tags as Doc[]).map((tag) => tag.name)
    const seen = new Set<string>()
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/)
      expect(seen.has(op.operationId), `${where}: duplicate operationId ${op.operationId}`).toBe(false)
      seen.add(op.operationId)
      expect(op.tags?.length, where).toBeGreaterThan(0)
      for (const tag of op.tags) expect(tags, where).toContain(tag)
      expect(op.summary, where).toMatch(/^[^\n]{3,80}$/)
      expect(op.description?.length, where).toBeGreaterThan(10)
    }
  })

  it('gives every operation a 200 schema and at least one 4xx Problem', () => {
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`
      const ok = Object.values(op.responses['200']?.content ?? {}) as Doc[]
      expect(ok.length, where).toBeGreaterThan(0)
      for (const media of ok) expect(media.schema, where).toBeDefined()
      const errors = Object.entries(op.responses as Record<string, Doc>).filter(([status]) => /^4\d\d$/.test(status))
      expect(errors.length, where).toBeGreaterThan(0)
      for (const [status, res] of errors) {
        const schemas = Object.values(res.content ?? {}).map((m) => (m as Doc).schema?.$ref)
        expect(schemas, `${where} ${status}`).toContain('#/components/schemas/Problem')
      }
    }
  })

  // regression: the server answers errors as application/problem+json, and the document
  // once said application/json.
  it('documents the 4xx responses as application/problem+json', () => {
    for (const { op } of operations()) {
      for (const [status, res] of Object.entries(op.responses as Record<string, Doc>)) {
        if (status.startsWith('4')) expect(Object.keys(res.content)).toContain('application/problem+json')
      }
    }
  })

  it('gives every path parameter an example, and every filter one in its description only', () => {
    for (const { path, op } of operations()) {
      for (const p of (op.parameters ?? []) as Doc[]) {
        if (p.in === 'path') expect(p.example ?? p.examples ?? p.schema?.examples, `${path} ${p.in} ${p.name}`).toBeDefined()
        if (p.in !== 'query' || NOT_FILTERS.has(p.name)) continue
        expect(p.description, `${path} ${p.name}`).toMatch(/Example: `[^`]+`\.$/)
        // Swagger UI's "Try it out" would prefill these, ANDed (a required one needs its value)
        if (p.required !== true) expect([p.example, p.examples, p.schema?.example, p.schema?.examples, p.schema?.default, p.schema?.items?.default], `${path} ${p.name}`).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
      }
    }
  })
})

describe('GET routes against the data', () => {
  it('finds rows with every filter example of every top-level list', async () => {
    for (const { path, op } of operations().filter(({ path }) => /^\/v1\/[a-z]+$/.test(path) && path !== '/v1/search')) {
      for (const p of ((op.parameters ?? []) as Doc[]).filter((p) => p.in === 'query' && !NOT_FILTERS.has(p.name))) {
        const values = [/Example: `([^`]+)`/.exec(p.description as string)![1]!]
        const query = values.map((v) => `${p.name}=${encodeURIComponent(v)}`).join('&')
        const res = await t.app.inject(`${path}?${query}`)
        expect(res.statusCode, `${path}?${query}`).toBe(200)
        expect(res.json().data.length, `${path}?${query} finds nothing`).toBeGreaterThan(0)
      }
    }
  })

  it('answers every {id} route with 200 for its example id and a 404 problem for a missing one', async () => {
    const routes = idOnly()
    expect(routes.length).toBeGreaterThanOrEqual(16)
    for (const { path, op } of routes) {
      const example = pathParams(op)[0]!.example as string
      const ok = await t.app.inject(path.replace('{id}', example))
      expect(ok.statusCode, `${path} with ${example}`).toBe(200)
      expect(ok.headers['content-type']).toBe(path.endsWith('/text') ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8')
      const missing = expectProblem(await t.app.inject(path.replace('{id}', 'no-such-id')), 404)
      expect(missing.instance).toBe(path.replace('{id}', 'no-such-id'))
    }
  })

  it('answers an unknown query parameter on every route with a 400 problem', async () => {
    for (const { path, op } of operations()) {
      const example = pathParams(op)[0]?.example as string | undefined
      const url = `${path.replace('{id}', example ?? '')}?unknown=1${path === '/v1/search' ? '&q=nato' : path === '/v1/changes' ? '&since=x' : ''}`
      const body = expectProblem(await t.app.inject(url), 400)
      expect(body.errors[0], url).toMatchObject({ in: 'query', name: 'unknown' })
    }
  })
})
