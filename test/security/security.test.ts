import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, type Socket } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import app, { buildApp } from '../../src/app.js'
import { serverOptions } from '../../src/options.js'
import { build, type TestApp } from '../helpers/app.js'
import { startServer, type RunningServer } from '../helpers/server.js'

// A security review of the public API, written as tests: the headers it sends, what its
// errors do not say, its limits on request size, URL length and rate, and that nothing
// it answers can write. Network tests talk to a real server on 127.0.0.1 only.

const LEAKS = /SELECT |INSERT |sqlite|SQLITE_|better-sqlite3|\/work\/|\/home\/|\/tmp\/|node_modules|\.ts:\d+|\n\s+at /i
const PROBLEM = /^application\/problem\+json/

/** One raw HTTP/1.1 exchange over a socket to 127.0.0.1, for what fetch would refuse to send. */
function rawRequest (baseUrl: string, text: string): Promise<string> {
  const { port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => { socket.write(text) })
    let data = ''
    const timer = setTimeout(() => { socket.destroy(); resolve(data) }, 5000)
    socket.on('data', (d) => { data += d.toString('latin1') })
    socket.on('end', () => { clearTimeout(timer); resolve(data) })
    socket.on('error', (err) => { clearTimeout(timer); reject(err) })
  })
}
const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(raw)?.[1])
const bodyOf = (raw: string) => raw.slice(raw.indexOf('\r\n\r\n') + 4)
const headerOf = (raw: string, name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(raw.slice(0, raw.indexOf('\r\n\r\n')))?.[1]

let t: TestApp
let server: RunningServer
beforeAll(async () => { [t, server] = await Promise.all([build(), startServer()]) })
afterAll(async () => { await Promise.all([t.close(), server.stop()]) })

describe('headers', () => {
  it.each(['/v1/claims', '/v1/claims?format=csv', '/v1/nope', '/v1/claims?limit=0', '/docs/', '/openapi.json'])('sends the headers a public API should on %s', async (url) => {
    const res = await t.app.inject(url)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin')
    expect(res.headers['access-control-allow-origin']).toBe('*')
    expect(res.headers['x-powered-by']).toBeUndefined()
    expect(res.headers.server).toBeUndefined()
  })

  it('keeps Swagger UI working under that policy: no inline script, every asset from this origin', async () => {
    const page = await t.app.inject('/docs/')
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, inline] of scripts) {
      expect(attrs, 'a script CSP would block').toMatch(/src="[^"]+"/)
      expect(inline!.trim()).toBe('')
    }
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    for (const asset of assets) {
      expect(asset, 'an asset from another origin').not.toMatch(/^(https?:)?\/\//)
      const res = await t.app.inject(new URL(asset, 'http://x/docs/').pathname)
      expect(res.statusCode, asset).toBe(200)
    }
    const init = await t.app.inject('/docs/static/swagger-initializer.js')
    expect(init.headers['content-type']).toMatch(/javascript/)
    // the document comes from this origin (connect-src 'self')
    expect(init.body).toMatch(/url: resolveUrl\('\.\/json'\)/)
    expect(init.body).not.toMatch(/url:\s*['"`]https?:/)
    expect((await t.app.inject('/docs/json')).statusCode).toBe(200)
  })

  it('sends nosniff and CORS on the errors Fastify answers before routing', async () => {
    for (const url of ['/v1/claims/%zz', `/v1/claims/${'a'.repeat(300)}`]) {
      const res = await t.app.inject(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.headers['content-type'], url).toMatch(PROBLEM)
      expect(res.headers['x-content-type-options'], url).toBe('nosniff')
      expect(res.headers['access-control-allow-origin'], url).toBe('*')
    }
  })
})

describe('CORS, HEAD and OPTIONS', () => {
  it('answers a preflight from any origin for GET, and offers no method that writes', async () => {
    for (const method of ['GET', 'DELETE', 'POST']) {
      const res = await t.app.inject({ method: 'OPTIONS', url: '/v1/claims', headers: { origin: 'https://app.example', 'access-control-request-method': method } })
      expect(res.statusCode).toBe(204)
      expect(res.headers['access-control-allow-origin']).toBe('*')
      expect(String(res.headers['access-control-allow-methods']).split(/,\s*/).sort()).toEqual(['GET', 'HEAD', 'OPTIONS'])
    }
  })

  it('exposes the headers a cross-origin script needs (Link, ETag, rate limit)', async () => {
    const res = await t.app.inject({ url: '/v1/claims?limit=1', headers: { origin: 'https://app.example' } })
    const exposed = String(res.headers['access-control-expose-headers']).toLowerCase()
    for (const h of ['link', 'etag', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining']) expect(exposed).toContain(h)
  })

  // An OPTIONS that is not a CORS preflight is not an error: it asks which methods the
  // resource allows (RFC 9110 §9.3.7). (It used to be @fastify/cors's 400 text/plain.)
  it('answers an OPTIONS that is not a preflight with the methods allowed', async () => {
    for (const url of ['/v1/claims', '/v1/claims/putin-agreed-to-guarantees', '/health']) {
      const res = await t.app.inject({ method: 'OPTIONS', url })
      expect(res.statusCode, url).toBe(204)
      expect(res.headers.allow, url).toBe('GET, HEAD, OPTIONS')
      expect(res.headers['access-control-allow-methods'], url).toBeUndefined()
      expect(res.body, url).toBe('')
    }
  })

  it('answers HEAD as GET, without the body', async () => {
    for (const url of ['/v1/claims?limit=2', '/v1/claims/putin-agreed-to-guarantees', '/v1/claims?format=csv', '/v1/nope', '/v1/claims?limit=x']) {
      const [head, get] = await Promise.all([t.app.inject({ method: 'HEAD', url }), t.app.inject({ method: 'GET', url })])
      expect(head.statusCode, url).toBe(get.statusCode)
      expect(head.headers['content-type'], url).toBe(get.headers['content-type'])
      expect(head.headers.etag, url).toBe(get.headers.etag)
      expect(head.body, url).toBe('')
    }
  })
})

describe('errors say nothing about internals', () => {
  it('shows no stack, SQL or path in a 5xx', async () => {
    const broken = await buildApp({ dbPath: t.dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    broken.repo.db.close() // every query now throws inside its handler
    for (const url of ['/v1/claims?limit=3', '/v1/claims/putin-agreed-to-guarantees', '/v1/search?q=Putin', '/v1/actors?kind=person']) {
      const res = await broken.inject(url)
      expect(res.statusCode, url).toBe(500)
      expect(res.headers['content-type'], url).toMatch(PROBLEM)
      expect(res.body, url).not.toMatch(LEAKS)
      expect(res.json(), url).toMatchObject({ status: 500, type: '/problems/internal' })
    }
    await broken.close()
  })

  it.each([
    '/v1/claims?limit=x', "/v1/claims?q=' OR 1=1 --", '/v1/claims?speaker=x%27%20OR%201%3D1', '/v1/search?q=NEAR(', '/v1/search?q=%22',
    '/v1/claims/..%2f..%2fetc%2fpasswd', '/v1/claims?cursor=%zz', '/v1/claims/%zz', '/v1/claims/a%00b', `/v1/claims/${'a'.repeat(300)}`,
    '/v1/../../etc/passwd', '/docs/static/..%2f..%2fpackage.json', '/v1/claims?sort=1;DROP TABLE claims'
  ])('shows no stack, SQL or path in the answer to %s', async (url) => {
    const res = await t.app.inject(url)
    expect(res.statusCode).toBeLessThan(500)
    // SQL and FTS syntax in `q` is searched as words (a 200); everything else is a 4xx problem
    if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(PROBLEM)
    else expect(url).toMatch(/[?&]q=/)
    expect(res.body).not.toMatch(LEAKS)
  })

  it('serves no file outside Swagger UI\'s assets, whatever the path says (real server: no URL normalisation)', async () => {
    for (const path of ['/docs/static/../../package.json', '/docs/static/%2e%2e/%2e%2e/package.json', '/docs/static/..%2f..%2fpackage.json', '/docs/static/../../../../etc/passwd']) {
      const raw = await rawRequest(server.url, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
      expect([403, 404], path).toContain(statusOf(raw))
      expect(headerOf(raw, 'content-type'), path).toMatch(PROBLEM)
      expect(bodyOf(raw), path).not.toMatch(/structured-claims-api|root:x:0/)
    }
  })
})

describe('limits on what a request may be', () => {
  it('refuses a request body over 1 KiB with a problem, before reading it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/claims', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'y'.repeat(4096) }) })
    expect(res.statusCode).toBe(413)
    expect(res.headers['content-type']).toMatch(PROBLEM)
    // on the wire: a 10 MiB Content-Length is refused at once, with none of the body sent
    const raw = await rawRequest(server.url, 'POST /v1/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\nConnection: close\r\n\r\n{"a":')
    expect(statusOf(raw)).toBe(413)
  })

  it('ignores a body sent with GET rather than parsing it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/claims?limit=1', headers: { 'content-type': 'application/json' }, payload: `{"q": "${'x'.repeat(4096)}"}` })
    expect(res.statusCode).toBe(200)
  })

  it('answers a request line over 16 KiB with a 431 problem', async () => {
    const raw = await rawRequest(server.url, `GET /v1/claims?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)
    expect(statusOf(raw)).toBe(431)
    expect(headerOf(raw, 'content-type')).toMatch(PROBLEM)
    expect(JSON.parse(bodyOf(raw))).toMatchObject({ status: 431, type: '/problems/request-too-large' })
  })

  it('answers headers over 16 KiB with a 431 problem', async () => {
    const raw = await rawRequest(server.url, `GET /v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(statusOf(raw)).toBe(431)
    expect(headerOf(raw, 'content-type')).toMatch(PROBLEM)
  })

  it('answers a URL under the limit but with a parameter too long with a 400 naming it', async () => {
    const res = await t.app.inject(`/v1/claims?q=${'a'.repeat(10_000)}`)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ errors: [{ in: 'query', name: 'q' }] })
  })

  it('refuses a filter repeated more than 50 times', async () => {
    const res = await t.app.inject(`/v1/claims?${Array.from({ length: 51 }, () => 'kind=report').join('&')}`)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ errors: [{ in: 'query', name: 'kind' }] })
  })

  it.each([
    ['malformed HTTP', 'HELLO THERE\r\n\r\n'],
    ['a NUL byte in the path', 'GET /v1/claims/a\u0000b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['both Content-Length and Transfer-Encoding (request smuggling)', 'POST /v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /v1 HTTP/1.1\r\n\r\n']
  ])('answers %s with a 400 problem and closes the connection', async (_what, text) => {
    const raw = await rawRequest(server.url, text)
    expect(statusOf(raw)).toBe(400)
    expect(headerOf(raw, 'content-type')).toMatch(PROBLEM)
    expect(headerOf(raw, 'connection')).toBe('close')
    expect(raw.match(/HTTP\/1\.1 /g)).toHaveLength(1) // the smuggled request was not answered
  })

  it('tells a client too slow to send its request so, with a 408 problem', async () => {
    // Node raises ERR_HTTP_REQUEST_TIMEOUT after requestTimeout (30 s) and checks only every
    // 30 s, so the test raises the same clientError on a real socket rather than wait
    const probe = Fastify(serverOptions({ logLevel: 'silent', trustProxy: false }))
    const accepted = new Promise<Socket>((resolve) => probe.server.once('connection', resolve))
    await probe.listen({ port: 0, host: '127.0.0.1' })
    const { port } = probe.server.address() as { port: number }
    const answer = new Promise<string>((resolve) => {
      const client = connect(port, '127.0.0.1', () => client.write('GET /v1 HTTP/1.1\r\nHost: 127.0.0.1\r\n'))
      let data = ''
      client.on('data', (d) => { data += d.toString() })
      client.on('close', () => resolve(data))
    })
    probe.server.emit('clientError', Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), await accepted)
    const raw = await answer
    expect(statusOf(raw)).toBe(408)
    expect(headerOf(raw, 'content-type')).toMatch(PROBLEM)
    await probe.close()
  })
})

