import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { build, type TestApp } from '../helpers/app.js'
import { operations, responseValidator, type Operation, type Parameter } from '../helpers/openapi.js'

// Every operation of the OpenAPI document, called with random and adversarial values
// for each parameter: the answer is 2xx/304/4xx, never 5xx, and every body validates
// against the schema the document declares for its status. A fixed seed and a fixed
// number of runs here; `npm run test:property:long` runs many more (PROPERTY_RUNS).

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25)
const SEED = Number(process.env.PROPERTY_SEED ?? 20261127)

const HOSTILE = [
  '', ' ', '-1', '0', '1e309', 'NaN', 'Infinity', '9007199254740993', '3.5', 'true', 'null', '[]', '{}',
  "' OR 1=1 --", '"; DROP TABLE claims; --', 'NEAR(a b', 'title:guarantee', '"unbalanced', '*', '^x', 'a OR', 'NOT',
  '../../../etc/passwd', '..%2f..%2fetc', '%00', '\u0000', '\u202e\u0645', '😀🇺🇦', 'e\u0301', '\ud800', '<script>alert(1)</script>',
  'x'.repeat(1001), 'y'.repeat(10_000), 'none', 'ukraine', 'vladimir-putin'
]

function valueFor (p: Parameter): fc.Arbitrary<string> {
  const schema = (p.schema.type === 'array' ? p.schema.items : p.schema) as { enum?: string[], examples?: unknown[] }
  const valid = [...(schema?.enum ?? []), ...(p.example === undefined ? [] : ([] as unknown[]).concat(p.example).map(String))]
  return fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
    ...(valid.length > 0 ? [fc.constantFrom(...valid)] : [])
  )
}

/** A request: each parameter absent, once or repeated, plus maybe an unknown one. */
function requestFor (op: Operation): fc.Arbitrary<string> {
  const path = op.parameters.filter((p) => p.in === 'path')
  const query = op.parameters.filter((p) => p.in === 'query')
  return fc.record({
    path: fc.tuple(...path.map(valueFor)),
    query: fc.tuple(...query.map((p) => fc.option(fc.array(valueFor(p), { minLength: 1, maxLength: 3 }), { nil: undefined }))),
    unknown: fc.option(fc.tuple(fc.constantFrom('foo', 'LIMIT', 'page', '__proto__', 'constructor'), fc.string({ maxLength: 10 })), { nil: undefined })
  }).map(({ path: pv, query: qv, unknown }) => {
    let url = op.path
    path.forEach((p, i) => { url = url.replace(`{${p.name}}`, encodeURIComponent(pv[i] as string)) })
    const qs = new URLSearchParams()
    query.forEach((p, i) => { for (const v of qv[i] ?? []) qs.append(p.name, v) })
    if (unknown !== undefined) qs.append(unknown[0], unknown[1])
    return `${url}?${qs.toString()}`
  })
}

describe('every operation, with generated parameters', () => {
  let t: TestApp
  let ops: Operation[]
  let validator: ReturnType<typeof responseValidator>
  beforeAll(async () => {
    t = await build()
    const doc = t.app.swagger() as unknown as Parameters<typeof operations>[0] & { components: unknown }
    ops = operations(doc)
    validator = responseValidator(doc)
  })
  afterAll(async () => { await t.close() })

  it('checks bodies for real: an empty object is not a Claim', () => {
    expect(validator({ $ref: '#/components/schemas/Claim' })({})).toBe(false)
    expect(ops.length).toBeGreaterThan(20)
  })

  it('never answers 5xx, and every body matches the documented schema for its status', async () => {
    for (const op of ops) {
      await fc.assert(fc.asyncProperty(requestFor(op), async (url) => {
        const res = await t.app.inject({ method: 'GET', url })
        expect(res.statusCode, `${op.operationId} ${url}`).toBeLessThan(500)
        if (res.statusCode === 304) return
        const documented = op.responses[String(res.statusCode)]
        expect(documented, `${op.operationId} answered ${res.statusCode}, which the document does not declare (${url})`).toBeDefined()
        const type = String(res.headers['content-type']).split(';')[0] as string
        const schema = documented?.content?.[type]?.schema
        expect(schema, `${op.operationId} ${res.statusCode} ${type} is not documented`).toBeDefined()
        if (type.endsWith('json')) {
          const validate = validator(schema)
          const ok = validate(res.json())
          expect(ok, `${op.operationId} ${url}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
        }
      }), { numRuns: RUNS, seed: SEED, endOnFailure: true })
    }
  }, 240_000)

  it('answers garbage cursors and broken percent-encoding with a 400 problem', async () => {
    for (const url of ['/v1/claims?cursor=%zz', '/v1/claims?cursor=abc.def', '/v1/claims?cursor=' + 'A'.repeat(3000), '/v1/claims?limit=%00', '/v1/claims?kind=%E0%A4%A']) {
      const res = await t.app.inject(url)
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, url).toBeLessThan(500)
      expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/)
    }
    // a search for broken percent-encoding is searched (as U+FFFD), not refused
    expect((await t.app.inject('/v1/search?q=%E0%A4%A')).statusCode).toBe(200)
  })
})
