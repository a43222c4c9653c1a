// What one `npm run bench` measures, gathered as it runs and read by the report.

export type Server = 'hello' | 'ours' | 'platformatic' | 'json-server'

export interface Settings {
  sizes: number[]
  /** seconds per query */
  duration: number
  connections: number
  seed: number
  smoke: boolean
  coldOnly: boolean
  withPeers: boolean
}

/** One query loaded on one server at one size; `note` says why it was not measured. */
export interface Row { size: number, server: Server, query: string, rps: number, p50: number, p99: number, mibPerSec: number, requests: number, errors: number, unexpected: number, note?: string }
interface Cold { size: number, query: string, p50: number, p99: number, mean: number }
interface Built { size: number, seedMs: number | null, claims: number, counts: Record<string, number>, dbMiB: number, corpusMiB: number, generateMs: number }
interface Memory { size: number, server: Server, peakRssMiB: number }

export interface Results {
  rows: Row[]
  colds: Cold[]
  builds: Built[]
  memory: Memory[]
  /** the 1-minute load average when each size started */
  loads: Map<number, number>
}

export function emptyResults (): Results {
  return { rows: [], colds: [], builds: [], memory: [], loads: new Map() }
}

/** Records a measured row and prints it as one line. */
export function record (results: Results, row: Row): Row {
  results.rows.push(row)
  const bad = row.errors + row.unexpected > 0 ? `  errors ${row.errors}, other status ${row.unexpected}` : ''
  console.log(`  ${row.server.padEnd(12)} ${row.query.padEnd(22)} ${String(row.rps).padStart(8)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ${row.mibPerSec} MiB/s${bad}`)
  return row
}

/** Records a query that could not be measured, and why. */
export function skip (results: Results, size: number, server: Server, query: string, note: string): void {
  results.rows.push({ size, server, query, rps: 0, p50: 0, p99: 0, mibPerSec: 0, requests: 0, errors: 0, unexpected: 0, note })
  console.log(`  ${server.padEnd(12)} ${query.padEnd(22)} n/a: ${note}`)
}