describe('rate limiting', () => {
  let limited: FastifyInstance
  beforeAll(async () => { limited = await buildApp({ dbPath: t.dbPath, rateLimitMax: 3, logLevel: 'silent', trustProxy: false }) })
  afterAll(async () => { await limited.close() })
  const from = (ip: string, url = '/v1', headers: Record<string, string> = {}) => limited.inject({ url, remoteAddress: ip, headers })

  it('limits each client separately, with a 429 problem and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).statusCode).toBe(200)
    const blocked = await from('10.0.0.1')
    expect(blocked.statusCode).toBe(429)
    expect(blocked.headers['content-type']).toMatch(PROBLEM)
    expect(blocked.json()).toMatchObject({ status: 429, type: '/problems/rate-limited' })
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect((await from('10.0.0.2')).statusCode).toBe(200)
  })

  it('counts unknown routes and bad requests too, and says so in the headers of each', async () => {
    for (const url of ['/v1', '/v1/nope', '/v1/claims?limit=x']) {
      const res = await from('10.0.0.3', url)
      expect(res.headers['x-ratelimit-limit'], url).toBe('3')
      expect(res.headers['x-ratelimit-remaining'], url).toBeDefined()
    }
    expect((await from('10.0.0.3', '/v1')).statusCode).toBe(429)
  })

  it('does not let a client reset its count with X-Forwarded-For unless TRUST_PROXY says to', async () => {
    for (let i = 0; i < 3; i++) await from('10.0.0.4', '/v1', { 'x-forwarded-for': `192.0.2.${i}` })
    expect((await from('10.0.0.4', '/v1', { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(429)

    const proxied = await buildApp({ dbPath: t.dbPath, rateLimitMax: 1, logLevel: 'silent', trustProxy: true })
    const via = (client: string) => proxied.inject({ url: '/v1', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } })
    expect((await via('198.51.100.1')).statusCode).toBe(200)
    expect((await via('198.51.100.1')).statusCode).toBe(429)
    expect((await via('198.51.100.2')).statusCode).toBe(200) // behind a proxy, each client has its own count
    await proxied.close()
  })
})

describe('nothing writes', () => {
  it('registers only GET, HEAD and OPTIONS routes, and answers every other method with a 4xx problem', async () => {
    const methods = new Set<string>()
    const routes: string[] = []
    const probe: FastifyInstance = Fastify(serverOptions({ logLevel: 'silent', trustProxy: false }))
    probe.addHook('onRoute', (r) => { ([] as string[]).concat(r.method).forEach((m) => methods.add(m)); routes.push(r.url) })
    await probe.register(fp(app), { dbPath: t.dbPath, rateLimitMax: 0 })
    await probe.ready()
    await probe.close()
    expect([...methods].sort()).toEqual(['GET', 'HEAD', 'OPTIONS'])
    for (const url of routes.filter((r) => r.startsWith('/v1')).map((r) => r.replace(/:id/g, 'putin-agreed-to-guarantees'))) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const res = await t.app.inject({ method, url, payload: method === 'DELETE' ? undefined : { x: 1 } })
        expect(res.statusCode, `${method} ${url}`).toBe(405)
        expect(res.headers['content-type'], `${method} ${url}`).toMatch(PROBLEM)
      }
    }
  })
})
