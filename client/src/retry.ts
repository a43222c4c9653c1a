// Transient failures are retried, the server's own pacing first: a 429 or 503 with
// `Retry-After` waits what it says (capped, so a misconfigured server cannot park a client
// for an hour); otherwise, and after network errors (a restart, a dropped connection),
// capped exponential backoff with jitter. Only safe methods are retried.

export interface RetryPolicy {
  /** attempts in all, the first included (default 6) */
  attempts?: number
  /** first backoff in ms, doubled each time (default 250) */
  baseDelay?: number
  /** longest single wait in ms, Retry-After included (default 30 000) */
  maxDelay?: number
  /** told before each wait: why, and for how long */
  onRetry?: (info: RetryInfo) => void
}

export interface RetryInfo { attempt: number, delay: number, reason: string }

export const RETRY_STATUSES = new Set([429, 502, 503, 504])

export function retryingFetch (inner: (request: Request) => Promise<Response>, policy: RetryPolicy = {}): (request: Request) => Promise<Response> {
  const attempts = policy.attempts ?? 6
  const baseDelay = policy.baseDelay ?? 250
  const maxDelay = policy.maxDelay ?? 30_000
  return async function fetchWithRetry (request: Request): Promise<Response> {
    const safe = request.method === 'GET' || request.method === 'HEAD'
    for (let attempt = 1; ; attempt++) {
      const last = !safe || attempt >= attempts
      let reason: string
      let delay = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1) * (0.5 + Math.random() / 2))
      try {
        const response = await inner(request.clone())
        if (last || !RETRY_STATUSES.has(response.status)) return response
        const after = retryAfter(response.headers.get('retry-after'))
        if (after !== null) delay = Math.min(maxDelay, after)
        reason = `${response.status} ${response.statusText}`.trim()
        await response.body?.cancel().catch(() => {})
      } catch (err) {
        if (last || request.signal.aborted) throw err
        reason = networkReason(err)
      }
      policy.onRetry?.({ attempt, delay, reason })
      await sleep(delay, request.signal)
    }
  }
}

/** Retry-After in ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfter (value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** What went wrong with a request that got no answer, in words (undici hides it in `cause`). */
export function networkReason (err: unknown): string {
  const cause = (err as { cause?: { code?: string, message?: string } } | null)?.cause
  if (typeof cause?.code === 'string') return cause.code
  return err instanceof Error ? err.message : String(err)
}

export async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted === true) throw signal.reason
  await new Promise<void>((resolve, reject) => {
    const done = () => { signal?.removeEventListener('abort', abort); resolve() }
    const timer = setTimeout(done, ms)
    const abort = () => { clearTimeout(timer); reject(signal?.reason) }
    signal?.addEventListener('abort', abort, { once: true })
  })
}
