// autocannon ships no types; this is the part of its API the harness uses.
declare module 'autocannon' {
  interface Options {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    requests?: Array<{ method?: string, setupRequest?: (req: Record<string, unknown>) => Record<string, unknown> }>
  }
  interface Histogram { average: number, total: number, p50: number, p90: number, p99: number, max: number }
  interface Result { requests: Histogram, latency: Histogram, errors: number, timeouts: number, non2xx: number, '3xx'?: number, '2xx': number }
  function autocannon (opts: Options): Promise<Result>
  export default autocannon
}
