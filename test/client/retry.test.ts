import { describe, expect, it } from 'vitest'
import { createClient, ProblemError, retryAfter, retryingFetch, type RetryInfo } from '@structured-claims/client'

// Retries with a scripted fetch: the server's Retry-After first, capped, then backoff;
// network errors retried; a non-retryable answer returned at once.

const problem = (status: number, headers: Record<string, string> = {}) => new Response(
  JSON.stringify({ type: '/problems/busy', title: 'Busy', status, detail: 'try later', instance: '/v1/claims' }),
  { status, headers: { 'content-type': 'application/problem+json', ...headers } })
const page = () => new Response(JSON.stringify({ data: [{ id: 'a' }], page: { limit: 1, next: null, total: 1 } }), { headers: { 'content-type': 'application/json' } })

function scripted (answers: Array<() => Response>) {
  const seen: string[] = []
  const fetch = async (request: Request) => {
    seen.push(request.url)
    const next = answers.shift()
    if (next === undefined) throw new Error('no more answers')
    return next()
  }
  return { fetch, seen }
}

describe('retryingFetch', () => {
  it('waits what Retry-After says on 429 and 503, then succeeds', async () => {
    const { fetch, seen } = scripted([() => problem(429, { 'retry-after': '0' }), () => problem(503, { 'retry-after': '0' }), page])
    const waits: RetryInfo[] = []
    const api = createClient({ baseUrl: 'http://api.test', fetch, retry: { onRetry: (i) => waits.push(i) } })
    const body = await api.get('/v1/claims')
    expect(body.data).toHaveLength(1)
    expect(seen).toHaveLength(3)
    expect(waits.map((w) => [w.delay, w.reason])).toEqual([[0, '429'], [0, '503']])
  })

  it('caps a long Retry-After at maxDelay', async () => {
    const { fetch } = scripted([() => problem(429, { 'retry-after': '3600' }), page])
    const waits: number[] = []
    const f = retryingFetch(fetch, { maxDelay: 5, onRetry: (i) => waits.push(i.delay) })
    expect((await f(new Request('http://api.test/v1'))).status).toBe(200)
    expect(waits).toEqual([5])
  })

  it('retries network errors with backoff and gives up after its attempts with the last answer', async () => {
    const refused = () => { throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }) }
    const { fetch } = scripted([refused, () => problem(503), () => problem(503)])
    const reasons: string[] = []
    const api = createClient({ baseUrl: 'http://api.test', fetch, retry: { attempts: 3, baseDelay: 1, onRetry: (i) => reasons.push(i.reason) } })
    const err = await api.get('/v1/claims').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ProblemError)
    expect((err as ProblemError).status).toBe(503)
    expect(reasons).toEqual(['ECONNREFUSED', '503'])
  })

  it('does not retry a 400 or a 404', async () => {
    const { fetch, seen } = scripted([() => problem(404)])
    const api = createClient({ baseUrl: 'http://api.test', fetch, retry: { baseDelay: 1 } })
    await expect(api.get('/v1/claims/{id}', { path: { id: 'x' } })).rejects.toMatchObject({ status: 404, detail: 'try later' })
    expect(seen).toHaveLength(1)
  })
})

describe('retryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfter('7')).toBe(7000)
    expect(retryAfter('Wed, 02 Dec 2026 10:00:10 GMT', Date.parse('Wed, 02 Dec 2026 10:00:00 GMT'))).toBe(10_000)
    expect(retryAfter('soon')).toBeNull()
    expect(retryAfter(null)).toBeNull()
  })
})
