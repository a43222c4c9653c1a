import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { ProblemError } from '../problem.js'
import { networkReason, RETRY_STATUSES, retryAfter, sleep, type RetryPolicy } from '../retry.js'

// The export as node:http reads it: the body's chunks as Buffers, straight from the socket.
// The pull's one long download goes this way rather than through fetch, whose web streams
// cost it a third more CPU and memory (docs/BENCHMARKS.md); retries are the pull's own
// (it reopens from its checkpoint). A non-2xx answer is read and thrown as a ProblemError.

export interface StreamResponse { headers: IncomingMessage['headers'], body: IncomingMessage }

export async function streamGet (base: string, path: string, query: Record<string, unknown>, headers: Record<string, string>, signal: AbortSignal): Promise<StreamResponse> {
  const url = new URL(`${base.replace(/\/+$/, '')}${path}`)
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(one))
  const get = url.protocol === 'https:' ? https.get : http.get
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = get(url, { headers: { accept: '*/*', ...headers }, signal }, resolve)
    req.once('error', reject)
  })
  const status = res.statusCode ?? 0
  if (status < 200 || status > 299) {
    const chunks: Buffer[] = []
    for await (const chunk of res) chunks.push(chunk as Buffer)
    const answer = new Response(Buffer.concat(chunks).toString('utf8'), {
      status,
      statusText: res.statusMessage,
      headers: Object.entries(res.headers).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((one): [string, string] => [k, one])))
    })
    throw await ProblemError.from(answer)
  }
  return { headers: res.headers, body: res }
}

/**
 * A small JSON answer over node:http (the pull's health checks), retried as the client's
 * fetch retries (src/retry.ts): so that a plain pull never loads fetch, which alone costs
 * it 30 MB of memory.
 */
export async function getJson<T> (base: string, path: string, signal: AbortSignal, policy: RetryPolicy = {}): Promise<T> {
  const attempts = policy.attempts ?? 6
  const baseDelay = policy.baseDelay ?? 250
  const maxDelay = policy.maxDelay ?? 30_000
  for (let attempt = 1; ; attempt++) {
    let delay = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1) * (0.5 + Math.random() / 2))
    let reason: string
    try {
      const res = await streamGet(base, path, {}, { accept: 'application/json' }, signal)
      let text = ''
      for await (const chunk of res.body) text += chunk.toString('utf8')
      return JSON.parse(text) as T
    } catch (err) {
      if (attempt >= attempts || signal.aborted) throw err
      if (err instanceof ProblemError) {
        if (!RETRY_STATUSES.has(err.status)) throw err
        const after = retryAfter(err.headers.get('retry-after'))
        if (after !== null) delay = Math.min(maxDelay, after)
        reason = `${err.status} ${err.title}`
      } else {
        reason = networkReason(err)
      }
    }
    policy.onRetry?.({ attempt, delay, reason })
    await sleep(delay, signal)
  }
}
