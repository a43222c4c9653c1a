import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { exportAmount } from './measure.js'
import { ROOT } from '../dev/process.js'
import { RESULTS_DIR, sizeLabel } from './paths.js'
import { QUERIES } from './queries.js'
import type { Results, Row, Server, Settings } from './results.js'
import { COLD } from './cold.js'

// The bench's tables in Markdown, with every ratio between figures measured in the same run.

const fmt = (n: number) => (n >= 100 ? String(Math.round(n)) : n >= 10 ? n.toFixed(1) : n.toFixed(2))
const cell = (r: Row | undefined) => (r === undefined ? '—' : r.note !== undefined ? 'n/a' : r.requests === 0 ? '0 (none answered)' : fmt(r.rps))
const errs = (r: Row | undefined) => (r === undefined || r.note !== undefined ? '' : r.errors + r.unexpected > 0 ? ` ⚠${r.errors + r.unexpected}` : '')
const header = (first: string, columns: string[]) => [`| ${first} | ${columns.join(' | ')} |`, `| --- | ${columns.map(() => '---:').join(' | ')} |`]

export function report (results: Results, settings: Settings, machine: string, started: Date): string {
  const { sizes, duration, connections } = settings
  const find = (size: number, server: Server, query: string) => results.rows.find((r) => r.size === size && r.server === server && r.query === query)
  const lines = [`Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ${duration} s per query at ${connections} connections; exports with 1 connection and ${sizes.map((s) => `${exportAmount(s)} requests at ${sizeLabel(s)}`).join(', ')}.`]
  for (const size of sizes) lines.push(...sizeTable(results, settings, size, find))
  if (sizes.length > 1) {
    lines.push('\n#### Scaling: ours, p50 / p99 ms (req/s) by corpus size\n', ...header('query', sizes.map(sizeLabel)))
    for (const q of ['ceiling', ...QUERIES]) {
      const server: Server = q === 'ceiling' ? 'hello' : 'ours'
      lines.push(`| ${q === 'ceiling' ? 'hello world' : q} | ${sizes.map((s) => { const r = find(s, server, q); return r === undefined || r.note !== undefined ? 'n/a' : `${r.p50} / ${r.p99} (${fmt(r.rps)})` }).join(' | ')} |`)
    }
  }
  if (results.colds.length > 0) {
    lines.push(`\n#### Ours, uncached: ${COLD} requests never asked before, one at a time, p50 / p99 ms\n`, ...header('query', sizes.map(sizeLabel)))
    for (const q of [...new Set(results.colds.map((c) => c.query))]) lines.push(`| ${q} | ${sizes.map((s) => { const c = results.colds.find((x) => x.size === s && x.query === q); return c === undefined ? 'n/a' : `${c.p50} / ${c.p99}` }).join(' | ')} |`)
  }
  lines.push(...buildsTable(results), ...memoryTable(results, settings), ...skipped(results))
  return lines.join('\n')
}

/** One size: each query on each server, with the ratios to the ceiling and to the peers. */
function sizeTable (results: Results, settings: Settings, size: number, find: (size: number, server: Server, query: string) => Row | undefined): string[] {
  const ratio = (a: Row | undefined, b: Row | undefined) => {
    if (a === undefined || b === undefined || a.note !== undefined) return '—'
    if (b.note !== undefined) return 'n/a'
    if (b.requests === 0 || b.rps === 0) return `> ${fmt(a.rps * settings.duration / Math.max(1, b.requests))}×`
    return `${fmt(a.rps / b.rps)}×`
  }
  const ceiling = find(size, 'hello', 'ceiling')
  const lines = [`\n#### ${size.toLocaleString('en')} claims\n`, `1-minute load average when this size started: ${(results.loads.get(size) ?? 0).toFixed(2)} on ${availableParallelism()} cores.\n`]
  lines.push('| query | ours req/s | p50 ms | p99 ms | × ceiling | Platformatic req/s | p99 ms | ours ÷ Platformatic | json-server req/s | p99 ms | ours ÷ json-server |')
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  if (ceiling !== undefined) lines.push(`| Fastify hello world (ceiling) | ${fmt(ceiling.rps)} | ${ceiling.p50} | ${ceiling.p99} | 1.00 | | | | | | |`)
  for (const q of QUERIES) {
    const o = find(size, 'ours', q)
    if (o === undefined) continue
    const p = find(size, 'platformatic', q)
    const j = find(size, 'json-server', q)
    const oc = o.note === undefined ? `${fmt(o.rps)}${errs(o)}` : 'n/a'
    lines.push(`| ${q} | ${oc} | ${o.note === undefined ? o.p50 : ''} | ${o.note === undefined ? o.p99 : ''} | ${ceiling === undefined || o.note !== undefined ? '' : (o.rps / ceiling.rps).toFixed(2)} | ${cell(p)}${errs(p)} | ${p?.note === undefined && p !== undefined ? p.p99 : ''} | ${ratio(o, p)} | ${cell(j)}${errs(j)} | ${j?.note === undefined && j !== undefined ? j.p99 : ''} | ${ratio(o, j)} |`)
  }
  const exp = find(size, 'ours', 'ndjson export')
  if (exp !== undefined && exp.note === undefined) lines.push(`\nExport: ${exp.requests} full exports of every claim, ${exp.mibPerSec} MiB/s, ${exp.p50} ms each (p50).`)
  return lines
}

