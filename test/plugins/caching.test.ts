import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { MAX_AGE } from '../../src/plugins/caching.js'
import { build, getJson, type Doc, type TestApp } from '../helpers/app.js'

// Conditional requests and the response cache (src/plugins/caching.ts): the ETag comes from
// the dataset version and the canonical request; If-None-Match is a 304; a 200 is replayed.

let t: TestApp
let version: string
let urls: string[] // every GET route under /v1, with the example ids of the OpenAPI document
beforeAll(async () => {
  t = await build()
  version = (await getJson(t.app, '/v1')).datasetVersion
  const paths = (t.app.swagger() as Doc).paths as Record<string, Doc>
  urls = Object.entries(paths).filter(([path, item]) => path.startsWith('/v1') && item.get !== undefined)
    .map(([path, item]) => path.replace('{id}', ((item.get.parameters ?? []) as Doc[]).find((p) => p.in === 'path')?.example as string))
    .map((url) => (url === '/v1/search' ? '/v1/search?q=Putin' : url === '/v1/changes' ? `/v1/changes?since=${version}` : url))
    // the database file is a download with its own strong ETag (test/routes/download.test.ts)
    .filter((url) => url !== '/v1/dataset.db')
})
afterAll(async () => { await t.close() })

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers })
const etag = async (url: string, headers: Record<string, string> = {}) => (await get(url, headers)).headers.etag as string

describe('ETag and Cache-Control', () => {
  it('come with every 200 under /v1, and If-None-Match gets a 304 with an empty body', async () => {
    expect(urls.length).toBeGreaterThan(20)
    for (const url of urls) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers.etag, url).toMatch(new RegExp(`^W/"${version}-[\\w-]+"$`))
      expect(res.headers['cache-control'], url).toBe(`public, max-age=${MAX_AGE}`)
      const again = await get(url, { 'if-none-match': res.headers.etag as string })
      expect(again.statusCode, url).toBe(304)
      expect(again.body).toBe('')
      expect(again.headers.etag).toBe(res.headers.etag)
      expect(again.headers['cache-control']).toBe(`public, max-age=${MAX_AGE}`)
    }
  })

  it('come with the bulk formats too, which answer If-None-Match with a 304', async () => {
    for (const accept of ['text/csv', 'application/x-ndjson']) {
      const res = await get('/v1/claims', { accept })
      expect(res.headers.etag).toMatch(new RegExp(`^W/"${version}-`))
      const again = await get('/v1/claims', { accept, 'if-none-match': res.headers.etag as string })
      expect(again.statusCode).toBe(304)
      expect(again.body).toBe('')
    }
  })

  it('match If-None-Match lists and strong forms of the tag; another tag gets the 200', async () => {
    const tag = await etag('/v1/claims?limit=2')
    for (const header of [`"nope", ${tag}`, tag.replace(/^W\//, ''), '*']) {
      expect((await get('/v1/claims?limit=2', { 'if-none-match': header })).statusCode, header).toBe(304)
    }
    expect((await get('/v1/claims?limit=2', { 'if-none-match': tag.replace(version, 'other-version') })).statusCode).toBe(200)
  })

  it('differ between different queries and representations', async () => {
    const tags = [
      await etag('/v1/claims'), await etag('/v1/claims?kind=report'), await etag('/v1/claims?kind=position'),
      await etag('/v1/claims?limit=3'), await etag('/v1/claims?limit=4'), await etag('/v1/search?q=Putin'), await etag('/v1/search?q=China'),
      await etag('/v1/claims', { accept: 'text/csv' }), await etag('/v1/claims', { accept: 'application/x-ndjson' })
    ]
    expect(new Set(tags).size).toBe(tags.length)
  })

  it('are the same for equivalent queries', async () => {
    const same = [
      ['/v1/claims?kind=report&certainty=certain&limit=3', '/v1/claims?limit=3&certainty=certain&kind=report'],
      ['/v1/claims?kind=report&kind=position', '/v1/claims?kind=position&kind=report'],
      ['/v1/claims?include=speaker,events', '/v1/claims?include=speaker&include=events', '/v1/claims?include=events,speaker'],
      ['/v1/search?q=security%20guarantees&type=claim', '/v1/search?type=claim&q=security+guarantees'],
      ['/v1/claims', '/v1/claims/']
    ]
    for (const group of same) {
      const tags = await Promise.all(group.map((url) => etag(url)))
      expect(new Set(tags).size, group.join(' ~ ')).toBe(1)
      expect(tags[0]).toBeDefined()
    }
  })

  it('do not depend on the host or port asked, except for JSON-LD, whose IRIs are made from them', async () => {
    // replicas behind one proxy each listen on a port of their own: the same answer, the same tag
    for (const url of ['/v1/claims?limit=5', '/v1/search?q=Putin&limit=3', '/openapi.json', '/v1/claims?format=csv']) {
      const [a, b] = await Promise.all([get(url, { host: '127.0.0.1:8001' }), get(url, { host: 'replica.example:8002' })])
      expect(a.body, url).toBe(b.body)
      expect(a.headers.etag, url).toBe(b.headers.etag)
    }
    for (const url of ['/v1/claims?limit=5&format=jsonld', '/v1/claims?format=jsonld-ndjson']) {
      const a = await get(url, { host: 'a.example' })
      const b = await get(url, { host: 'b.example' })
      expect(a.statusCode, url).toBe(200)
      expect(a.body, url).not.toBe(b.body)
      expect(a.headers.etag, url).not.toBe(b.headers.etag)
    }
  })

  it('are absent from 4xx, which are no-store', async () => {
    const requests = [
      { url: '/v1/claims?limit=0' }, { url: '/v1/search?q=%22' }, { url: '/v1/claims/no-such-claim' }, { url: '/v1/nope' },
      { url: '/v1/actors/nobody/claims?format=csv' }, { url: '/v1/claims', method: 'DELETE' as const }
    ]
    for (const r of requests) {
      const res = await t.app.inject(r)
      expect(res.statusCode, r.url).toBeGreaterThanOrEqual(400)
      expect(res.headers.etag, r.url).toBeUndefined()
      expect(res.headers['cache-control'], r.url).toBe('no-store')
    }
  })

  // A 304 decided before routing and validation once answered GET /v1/claims/no-such-claim
  // with If-None-Match: * (and /v1/nope, /v1/claims?limit=0). RFC 9110 §13.1.2: "*" is
  // false when no current representation exists.
  it('answers If-None-Match: * on a missing resource or a bad query with the 4xx', async () => {
    for (const [url, status] of [['/v1/claims/no-such-claim', 404], ['/v1/nope', 404], ['/v1/claims?limit=0', 400]] as const) {
      expect((await get(url, { 'if-none-match': '*' })).statusCode, url).toBe(status)
    }
  })

  it('has /health revalidated: an ETag and no-cache, and a 304 on If-None-Match', async () => {
    const res = await get('/health')
    expect(res.headers.etag).toMatch(new RegExp(`^W/"${version}-`))
    expect(res.headers['cache-control']).toBe('no-cache')
    const again = await get('/health', { 'if-none-match': res.headers.etag as string })
    expect(again.statusCode).toBe(304)
    expect(again.headers['cache-control']).toBe('no-cache')
  })
})

