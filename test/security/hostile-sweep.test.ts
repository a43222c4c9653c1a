import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from 'node:net'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.js'
import { build, expectProblem, getJson, type Doc, type ListBody, type TestApp } from '../helpers/app.js'

// What an attacker, a fuzzer or a confused client sends, by family: numbers, cursors
// (validly signed forged payloads included), headers, encodings, negotiation and
// conditional requests. Every answer is checked for what it must be, not only for "no
// 500", and every answer carries the dataset version.

/** A problem without per-parameter errors (a malformed request rather than a bad parameter). */
function expectBare (res: LightMyRequestResponse, status: number, type: string): Doc {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  const body = res.json() as Doc
  expect(body).toMatchObject({ status, type: `/problems/${type}`, title: expect.any(String), detail: expect.any(String) })
  return body
}

let t: TestApp
let version: string
beforeAll(async () => {
  t = await build()
  version = (await getJson(t.app, '/v1')).datasetVersion as string
})
afterAll(async () => { await t.close() })

const get = (url: string, headers: Record<string, string | string[]> = {}) => t.app.inject({ method: 'GET', url, headers })
/** A 400 naming exactly these parameters. */
async function rejects (res: LightMyRequestResponse, ...names: string[]) {
  const body = expectProblem(res, 400)
  expect((body.errors as Doc[]).map((e) => e.name).sort(), res.body).toEqual([...names].sort())
  return body
}

describe('numbers', () => {
  it.each(['1e309', 'Infinity', '-Infinity', 'NaN', '9'.repeat(400), '-0.5', '1e-400', '0', '501', '2e9', '1.5', '0x10000', ' ', '+', '--1'])('answers limit=%s with a 400 naming limit', async (limit) => {
    for (const path of ['/v1/claims', '/v1/actors?sort=name', '/v1/search?q=Putin', '/v1/actors/vladimir-putin/claims']) {
      const body = await rejects(await get(`${path}${path.includes('?') ? '&' : '?'}limit=${encodeURIComponent(limit)}`), 'limit')
      expect(body.errors[0].message).toBe('must be a whole number from 1 to 500')
    }
  })

  it('accepts the forms of a number a client may send', async () => {
    for (const limit of ['1', '500', '050', '1e2']) expect((await get(`/v1/claims?limit=${limit}`)).statusCode, limit).toBe(200)
  })
})

