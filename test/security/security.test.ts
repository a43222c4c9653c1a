import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from 'node:net'
import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { serverOptions } from '../../src/options.js'
import app from '../../src/app.js'
import fp from 'fastify-plugin'
import { build, type TestApp } from '../helpers/app.js'
import { startServer, type RunningServer } from '../helpers/server.js'

// A security review, written as tests.

const LEAKS = /SELECT|sqlite|SQLITE_|better-sqlite3|\/work\/|node_modules|\.ts:\d+|\n\s+at /i

describe('security', () => {
  let t: TestApp
  let server: RunningServer
  beforeAll(async () => { t = await build(); server = await startServer() })
  afterAll(async () => { await t.close(); await server.stop() })

  it.each(['/v1/claims', '/v1/nope', '/docs/'])('sends the headers a public API should (%s)', async (url) => {
    const res = await t.app.inject(url)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('keeps Swagger UI working under that policy', async () => {
    const res = await t.app.inject('/docs/')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
  })

  it('shows no stack, SQL or path in a 5xx', async () => {
    const broken = await buildApp({ dbPath: t.dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    broken.repo.db.close() // every query now fails inside the handler
    const res = await broken.inject('/v1/claims?limit=3')
    expect(res.statusCode).toBe(500)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body).not.toMatch(LEAKS)
    expect(res.json()).toMatchObject({ status: 500, type: '/problems/internal' })
    await broken.close()
  })

  it('shows no stack, SQL or path in any 4xx', async () => {
    for (const url of ['/v1/claims?limit=x', "/v1/claims?q=' OR 1=1", '/v1/search?q=NEAR(', '/v1/claims/..%2f..%2fetc%2fpasswd', '/v1/claims?cursor=%zz', '/v1/../../etc/passwd']) {
      const res = await t.app.inject(url)
      expect(res.statusCode, url).toBeLessThan(500)
      expect(res.body, url).not.toMatch(LEAKS)
    }
  })

  it('refuses a request body over the limit without a 5xx', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/claims', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'y'.repeat(4096) }) })
    expect([405, 413]).toContain(res.statusCode)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('answers a URL over 16 KiB with a 431 problem, from the real server', async () => {
    const url = new URL(server.url)
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`GET /v1/claims?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)
      })
      let data = ''
      socket.on('data', (d) => { data += d.toString() })
      socket.on('end', () => resolve(data))
      socket.on('error', reject)
    })
    expect(raw).toMatch(/^HTTP\/1\.1 431 /)
    expect(raw).toMatch(/application\/problem\+json/)
    expect(raw).toMatch(/"status":431/)
  })

  it('limits each client separately', async () => {
    const limited = await buildApp({ dbPath: t.dbPath, rateLimitMax: 3, logLevel: 'silent', trustProxy: false })
    const from = (ip: string) => limited.inject({ url: '/v1', remoteAddress: ip })
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).statusCode).toBe(200)
    const blocked = await from('10.0.0.1')
    expect(blocked.statusCode).toBe(429)
    expect(blocked.headers['retry-after']).toBeDefined()
    expect((await from('10.0.0.2')).statusCode).toBe(200)
    await limited.close()
  })

  it('has no route that writes', async () => {
    const methods = new Set<string>()
    const routes: string[] = []
    const probe: FastifyInstance = Fastify(serverOptions({ logLevel: 'silent', trustProxy: false }))
    probe.addHook('onRoute', (r) => { ([] as string[]).concat(r.method).forEach((m) => methods.add(m)); routes.push(r.url) })
    await probe.register(fp(app), { dbPath: t.dbPath, rateLimitMax: 0 })
    await probe.ready()
    expect([...methods].sort()).toEqual(['GET', 'HEAD', 'OPTIONS'])
    for (const url of routes.filter((r) => r.startsWith('/v1')).map((r) => r.replace(/:id/g, 'putin-agreed-to-guarantees'))) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const res = await t.app.inject({ method, url })
        expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400)
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(500)
      }
    }
    await probe.close()
  })
})
