import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { buildApp } from '../../src/app.js'
import { build, expectProblem, type TestApp } from '../helpers/app.js'

// What src/plugins/http.ts owes a public API's clients: CORS, rate limiting, compression
// and security headers.

const LIMIT = 5
let t: TestApp // RATE_LIMIT_MAX 0
let limited: FastifyInstance // RATE_LIMIT_MAX 5, over the same database
beforeAll(async () => {
  t = await build()
  limited = await buildApp({ dbPath: t.dbPath, rateLimitMax: LIMIT, logLevel: 'silent', trustProxy: false })
})
afterAll(async () => { await limited.close(); await t.close() })

describe('CORS', () => {
  it('lets any origin read, exposing Link, ETag and the rate-limit headers', async () => {
    for (const origin of ['https://example.org', 'http://localhost:8080', 'null']) {
      for (const url of ['/v1/claims?limit=1', '/v1/nope']) {
        const res = await limited.inject({ url, headers: { origin }, remoteAddress: '10.0.1.1' })
        expect(res.headers['access-control-allow-origin'], url).toBe('*')
        const exposed = String(res.headers['access-control-expose-headers']).split(/,\s*/)
        expect(exposed).toEqual(expect.arrayContaining(['Link', 'ETag', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After']))
      }
    }
  })

  it('answers a preflight with 204 allowing GET', async () => {
    const res = await t.app.inject({ method: 'OPTIONS', url: '/v1/claims', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } })
    expect(res.statusCode).toBe(204)
    expect(res.headers['access-control-allow-origin']).toBe('*')
    expect(String(res.headers['access-control-allow-methods']).split(/,\s*/)).toContain('GET')
    expect(res.headers['access-control-allow-headers']).toBe('*')
    expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0)
  })
})

describe('rate limiting', () => {
  const from = (ip: string, opts: InjectOptions = {}) => limited.inject({ url: '/v1', ...opts, remoteAddress: ip })

  it('sends the limit headers on every response: 200, 304, 400, 404, 405, 429', async () => {
    const ok = await from('10.0.2.1')
    const responses = [ok]
    for (const r of [{ headers: { 'if-none-match': ok.headers.etag as string } }, { url: '/v1/claims?limit=0' }, { url: '/v1/nope' }, { url: '/v1/claims/no-such-claim' }, {}]) {
      responses.push(await from('10.0.2.1', r))
    }
    responses.push(await from('10.0.2.2', { url: '/v1/claims', method: 'DELETE' }))
    expect(responses.map((r) => r.statusCode)).toEqual([200, 304, 400, 404, 404, 429, 405])
    for (const res of responses) {
      expect(res.headers['x-ratelimit-limit']).toBe(String(LIMIT))
      expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(0)
    }
    expect(responses.map((r) => r.headers['x-ratelimit-remaining'])).toEqual(['4', '3', '2', '1', '0', '0', '4'])
  })

  it(`answers request ${LIMIT + 1} with a 429 problem naming the limit, with Retry-After`, async () => {
    for (let i = 0; i < LIMIT; i++) expect((await from('10.0.3.1')).statusCode).toBe(200)
    const res = await from('10.0.3.1')
    const problem = expectProblem(res, 429)
    expect(problem.detail).toMatch(new RegExp(`at most ${LIMIT} requests per minute`))
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect(res.headers['x-ratelimit-remaining']).toBe('0')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['access-control-allow-origin']).toBe('*')
  })

  it('counts each client apart, and does not trust X-Forwarded-For without TRUST_PROXY', async () => {
    for (let i = 0; i < LIMIT; i++) await from('10.0.4.1')
    expect((await from('10.0.4.1', { headers: { 'x-forwarded-for': '192.0.2.9' } })).statusCode).toBe(429)
    const other = await from('10.0.4.2')
    expect(other.statusCode).toBe(200)
    expect(other.headers['x-ratelimit-remaining']).toBe(String(LIMIT - 1))
  })

  it('is off, with no headers, when RATE_LIMIT_MAX is 0', async () => {
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await t.app.inject('/v1')
      expect(res.statusCode).toBe(200)
      expect(Object.keys(res.headers).filter((h) => /^x-ratelimit|^retry-after/.test(h))).toEqual([])
    }
  })
})

describe('compression', () => {
  const get = (url: string, encoding?: string) => t.app.inject({ url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } })

  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync]
  ] as const)('sends a large list as %s when asked, the same body once decoded', async (encoding, decode) => {
    for (const url of ['/v1/claims?limit=500', '/v1/claims?format=csv']) {
      const plain = await get(url)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.rawPayload.length).toBeGreaterThan(1024)
      const packed = await get(url, encoding)
      expect(packed.headers['content-encoding'], url).toBe(encoding)
      expect(String(packed.headers.vary)).toMatch(/accept-encoding/i)
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length)
      expect(decode(packed.rawPayload).toString(), url).toBe(plain.body)
    }
  })

  it('compresses Swagger UI\'s files, and a search export as it streams', async () => {
    const html = await get('/docs/')
    const bundle = /src="([^"]*swagger-ui-bundle[^"]*)"/.exec(html.body)?.[1]
    expect(bundle).toBeDefined()
    const url = new URL(bundle!, 'http://x/docs/').pathname
    const plain = await get(url)
    const packed = await get(url, 'br, gzip')
    expect(packed.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(packed.rawPayload).equals(plain.rawPayload)).toBe(true)
    const search = await get('/v1/search?q=Ukraine&format=ndjson', 'gzip')
    expect(search.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(search.rawPayload).toString()).toBe((await get('/v1/search?q=Ukraine&format=ndjson')).body)
  })

  it('leaves responses under 1 KiB alone', async () => {
    for (const url of ['/health', '/v1', '/v1/nope']) {
      const res = await get(url, 'gzip, br')
      expect(res.rawPayload.length, url).toBeLessThan(1024)
      expect(res.headers['content-encoding'], url).toBeUndefined()
    }
  })
})

describe('security headers', () => {
  it.each(['/v1/claims', '/v1/search?q=Putin', '/v1/nope', '/docs', '/openapi.json'])('sends nosniff, a strict CSP and a cross-origin CORP on %s', async (url) => {
    const res = await t.app.inject(url)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    const csp = Object.fromEntries(String(res.headers['content-security-policy']).split(';').map((d) => { const [k, ...v] = d.trim().split(/\s+/); return [k, v.join(' ')] }))
    expect(csp['default-src']).toBe("'self'")
    expect(csp['frame-ancestors']).toBe("'none'")
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin')
  })

  it('keeps Swagger UI working: /docs is HTML whose scripts are same-origin files', async () => {
    for (const url of ['/docs', '/docs/']) {
      const res = await t.app.inject(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toMatch(/^text\/html/)
      const scripts = [...res.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!)
      expect(scripts.length).toBeGreaterThan(0)
      for (const attrs of scripts) {
        const src = /src="([^"]+)"/.exec(attrs)?.[1]
        expect(src, 'no inline script, which the CSP would block').toBeDefined()
        expect((await t.app.inject(new URL(src!, `http://x${url}`).pathname)).statusCode, src).toBe(200)
      }
    }
  })
})