function buildsTable (results: Results): string[] {
  const lines = ['\n#### Seed builds\n']
  lines.push('| claims | articles | actors | mentions | spans* | corpus MiB | generate s | seed build s | claims/s | database MiB |')
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const b of results.builds) {
    const spans = (b.counts.sentences ?? 0) + (b.counts.mentions ?? 0)
    lines.push(`| ${b.claims.toLocaleString('en')} | ${(b.counts.articles ?? 0).toLocaleString('en')} | ${(b.counts.actors ?? 0).toLocaleString('en')} | ${(b.counts.mentions ?? 0).toLocaleString('en')} | ${spans.toLocaleString('en')} | ${b.corpusMiB.toFixed(1)} | ${(b.generateMs / 1000).toFixed(1)} | ${b.seedMs === null ? '—' : (b.seedMs / 1000).toFixed(1)} | ${b.seedMs === null ? '—' : Math.round(b.claims / (b.seedMs / 1000)).toLocaleString('en')} | ${b.dbMiB.toFixed(0)} |`)
  }
  lines.push('\n*sentence and mention spans; evidence spans come on top.')
  return lines
}

function memoryTable (results: Results, settings: Settings): string[] {
  const servers: Server[] = ['hello', 'ours', ...(settings.withPeers ? ['platformatic', 'json-server'] as Server[] : [])]
  const lines = ['\n#### Peak server memory (VmHWM, MiB)\n', `| claims | ${servers.join(' | ')} |`, `| ---: | ${servers.map(() => '---:').join(' | ')} |`]
  for (const size of settings.sizes) lines.push(`| ${size.toLocaleString('en')} | ${servers.map((s) => results.memory.find((m) => m.size === size && m.server === s)?.peakRssMiB ?? '—').join(' | ')} |`)
  return lines
}

/** One line per peer and reason it was not measured, with the sizes and queries it applies to. */
function skipped (results: Results): string[] {
  const byReason = new Map<string, { sizes: Set<string>, queries: Set<string> }>()
  for (const r of results.rows.filter((r) => r.note !== undefined && r.server !== 'ours')) {
    const key = `${r.server}: ${r.note!}`
    const entry = byReason.get(key) ?? { sizes: new Set(), queries: new Set() }
    entry.sizes.add(sizeLabel(r.size))
    entry.queries.add(r.query)
    byReason.set(key, entry)
  }
  const reasons = [...byReason].map(([key, e]) => `${key} (${e.queries.size === QUERIES.length ? 'every query' : [...e.queries].join(', ')}; ${[...e.sizes].join(', ')})`)
  return reasons.length > 0 ? ['\n#### n/a\n', ...reasons.map((r) => `- ${r}`)] : []
}

/** Writes bench/results/<name>.json and .md, and with `updateDocs` the block of docs/BENCHMARKS.md. */
export function save (name: string, table: string, data: unknown, updateDocs: boolean): void {
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(join(RESULTS_DIR, `${name}.json`), JSON.stringify(data, null, 2))
  writeFileSync(join(RESULTS_DIR, `${name}.md`), `${table}\n`)
  if (!updateDocs) return
  const docs = join(ROOT, 'docs', 'BENCHMARKS.md')
  const text = readFileSync(docs, 'utf8')
  const begin = '<!-- bench:begin -->'
  const end = '<!-- bench:end -->'
  const a = text.indexOf(begin)
  const b = text.indexOf(end)
  if (a === -1 || b === -1) console.error(`--update-docs: ${docs} has no ${begin} … ${end} block`)
  else writeFileSync(docs, `${text.slice(0, a + begin.length)}\n${table}\n${text.slice(b)}`)
}
