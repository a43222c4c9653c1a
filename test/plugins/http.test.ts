import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { build, type TestApp } from '../helpers/app.js'

// HTTP behaviour: ETag and 304 before any work, Cache-Control, CORS, compression.

describe('HTTP behaviour', () => {
  let t: TestApp
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })

  it('sends an ETag from the dataset version and Cache-Control on every 200, and 304 on If-None-Match', async () => {
    const version = ((await t.app.inject('/v1')).json() as { version: string }).version
    for (const url of ['/v1', '/v1/claims?limit=3', '/v1/actors/china', '/v1/search?q=Putin', '/v1/articles/ukraine-security-guarantees/text']) {
      const res = await t.app.inject(url)
      expect(res.headers.etag, url).toMatch(new RegExp(`^W/"${version}-[\\w-]+"$`))
      expect(res.headers['cache-control'], url).toBe('public, max-age=300')
      const again = await t.app.inject({ url, headers: { 'if-none-match': res.headers.etag as string } })
      expect(again.statusCode, url).toBe(304)
      expect(again.body).toBe('')
      expect(again.headers.etag).toBe(res.headers.etag)
    }
  })

  it('gives equivalent requests one ETag and different ones different ETags', async () => {
    const etag = async (url: string, accept?: string) => (await t.app.inject({ url, headers: accept === undefined ? {} : { accept } })).headers.etag
    expect(await etag('/v1/claims?kind=report&certainty=certain')).toBe(await etag('/v1/claims?certainty=certain&kind=report'))
    expect(await etag('/v1/claims?include=speaker,events')).toBe(await etag('/v1/claims?include=events&include=speaker'))
    expect(await etag('/v1/claims?kind=report')).not.toBe(await etag('/v1/claims?kind=position'))
    expect(await etag('/v1/claims')).not.toBe(await etag('/v1/claims', 'text/csv'))
  })

  it('sends no ETag and no-store on errors, and no-cache with an ETag on /health', async () => {
    const bad = await t.app.inject('/v1/claims?limit=0')
    expect(bad.headers.etag).toBeUndefined()
    expect(bad.headers['cache-control']).toBe('no-store')
    const health = await t.app.inject('/health')
    expect(health.headers['cache-control']).toBe('no-cache')
    expect(health.headers.etag).toBeDefined()
  })

  it('lets any origin read, exposing Link, ETag and the rate-limit headers', async () => {
    const res = await t.app.inject({ url: '/v1/claims?limit=1', headers: { origin: 'https://example.org' } })
    expect(res.headers['access-control-allow-origin']).toBe('*')
    for (const h of ['Link', 'ETag', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'Retry-After']) expect(res.headers['access-control-expose-headers']).toContain(h)
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/v1/claims', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-methods']).toContain('GET')
  })

  it('compresses large responses that ask for it, and not small ones', async () => {
    const plain = await t.app.inject('/v1/claims')
    const gz = await t.app.inject({ url: '/v1/claims', headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body)
    const br = await t.app.inject({ url: '/v1/claims', headers: { 'accept-encoding': 'br' } })
    expect(br.headers['content-encoding']).toBe('br')
    const small = await t.app.inject({ url: '/health', headers: { 'accept-encoding': 'gzip' } })
    expect(small.headers['content-encoding']).toBeUndefined()
  })
})
