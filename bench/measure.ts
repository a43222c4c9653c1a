import { get as httpGet } from 'node:http'
import autocannon from 'autocannon'
import { record, type Results, type Row, type Server, type Settings } from './results.js'

// Loads a server with one query and records requests/s and latency.

export interface Load { paths?: string[], method?: string, body?: string, headers?: Record<string, string>, expect?: number, connections?: number, amount?: number }

/** Loads a set of requests (each connection cycles through them) for the run's duration, or `amount` whole downloads. */
export async function load (bench: { settings: Settings, results: Results }, size: number, server: Server, query: string, base: string, spec: Load): Promise<Row> {
  const { settings, results } = bench
  if (spec.amount !== undefined) return record(results, { size, server, query, ...await downloads(base + (spec.paths?.[0] ?? '/'), spec.amount) })
  const expect = spec.expect ?? 200
  const requests = (spec.paths ?? ['/']).map((path) => ({
    method: spec.method ?? 'GET',
    path,
    ...(spec.body === undefined ? {} : { body: spec.body }),
    headers: { ...(spec.headers ?? {}), ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }) }
  }))
  const result = await autocannon({ url: base, connections: spec.connections ?? settings.connections, duration: settings.duration, timeout: 10, requests })
  const answered = Object.entries(result.statusCodeStats ?? {}).reduce((n, [, s]) => n + s.count, 0)
  const expected = result.statusCodeStats?.[String(expect)]?.count ?? 0
  return record(results, {
    size,
    server,
    query,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mibPerSec: Math.round((result.throughput.average / 2 ** 20) * 10) / 10,
    requests: answered,
    errors: result.errors + result.timeouts,
    unexpected: answered - expected
  })
}

/**
 * Full exports, one after another, each body read as it streams and counted, never held:
 * autocannon keeps every body in a string, which a million claims' export (over 1 GB)
 * exceeds (V8's string limit).
 */
async function downloads (url: string, amount: number): Promise<Omit<Row, 'size' | 'server' | 'query'>> {
  const ms: number[] = []
  let bytes = 0
  let errors = 0
  let unexpected = 0
  for (let i = 0; i < amount; i++) {
    const t0 = performance.now()
    try {
      const res = await download(url)
      if (res.status !== 200) unexpected++
      bytes += res.bytes
      ms.push(performance.now() - t0)
    } catch {
      errors++
    }
  }
  ms.sort((a, b) => a - b)
  const busy = Math.max(ms.reduce((a, b) => a + b, 0) / 1000, 0.001)
  const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0)
  return {
    rps: Math.round((ms.length / busy) * 100) / 100,
    p50: at(0.5),
    p99: at(0.99),
    mibPerSec: Math.round((bytes / busy / 2 ** 20) * 10) / 10,
    requests: ms.length,
    errors,
    unexpected
  }
}

/** GET with node:http, counting the body's bytes (fetch's web streams read ~4× slower: the client, not the server, was measured). */
function download (url: string): Promise<{ status: number, bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => { bytes += chunk.length })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
      res.on('error', reject)
    })
    req.setTimeout(600_000, () => req.destroy(new Error('timed out')))
    req.on('error', reject)
  })
}

/** How many whole exports to time at a size: fewer as they grow. */
export const exportAmount = (size: number) => (size >= 1e6 ? 2 : size >= 1e5 ? 3 : 10)