describe('the response cache', () => {
  const HEADERS = ['etag', 'link', 'content-type', 'cache-control', 'vary', 'content-length']
  const pick = (h: Record<string, unknown>) => Object.fromEntries(HEADERS.map((k) => [k, h[k]]))

  it('replays a 200 with the same body and headers', async () => {
    for (const url of ['/v1/search?q=Ukraine&limit=2', '/v1/actors/vladimir-putin/claims?limit=2&include=speaker', '/v1/articles/ukraine-security-guarantees/text', '/openapi.json']) {
      const first = await get(url)
      const second = await get(url)
      expect(second.statusCode).toBe(200)
      expect(second.body, url).toBe(first.body)
      expect(pick(second.headers), url).toEqual(pick(first.headers))
    }
    expect((await get('/v1/search?q=Ukraine&limit=2')).headers.link).toMatch(/rel="next"/)
  })

  it('gives an equivalent request the same body', async () => {
    const a = await get('/v1/claims?kind=position&certainty=certain&limit=2')
    const b = await get('/v1/claims?limit=2&certainty=certain&kind=position')
    expect(b.body).toBe(a.body)
    expect(b.headers.etag).toBe(a.headers.etag)
  })

  it('is not emptied by a HEAD request, and still compresses a replay', async () => {
    const url = '/v1/events?limit=20&sort=id'
    const head = await t.app.inject({ method: 'HEAD', url })
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
    const body = (await get(url)).body
    expect(body.length).toBe(Number(head.headers['content-length']))
    const zipped = await get(url, { 'accept-encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(body)
  })

  it('keeps the JSON and the CSV of one URL apart', async () => {
    const json = await get('/v1/questions')
    const csv = await get('/v1/questions', { accept: 'text/csv' })
    const again = await get('/v1/questions')
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    expect(again.headers['content-type']).toMatch(/^application\/json/)
    expect(again.body).toBe(json.body)
    expect(csv.headers.etag).not.toBe(json.headers.etag)
  })
})
