// autocannon ships no types; this is the part of its API the harness uses.
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    /** `context` is the connection's own object, kept from request to response */
    setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: Request[]
  }
  interface Histogram { average: number, mean: number, total: number, p50: number, p90: number, p99: number, max: number }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    '3xx'?: number
    duration: number
    statusCodeStats: Record<string, { count: number }>
  }
  /** A run: awaited for its result; `stop()` ends it before its duration. */
  interface Instance extends PromiseLike<Result> { stop: () => void }
  function autocannon (opts: Options): Instance
  export default autocannon
}