describe('cursors', () => {
  const key = (collection: string, sort: string, filters: Array<[string, string[]]> = []) => JSON.stringify([collection, sort, filters])
  const FORGED: unknown[][] = [
    [], [true], [{}], [[1]], [null], ['12'], [1e308], [-1], ['\u0000'], [2 ** 53 + 2], [1.5], [1, 2, 3], ['x'.repeat(1500)], [[], 1]
  ]

  it.each(FORGED.map((k) => [JSON.stringify(k).slice(0, 40), k] as const))('refuses a validly signed cursor holding %s with a 400', async (_name, forged) => {
    const cases: Array<[string, string]> = [
      ['/v1/claims', key('claims', 'position')],
      ['/v1/actors?sort=name', key('actors', 'name')],
      ['/v1/search?q=Putin', key('search', 'relevance', [['q', ['"Putin"']]])]
    ]
    for (const [url, queryKey] of cases) {
      const cursor = t.app.cursors.encode(queryKey, forged as Array<string | number>, t.app.repo.version)
      const body = await rejects(await get(`${url}${url.includes('?') ? '&' : '?'}cursor=${cursor}`), 'cursor')
      expect(body.errors[0].message, url).toMatch(/^is not a cursor this API issued|^must be at most 2048 characters/)
    }
  })

  it('accepts its own cursors on every kind of list, and follows them to the end', async () => {
    for (const url of ['/v1/claims?limit=7', '/v1/actors?sort=name&limit=5', '/v1/actors?sort=-mentions&limit=5', '/v1/search?q=Putin&limit=3', '/v1/articles/ukraine-security-guarantees/claims?limit=9']) {
      const seen: string[] = []
      let next: string | null = url
      while (next !== null) {
        const body: ListBody = await getJson<ListBody>(t.app, next)
        seen.push(...body.data.map((d) => JSON.stringify(d)))
        next = body.page.next === null ? null : `${url}&cursor=${body.page.next}`
      }
      expect(new Set(seen).size, url).toBe(seen.length)
      expect(seen.length, url).toBe((await getJson<ListBody>(t.app, url)).page.total)
    }
  })

  it('refuses a cursor signed with another secret, as a replica without the shared secret would', async () => {
    const other = await buildApp({ dbPath: t.dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false, cursorSecret: 'another-secret-of-enough-length' })
    try {
      const next = (await getJson<ListBody>(other, '/v1/claims?limit=2')).page.next!
      const body = await rejects(await get(`/v1/claims?limit=2&cursor=${next}`), 'cursor')
      expect(body.errors[0].message).toMatch(/altered or was issued by another server/)
    } finally {
      await other.close()
    }
  })

  it('accepts a cursor from a replica that shares CURSOR_SECRET', async () => {
    const opts = { dbPath: t.dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false, cursorSecret: 'a-shared-secret-for-replicas' }
    const [a, b] = await Promise.all([buildApp(opts), buildApp(opts)]) as [FastifyInstance, FastifyInstance]
    try {
      const first = await getJson<ListBody>(a, '/v1/claims?limit=2')
      const second = await getJson<ListBody>(b, `/v1/claims?limit=2&cursor=${first.page.next!}`)
      expect(second.data[0]!.id).not.toBe(first.data[0]!.id)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it.each(['', '.', 'a.b.c', '!!!!.????', '%00', 'W10.AAAA', `${'A'.repeat(2048)}`])('refuses the malformed cursor %j with a 400', async (cursor) => {
    await rejects(await get(`/v1/claims?cursor=${encodeURIComponent(cursor)}`), 'cursor')
  })
})

describe('filters and their errors', () => {
  it('takes a comma list and repeats alike: OR within a filter, AND across filters', async () => {
    const ids = async (url: string) => (await getJson<ListBody>(t.app, `${url}&limit=500`)).data.map((d) => d.id as string)
    const occurred = await ids('/v1/events?status=occurred')
    const ongoing = await ids('/v1/events?status=ongoing')
    const both = await ids('/v1/events?status=occurred,ongoing')
    expect(both.length).toBe(occurred.length + ongoing.length)
    expect(await ids('/v1/events?status=occurred&status=ongoing')).toEqual(both)
    expect(await ids('/v1/events?status=ongoing,occurred')).toEqual(both)
    const byTwo = await ids('/v1/claims?speaker=steve-witkoff,none')
    expect([...byTwo].sort()).toEqual([...await ids('/v1/claims?speaker=steve-witkoff'), ...await ids('/v1/claims?speaker=none')].sort())
    const anded = await ids('/v1/claims?speaker=steve-witkoff,none&certainty=certain')
    const certain = new Set(await ids('/v1/claims?certainty=certain'))
    expect(anded).toEqual(byTwo.filter((id) => certain.has(id)))
  })

  it('lists every bad parameter in one 400, whatever the validator catches first', async () => {
    const body = await rejects(await get('/v1/claims?certainty=sure&speaker=nobody&event=never,putin-agreement&limit=Infinity&q=%22'), 'certainty', 'speaker', 'event', 'limit', 'q')
    expect(body.detail).toBe('The request has 5 invalid parameters.')
    await rejects(await get('/v1/events?status=occurred,imagined&actor=nobody'), 'status', 'actor')
  })

  it('says what is wrong with an empty or too long value in a sentence', async () => {
    expect((await rejects(await get('/v1/claims?q='), 'q')).errors[0].message).toBe('must not be empty')
    expect((await rejects(await get('/v1/search?q='), 'q')).errors[0].message).toBe('must not be empty')
    expect((await rejects(await get('/v1/search'), 'q')).errors[0].message).toBe('is required')
    expect((await rejects(await get(`/v1/claims?q=${'a'.repeat(1001)}`), 'q')).errors[0].message).toBe('must be at most 1000 characters long')
    expect((await rejects(await get('/v1/claims?kind='), 'kind')).errors[0].message).toMatch(/^must be one of: /)
  })
})

describe('search syntax', () => {
  const hits = async (q: string) => (await getJson<ListBody>(t.app, `/v1/search?q=${encodeURIComponent(q)}&limit=500`)).data
  it('does not count AND, OR, NOT as words', async () => {
    expect(await hits('China AND Putin')).toEqual(await hits('China Putin'))
    expect((await hits('China NOT Putin')).length).toBeGreaterThan(0)
  })

  it('excludes with -word and NOT word, and refuses a query that only excludes, with a hint', async () => {
    const china = await hits('China')
    const without = await hits('China -Putin')
    expect(without.length).toBeGreaterThan(0)
    expect(without.length).toBeLessThan(china.length)
    for (const h of without) expect(h.snippet, h.id).not.toMatch(/Putin/)
    expect(await hits('China NOT Putin')).toEqual(without)
    const body = await rejects(await get('/v1/search?q=-Putin'), 'q')
    expect(body.errors[0].message).toMatch(/add at least one word/)
  })

  it('supports quoted phrases and prefixes', async () => {
    const phrase = await hits('"security guarantees"')
    expect(phrase.length).toBeGreaterThan(0)
    for (const h of phrase) expect(h.snippet.replace(/<\/?mark>/g, '')).toMatch(/security\W+guarantee/i) // porter stems the words
    expect((await hits('guarant*')).length).toBeGreaterThanOrEqual(phrase.length)
  })

  it.each(['NEAR(a b)', 'title:x', '"', '*', '^a', 'a OR', 'OR OR a', '-', '\u0000', '((((', '"a" -"a"', 'a NOT NOT b'])('never answers 5xx to %j', async (q) => {
    for (const path of ['/v1/search', '/v1/claims', '/v1/actors']) {
      const res = await get(`${path}?q=${encodeURIComponent(q)}`)
      expect([200, 400], `${path} ${q}: ${res.body.slice(0, 200)}`).toContain(res.statusCode)
    }
  })
})

describe('content negotiation', () => {
  it.each([
    ['text/csv;q=0, application/json', 'application/json'],
    ['application/json;q=0.1, text/csv;q=0.9', 'text/csv'],
    ['application/x-ndjson;q=0.5, text/csv', 'text/csv'],
    ['text/*', 'text/csv'],
    ['*/*', 'application/json'],
    ['*/*;q=0.1, application/ndjson', 'application/x-ndjson'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/json'],
    ['APPLICATION/JSON', 'application/json']
  ])('answers Accept: %s with %s', async (accept, type) => {
    const res = await get('/v1/claims?limit=3', { accept })
    expect(res.statusCode).toBe(200)
    expect(String(res.headers['content-type']).split(';')[0]).toBe(type)
  })

  it.each(['image/png', 'text/csv;q=0', 'application/xml', 'application/json;q=0, text/csv;q=0, application/x-ndjson;q=0'])('answers Accept: %s with a 406 problem', async (accept) => {
    for (const url of ['/v1/claims', '/v1/claims/putin-agreed-to-guarantees', '/v1']) {
      const body = expectProblem(await get(url, { accept }), 406)
      expect(body.type).toBe('/problems/not-acceptable')
    }
  })

  it('lets format= win over Accept', async () => {
    const res = await get('/v1/claims?format=ndjson', { accept: 'image/png' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/)
  })

  it('serves the article text as text/plain only', async () => {
    expect((await get('/v1/articles/ukraine-security-guarantees/text', { accept: 'text/*' })).statusCode).toBe(200)
    expectProblem(await get('/v1/articles/ukraine-security-guarantees/text', { accept: 'application/json' }), 406)
  })
})

describe('conditional requests', () => {
  it('gives a 304 only for a request that would answer 200', async () => {
    const etag = String((await get('/v1/claims')).headers.etag)
    expect((await get('/v1/claims', { 'if-none-match': etag })).statusCode).toBe(304)
    expectProblem(await get('/v1/claims//', { 'if-none-match': etag }), 400)
    expectProblem(await get('/v1/claims///', { 'if-none-match': etag }), 404)
    for (const inm of ['*', etag]) {
      expectProblem(await get('/v1/claims?certainty=sure', { 'if-none-match': inm }), 400)
      expectProblem(await get('/v1/claims/no-such-claim', { 'if-none-match': inm }), 404)
      expectProblem(await get('/v1/claims?speaker=nobody', { 'if-none-match': inm }), 400)
      expectProblem(await get('/v1/claims', { 'if-none-match': inm, accept: 'image/png' }), 406)
    }
  })

  it('gives a 304 for a matching tag whether or not the answer is cached yet', async () => {
    const url = '/v1/events?status=expected&limit=3'
    const tag = String((await get(`${url}&kind=other`)).headers.etag) // another request's tag
    expect((await get(url, { 'if-none-match': tag })).statusCode).toBe(200)
    const own = String((await get(url)).headers.etag)
    const fresh = '/v1/events?limit=3&status=expected' // same canonical request, not cached under this URL yet
    const res = await get(fresh, { 'if-none-match': own })
    expect(res.statusCode).toBe(304)
    expect(res.body).toBe('')
    expect(res.headers['dataset-version']).toBe(version)
  })

  it('answers If-None-Match on a bulk pull with a 304 and no body', async () => {
    const etag = String((await get('/v1/claims?format=csv')).headers.etag)
    const res = await get('/v1/claims?format=csv', { 'if-none-match': etag })
    expect(res.statusCode).toBe(304)
    expect(res.body).toBe('')
    expect(res.headers['content-disposition']).toBeUndefined()
  })
})

describe('encodings and paths', () => {
  it.each(['/v1/claims/%zz', '/v1/claims/%', '/v1/claims/%C0%AF', '/v1/claims/%ED%A0%80'])('answers the undecodable path %s with a 400 problem', async (url) => {
    expectBare(await get(url), 400, 'bad-request')
  })

  it.each([
    ['/v1/claims/%00', 404], ['/v1/claims/%2F', 404], ['/v1/claims?kind=%FF', 400], [`/v1/claims/${'a'.repeat(201)}`, 400],
    ['/v1/claims?%00=1', 400], ['/v1/claims?__proto__=1', 400], ['/v1/claims?constructor=x', 400], ['/v1/claims?q=%zz', 200]
  ])('answers %s with a %i', async (url, status) => {
    const res = await get(url)
    if (status === 200) expect(res.statusCode).toBe(200)
    else expectProblem(res, status)
  })

  it.each(['gzip', 'br', 'deflate', 'x-gzip', '*', 'identity', 'gzip;q=0', 'bogus', 'br;q=0.1, gzip;q=0.9'])('answers Accept-Encoding: %s with a body it can decode', async (encoding) => {
    const res = await get('/v1/claims?limit=20', { 'accept-encoding': encoding })
    expect(res.statusCode).toBe(200)
    expect(['gzip', 'br', 'deflate', undefined]).toContain(res.headers['content-encoding'])
    if (encoding === 'gzip;q=0' || encoding === 'identity' || encoding === 'bogus') expect(res.headers['content-encoding']).toBeUndefined()
  })
})

describe('headers', () => {
  it('refuses two Host headers with a 400 problem', async () => {
    expectBare(await get('/v1', { host: ['a.example', 'b.example'] }), 400, 'bad-request')
  })

  it('sends Dataset-Version on every kind of answer', async () => {
    for (const [url, headers] of [['/v1', {}], ['/v1/claims?limit=0', {}], ['/nope', {}], ['/v1/claims/%zz', {}], ['/v1', { accept: 'image/png' }], ['/docs/', {}], ['/openapi.json', {}], ['/problems/not-found', {}]] as const) {
      expect((await get(url, headers)).headers['dataset-version'], url).toBe(version)
    }
  })
})

describe('a real server', () => {
  let app: FastifyInstance
  let port: number
  beforeAll(async () => {
    app = await buildApp({ dbPath: t.dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    await app.listen({ port: 0, host: '127.0.0.1' })
    port = (app.server.address() as { port: number }).port
  })
  afterAll(async () => { await app.close() })

  function raw (text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(text))
      let data = ''
      const timer = setTimeout(() => { socket.destroy(); resolve(data) }, 5000)
      socket.on('data', (d) => { data += d.toString('latin1') })
      socket.on('end', () => { clearTimeout(timer); resolve(data) })
      socket.on('error', (err) => { clearTimeout(timer); reject(err) })
    })
  }
  const problemOf = (res: string) => {
    expect(res).toMatch(/\r\ncontent-type: application\/problem\+json/i)
    return JSON.parse(res.slice(res.indexOf('\r\n\r\n') + 4)) as Doc
  }

  it.each([
    ['two Host headers', 'GET /v1 HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n', 400, 'bad-request'],
    ['no Host header', 'GET /v1 HTTP/1.1\r\nConnection: close\r\n\r\n', 400, 'bad-request'],
    ['an unknown Expect', 'GET /v1 HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\nConnection: close\r\n\r\n', 417, 'expectation-failed']
  ])('answers %s with a problem+json body', async (_name, request, status, type) => {
    const res = await raw(request)
    expect(res).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
    const body = problemOf(res)
    expect(body).toMatchObject({ status, type: `/problems/${type}` })
  })

  it('still answers HTTP/1.0 without Host, and Expect: 100-continue', async () => {
    expect(await raw('GET /health HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /)
    expect(await raw('GET /health HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (100 Continue\r\n\r\nHTTP\/1\.1 )?200 /)
  })
})
