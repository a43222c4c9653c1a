import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { build } from '../helpers/app.js'
import { itemSchema, operations, validatorFor, type Document, type Operation, type Parameter } from './openapi-document.js'
import { encode, hostileValue, RAW_QUERY, validValue, type Pools } from './values.js'

// Every operation of the OpenAPI document the server serves, called with generated
// parameters: well-formed ones (real ids, enum values, the documented examples) and
// hostile ones (wrong types, huge and negative numbers, empty and very long strings,
// Unicode edge cases, SQL and FTS syntax, path traversal, broken percent-encoding, forged
// and foreign cursors, parameters repeated up to 60 times, unknown parameters, odd Accept
// and If-None-Match headers, HEAD). For every answer:
// - the status is 2xx, 304 or 4xx, never 5xx, and one the document declares for the operation;
// - the body validates against the schema the document declares for that status and content
//   type (each NDJSON line against the row schema; CSV rows as wide as the header);
// - a problem says the status it is sent with, names only parameters the request has or the
//   operation takes, and shows no stack, SQL or path;
// - a 200 carries an ETag that revalidates to a 304, its `next` link is followable, and
//   HEAD answers as GET does, without a body.
// `npm test` runs RUNS cases per operation from a fixed seed, `npm run test:full` 1,000;
// `npm run test:property:long` runs 1,000 per operation from a new seed (printed, and
// replayable with PROPERTY_SEED).

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40)
const SEED = process.env.PROPERTY_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.PROPERTY_SEED ?? 20261127)
const LEAKS = [/SELECT /i, /INSERT /i, /sqlite/i, /better-sqlite3/, /\/work\//, /\/home\//, /node_modules/, /\.ts:\d+/, /\n\s+at /]
const JSON_TYPES = new Set(['application/json', 'application/problem+json'])

const t = await build()
afterAll(async () => { await t.close() })
const inject = t.app.inject.bind(t.app)
const doc = (await inject('/openapi.json')).json() as Document
const ops = operations(doc)
const validator = validatorFor(doc)
const pools = await loadPools()

/** Real ids of every collection, and a real cursor of every list operation. */
async function loadPools (): Promise<Pools> {
  const ids: Record<string, string[]> = {}
  for (const c of ['articles', 'actors', 'events', 'claims', 'questions']) {
    ids[c] = ((await inject(`/v1/${c}?limit=500`)).json() as { data: Array<{ id: string }> }).data.map((d) => d.id)
  }
  const cursors: Record<string, string> = {}
  for (const op of ops) {
    const path = op.path.replace('{id}', String(op.parameters.find((p) => p.name === 'id')?.example ?? ''))
    const res = await inject(`${path}?limit=1${op.operationId === 'search' ? '&q=the' : ''}`)
    const next = res.statusCode === 200 ? (res.json() as { page?: { next?: string | null } }).page?.next : null
    if (typeof next === 'string') cursors[op.operationId] = next
  }
  return { ids, cursors }
}

interface Request { method: 'GET' | 'HEAD', url: string, headers: Record<string, string>, revalidate: boolean }

function buildUrl (op: Operation, path: string[], query: Array<[string, string[]]>, extra: string[]): string {
  let url = op.path
  op.parameters.filter((p) => p.in === 'path').forEach((p, i) => { url = url.replace(`{${p.name}}`, path[i] as string) })
  const pairs = query.flatMap(([name, values]) => values.map((v) => `${encodeURIComponent(name)}=${v}`))
  return `${url}?${[...pairs, ...extra].join('&')}`
}

const ACCEPTS = ['application/json', 'text/csv', 'application/x-ndjson', '*/*', 'text/html', 'application/xml',
  'application/problem+json', 'text/csv;q=0, */*;q=0.1', 'garbage;;;q=', '', 'text/*', 'application/ndjson']
const ETAGS = ['*', '"x"', 'W/"x"', '', ',', 'W/', `"${'x'.repeat(300)}"`, '"\u00e9"']

/** Requests a client means to be valid: real ids, enum values, examples, real queries. */
function wellFormed (op: Operation): fc.Arbitrary<Request> {
  const pathParams = op.parameters.filter((p) => p.in === 'path')
  const query = op.parameters.filter((p) => p.in === 'query')
  const required = query.filter((p) => p.required === true)
  const optional = query.filter((p) => p.required !== true)
  const values = (p: Parameter) => fc.array(validValue(op, p, pools).map(encode), { minLength: 1, maxLength: p.schema.type === 'array' ? 2 : 1 })
  return fc.record({
    path: fc.tuple(...pathParams.map((p) => validValue(op, p, pools).map(encode))),
    query: fc.subarray(optional, { maxLength: Math.min(2, optional.length) }).chain((ps) =>
      fc.tuple(...[...required, ...ps].map((p) => values(p).map((v): [string, string[]] => [p.name, v])))),
    accept: fc.option(op.responses['206'] === undefined ? fc.constantFrom('application/json', 'text/csv', 'application/x-ndjson', '*/*') : fc.constantFrom('application/json', '*/*'), { nil: undefined }),
    // a byte range, only where the operation documents partial answers (the database download)
    range: op.responses['206'] === undefined ? fc.constant(undefined) : fc.oneof(fc.constant(undefined), fc.constantFrom('bytes=0-99', 'bytes=-10'), fc.constant('bytes=999999999-'), fc.constant('bytes=999999999-')),
    revalidate: fc.boolean()
  }).map(({ path, query: q, accept, range, revalidate }): Request => ({
    method: 'GET',
    url: buildUrl(op, path, q, []),
    headers: { ...(accept === undefined ? {} : { accept }), ...(range === undefined ? {} : { range }) },
    revalidate
  }))
}

/** Requests a fuzzer, a confused script or an attacker would send. */
function hostile (op: Operation): fc.Arbitrary<Request> {
  const pathParams = op.parameters.filter((p) => p.in === 'path')
  const query = op.parameters.filter((p) => p.in === 'query')
  const values = (p: Parameter) => {
    const v = hostileValue(op, p, pools, 'query')
    // mostly once to three times; sometimes past the 50 values a filter takes
    return fc.oneof({ weight: 9, arbitrary: fc.array(v, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(v, { minLength: 45, maxLength: 60 }) })
  }
  return fc.record({
    method: fc.constantFrom<'GET' | 'HEAD'>('GET', 'GET', 'GET', 'HEAD'),
    path: fc.tuple(...pathParams.map((p) => hostileValue(op, p, pools, 'path'))),
    query: fc.subarray(query).chain((ps) => fc.tuple(...ps.map((p) => values(p).map((v): [string, string[]] => [p.name, v])))),
    unknown: fc.option(fc.tuple(
      fc.constantFrom('foo', 'LIMIT', 'Limit', 'page', 'offset', '__proto__', 'constructor', 'hasOwnProperty', 'id', 'q[]', 'include[]', ''),
      fc.string({ maxLength: 10 })
    ).map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`), { nil: undefined }),
    raw: fc.option(fc.array(fc.constantFrom(...RAW_QUERY), { minLength: 1, maxLength: 4 }).map((r) => r.join('')), { nil: undefined, freq: 4 }),
    accept: fc.option(fc.constantFrom(...ACCEPTS), { nil: undefined }),
    ifNoneMatch: fc.option(fc.constantFrom(...ETAGS), { nil: undefined, freq: 4 }),
    revalidate: fc.boolean()
  }).map(({ method, path, query: q, unknown, raw, accept, ifNoneMatch, revalidate }) => ({
    method,
    url: buildUrl(op, path, q, [...(unknown === undefined ? [] : [unknown]), ...(raw === undefined ? [] : [raw])]),
    headers: { ...(accept === undefined ? {} : { accept }), ...(ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch }) },
    revalidate
  }))
}

function checkCsv (body: string, where: string) {
  // RFC 4180: quoted fields may hold commas, quotes ("") and line breaks
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { rows.at(-1)!.push(field); field = '' } else if (c === '\r' && body[i + 1] === '\n') { rows.at(-1)!.push(field); field = ''; rows.push([]); i++ } else field += c
  }
  expect(quoted, `${where}: unterminated quoted CSV field`).toBe(false)
  expect(rows.pop(), `${where}: CSV ends with CRLF`).toEqual([])
  const width = rows[0]!.length
  expect(width, where).toBeGreaterThan(1)
  for (const row of rows) expect(row.length, `${where}: a CSV row as wide as the header`).toBe(width)
}

/** The signs of a leak (SQL, SQLite, a path, a stack) in `body` that the request itself did not send. */
function leaksIn (body: string, url: string): string[] {
  const [path = '', query = ''] = url.split('?')
  const decode = (v: string) => { try { return decodeURIComponent(v) } catch { return v } }
  const sent = [url, ...path.split('/').map(decode), ...[...new URLSearchParams(query)].flat()].join('\n')
  // a media type the API offers (the database download's) names SQLite without leaking anything
  const said = body.replaceAll('application/vnd.sqlite3', '')
  return LEAKS.filter((sign) => !sign.test(sent) && sign.test(said)).map(String)
}

/** Sends `req` and checks everything the document promises about the answer. */
async function check (op: Operation, req: Request, seen: Set<number>): Promise<void> {
  const res = await inject({ method: req.method, url: req.url, headers: req.headers })
  const where = `${op.operationId}: ${req.method} ${req.url.slice(0, 400)} ${JSON.stringify(req.headers)} → ${res.statusCode}`
  seen.add(res.statusCode)
  expect(res.statusCode, where).toBeLessThan(500)
  if (res.statusCode === 304) {
    // only `If-None-Match: *` can match here, and only what exists and is valid (RFC 9110 §13.1.2)
    expect(req.headers['if-none-match'], `${where}: a 304 without a matching ETag`).toBe('*')
    const { 'if-none-match': _, ...unconditional } = req.headers
    expect((await inject({ method: req.method, url: req.url, headers: unconditional })).statusCode, `${where}: a 304 for what is not a 200`).toBe(200)
    expect(res.body, where).toBe('')
    return
  }
  const declared = op.responses[String(res.statusCode)]
  expect(declared, `${where}: status not declared in the document`).toBeDefined()
  const type = String(res.headers['content-type']).split(';')[0]!.trim()
  const media = declared?.content?.[type]
  expect(media, `${where}: ${type} not declared for this status`).toBeDefined()

  if (req.method === 'HEAD') {
    expect(res.body, where).toBe('')
    const get = await inject({ method: 'GET', url: req.url, headers: req.headers })
    expect(get.statusCode, `${where}: HEAD and GET disagree`).toBe(res.statusCode)
    return
  }
  if (JSON_TYPES.has(type)) {
    const body = res.json() as Record<string, unknown>
    const validate = validator(media!.schema!)
    expect(validate(body), `${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
  } else if (type === 'application/x-ndjson' && String(res.headers['content-type']).includes('json-ld')) {
    // JSON-LD lines: each a document referring to the API's context (test/jsonld expands them)
    for (const line of res.body.split('\n').filter((l) => l !== '')) expect((JSON.parse(line) as Record<string, unknown>)['@context'], where).toMatch(/\/v1\/context\.jsonld$/)
  } else if (type === 'application/x-ndjson') {
    const validate = validator(itemSchema(doc, op)!)
    for (const line of res.body.split('\n').filter((l) => l !== '')) {
      expect(validate(JSON.parse(line)), `${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
    }
  } else if (type === 'text/csv') {
    checkCsv(res.body, where)
  }

  if (res.statusCode >= 400) {
    const problem = res.json() as { status: number, errors?: Array<{ in: string, name: string }> }
    expect(type, where).toBe('application/problem+json')
    expect(problem.status, where).toBe(res.statusCode)
    expect(leaksIn(res.body, req.url), `${where}: leaks internals`).toEqual([])
    const sent = new Set(new URLSearchParams(req.url.split('?')[1] ?? '').keys())
    for (const e of problem.errors ?? []) {
      const takes = op.parameters.some((p) => p.in === e.in && p.name === e.name)
      expect(takes || (e.in === 'query' && sent.has(e.name)), `${where}: error names ${e.in} "${e.name}"`).toBe(true)
    }
    return
  }

  // a byte range asked for may be answered in part
  expect(res.statusCode, where).toBe(res.statusCode === 206 && req.headers.range !== undefined ? 206 : 200)
  const etag = res.headers.etag
  expect(etag, `${where}: a 200 without an ETag`).toBeDefined()
  if (req.revalidate) {
    const again = await inject({ method: 'GET', url: req.url, headers: { ...req.headers, 'if-none-match': String(etag) } })
    expect(again.statusCode, `${where}: revalidation`).toBe(304)
    expect(again.body, where).toBe('')
    seen.add(304)
  }
  const link = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link ?? ''))
  if (type === 'application/json' && (res.json() as { page?: { next: string | null } }).page?.next != null) {
    expect(link, `${where}: page.next without a Link header`).not.toBeNull()
    const next = await inject({ method: 'GET', url: link![1]!, headers: req.headers })
    expect(next.statusCode, `${where}: following Link ${link![1]}`).toBe(200)
  }
}

describe.each(ops.map((op) => [op.operationId, op] as const))('%s, with generated parameters', (_name, op) => {
  it(`answers ${Object.keys(op.responses).join('/')} as documented, never 5xx`, async () => {
    const seen = new Set<number>()
    const requests = fc.oneof({ weight: 2, arbitrary: wellFormed(op) }, { weight: 3, arbitrary: hostile(op) })
    // one seed per operation: operations of the same shape would otherwise draw the same choices
    const seed = [...op.operationId].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, SEED)
    await fc.assert(fc.asyncProperty(requests, (req) => check(op, req, seen)), { numRuns: RUNS, seed, endOnFailure: true })
    // the run must have reached every status the operation documents, or it proves little;
    // but 410: a stale cursor or a deleted id, which only a change of the data can cause (the
    // database does not change here: test/live/ and test/routes/changes.test.ts change it)
    const documented = Object.keys(op.responses).map(Number).filter((s) => s !== 410)
    expect([...seen].sort(), `statuses seen for ${op.operationId} (seed ${SEED})`).toEqual(expect.arrayContaining(documented))
  }, 20_000 + RUNS * 300)
})

describe('hand-picked hostile requests', () => {
  it('checks bodies for real: an empty object is not a Claim', () => {
    expect(validator({ $ref: '#/components/schemas/Claim' })({})).toBe(false)
    expect(validator({ $ref: '#/components/schemas/Problem' })({ type: 'x', title: 'x', status: 200, detail: 'x', instance: 'x' })).toBe(false)
    expect(ops.length).toBeGreaterThan(20)
  })

  it.each([
    '/v1/claims?cursor=%zz', '/v1/claims?cursor=abc.def', `/v1/claims?cursor=${'A'.repeat(3000)}`, '/v1/claims?limit=%00',
    '/v1/claims?kind=%E0%A4%A', '/v1/claims/%zz', '/v1/claims/%E0%A4%A', '/v1/actors/%ED%A0%80', `/v1/claims/${'a'.repeat(201)}`,
    `/v1/claims?${Array.from({ length: 51 }, () => 'kind=report').join('&')}`, '/v1/search?q=%22', '/v1/claims?limit=1&limit=2'
  ])('answers %s with a 400 problem', async (url) => {
    const res = await inject(url)
    expect(res.statusCode, res.body).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(validator({ $ref: '#/components/schemas/Problem' })(res.json())).toBe(true)
  })

  it('searches broken percent-encoding (as U+FFFD) rather than refusing it', async () => {
    expect((await inject('/v1/search?q=%E0%A4%A')).statusCode).toBe(200)
  })

  it('refuses a cursor from another query, another operation, or altered by one character', async () => {
    const claims = pools.cursors.listClaims!
    const flip = (c: string, i: number) => c.slice(0, i) + (c[i] === 'A' ? 'B' : 'A') + c.slice(i + 1)
    for (const url of [
      `/v1/claims?limit=1&kind=report&cursor=${claims}`, `/v1/actors?limit=1&cursor=${claims}`, `/v1/search?q=the&cursor=${claims}`,
      `/v1/claims?limit=1&cursor=${flip(claims, 3)}`, `/v1/claims?limit=1&cursor=${flip(claims, claims.length - 2)}`
    ]) {
      const res = await inject(url)
      expect(res.statusCode, url).toBe(400)
      expect((res.json() as { errors: Array<{ name: string }> }).errors.map((e) => e.name), url).toContain('cursor')
    }
  })
})

describe('conditional requests', () => {
  // RFC 9110 §13.1.2: `*` matches only a current representation, and §13.2.1: preconditions
  // are ignored when the answer without them would not be a 2xx
  it.each(['/v1/claims/no-such-claim', '/v1/claims?limit=abc', '/v1/search?q=%22'])('ignores If-None-Match: * on %s, which is not a 2xx', async (url) => {
    const res = await inject({ url, headers: { 'if-none-match': '*' } })
    expect(res.statusCode).toBeGreaterThanOrEqual(400)
  })

  it('answers If-None-Match: * with a 304 where the resource exists', async () => {
    expect((await inject({ url: '/v1/claims/putin-agreed-to-guarantees', headers: { 'if-none-match': '*' } })).statusCode).toBe(304)
  })

  it('answers a garbage If-None-Match as if it were absent', async () => {
    for (const inm of ETAGS.filter((e) => e !== '*')) {
      const res = await inject({ url: '/v1/claims?limit=2', headers: { 'if-none-match': inm } })
      expect(res.statusCode, inm).toBe(200)
    }
  })
})

// fast-check's own report names the seed; this makes a run with a random one replayable
if (process.env.PROPERTY_SEED === 'random') console.log(`property tests: seed ${SEED} (replay with PROPERTY_SEED=${SEED})`)
