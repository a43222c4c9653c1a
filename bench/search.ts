import { parseArgs } from 'node:util'
import { loadavg } from 'node:os'
import { openReadOnly } from '../src/db/open.js'
import { Repository } from '../src/db/repository.js'
import { COLLECTIONS, hits, type CollectionName, type Filters } from '../src/db/collections.js'
import { toFtsQuery } from '../src/db/fts.js'
import { RANKED_MATCHES, UNRANKED, rankedPage } from '../src/db/ranked.js'
import { sortOf } from '../src/db/repository.js'
import type { Statement } from 'better-sqlite3'
import type { CursorKey } from '../src/db/cursor.js'
import { TOPICS } from './corpus.js'
import { parseSize, sizeLabel } from './paths.js'
import { searchData, type RowOrder } from './search-data.js'

// npm run bench:search [-- --claims 1M] [--order type|article] [--seed 1] [--db FILE]
// The uncached cost of /v1/search's query at scale, before and after bounding the ranked
// set (src/db/ranked.ts), on the same database in the same run. The database holds the
// search index of a synthetic corpus (bench/search-data.ts: minutes to build, where the
// full seed build of a million claims takes a quarter of an hour and 12 GB). Each request
// is what the server runs for a page it has not answered before: the page's query and the
// total's count (cached for the pages after the first, as the server does). The baseline is the query as it was: bm25
// and the snippet over every match, sorted, the first `limit` taken. Both run on one
// connection, alternately (which one goes first alternates too), after a pass that reads
// every query's doclists once: the file is in the OS page cache for both. `--db` measures
// another database instead (a full seed build). Wall time and
// the process's CPU time per request; on a shared machine the CPU time is the steadier.

const { values: opts } = parseArgs({
  options: {
    claims: { type: 'string', default: '1M' },
    order: { type: 'string', default: 'type' },
    seed: { type: 'string', default: '1' },
    db: { type: 'string' },
    // only the filtered forms (their own table), not the unfiltered search's
    'filtered-only': { type: 'boolean', default: false },
    // only the filtered forms whose name contains this
    form: { type: 'string', default: '' }
  },
  strict: true
})
if (opts.order !== 'type' && opts.order !== 'article') throw new Error('--order must be type or article')
const claims = parseSize(opts.claims)
const path = opts.db ?? searchData(claims, Number(opts.seed), opts.order as RowOrder, (s) => console.log(s))
const label = opts.db === undefined ? `${sizeLabel(claims)} claims, ${opts.order} order` : opts.db
const db = openReadOnly(path, () => {})
const repo = new Repository(db)
const search = COLLECTIONS.search
const LIMIT = 49

// ---------------------------------------------------------------- the query as it was

const OLD_SOURCE = `(SELECT type, item_id AS id, article_id, span_id, CASE WHEN title <> '' THEN title ELSE body END AS title,
  snippet(search_index, -1, char(2), char(3), '\u2026', 16) AS snippet,
  bm25(search_index, 0, 0, 0, 0, 2.0, 1.0) AS score, rowid AS rid
  FROM search_index WHERE search_index MATCH ?)`
const oldFirst = db.prepare(`SELECT ${search.doc} AS doc, t.score AS k0, t.rid AS k1 FROM ${OLD_SOURCE} t ORDER BY t.score, t.rid LIMIT ?`)
const oldAfter = db.prepare(`SELECT ${search.doc} AS doc, t.score AS k0, t.rid AS k1 FROM ${OLD_SOURCE} t
  WHERE ((t.score > ?) OR (t.score = ? AND t.rid > ?)) ORDER BY t.score, t.rid LIMIT ?`)
const oldCount = db.prepare(`SELECT count(*) AS n FROM ${OLD_SOURCE} t`)

/** The server's count cache answers the total of every page but the first. */
function oldPage (match: string, after: CursorKey | null): { docs: number, next: CursorKey | null, total: number } {
  const rows = (after === null ? oldFirst.all(match, LIMIT + 1) : oldAfter.all(match, after[0], after[0], after[1], LIMIT + 1)) as Array<{ doc: string, k0: number, k1: number }>
  const total = after === null ? (oldCount.get(match) as { n: number }).n : -1
  const last = rows[LIMIT - 1]
  return { docs: Math.min(rows.length, LIMIT), next: rows.length > LIMIT && last !== undefined ? [last.k0, last.k1] : null, total }
}

function newPage (match: string, after: CursorKey | null): { docs: number, next: CursorKey | null, total: number } {
  const filters: Filters = { q: [match] }
  const page = repo.page('search', { filters, sort: 'relevance', limit: LIMIT, after })
  const total = repo.count('search', filters)
  return { docs: page.docs.length, next: page.next, total }
}

// ---------------------------------------------------------------- the queries

const match = (q: string) => { const r = toFtsQuery(q); if (!r.ok) throw new Error(`${q}: ${r.reason}`); return r.query }
const count = db.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?')
const matches = (q: string) => (count.get(match(q)) as { n: number }).n
// people's surnames with about 50 matches, as the main benchmark's rare names
const surnames = [...new Set((db.prepare("SELECT body FROM search_index WHERE type = 'actor' AND body LIKE '%\u00b7%' LIMIT 3000").all() as Array<{ body: string }>)
  .map((r) => r.body.split(' \u00b7 ').at(-1)!).filter((s) => /^\p{Lu}\p{Ll}+$/u.test(s)))]
const rare = surnames.map((s) => [s, matches(s)] as const).sort((a, b) => Math.abs(a[1] - 50) - Math.abs(b[1] - 50)).slice(0, 20).map(([s]) => s)
const words = [...new Set(TOPICS)]
const sets: Array<{ name: string, queries: string[] }> = [
  { name: 'common word', queries: words },
  { name: 'rare name', queries: rare },
  { name: 'phrase', queries: words.slice(0, 20).map((w) => `"${w} deal"`) },
  { name: 'prefix', queries: [...new Set(words.map((w) => `${w.slice(0, 4)}*`))].slice(0, 20) },
  { name: 'two words', queries: words.slice(0, 20).map((w) => `${w} plan`) }
]

console.log(`${path}\n1-minute load average: ${loadavg()[0]!.toFixed(2)} on 2 cores; ranked matches at most ${RANKED_MATCHES.toLocaleString('en')}`)
for (const s of sets) for (const q of s.queries) count.get(match(q)) // every doclist read once

interface Sample { ms: number, cpu: number }
const timed = (f: () => unknown): Sample => {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  f()
  const ms = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { ms, cpu: (c.user + c.system) / 1000 }
}
const stats = (xs: Sample[]) => {
  const at = (v: number[], q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))]!
  const ms = xs.map((x) => x.ms).sort((a, b) => a - b)
  const cpu = xs.map((x) => x.cpu).sort((a, b) => a - b)
  return { p50: at(ms, 0.5), p99: at(ms, 0.99), cpu50: at(cpu, 0.5), cpu99: at(cpu, 0.99) }
}
const f1 = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1))

const lines = [
  `| queries (${label}) | matches (median / max) | page | before p50 / p99 ms | after p50 / p99 ms | before CPU p50 / p99 ms | after CPU p50 / p99 ms | p99 before ÷ after |`,
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |'
]
for (const s of opts['filtered-only'] ? [] : sets) {
  const m = s.queries.map(matches).sort((a, b) => a - b)
  const runs = { first: { before: [] as Sample[], after: [] as Sample[] }, second: { before: [] as Sample[], after: [] as Sample[] }, unranked: { before: [] as Sample[], after: [] as Sample[] } }
  s.queries.forEach((q, i) => {
    const fts = match(q)
    const measure = (which: 'before' | 'after', run: () => void) => { runs.first[which].push(timed(run)) }
    let before: ReturnType<typeof oldPage> | undefined
    let after: ReturnType<typeof newPage> | undefined
    const pair = [() => measure('before', () => { before = oldPage(fts, null) }), () => measure('after', () => { after = newPage(fts, null) })]
    for (const run of i % 2 === 0 ? pair : pair.reverse()) run()
    if (before!.total !== after!.total || before!.docs !== after!.docs) throw new Error(`${q}: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`)
    // the next page, from the first page's cursor
    if (before!.next !== null && after!.next !== null) {
      runs.second.before.push(timed(() => oldPage(fts, before!.next)))
      runs.second.after.push(timed(() => newPage(fts, after!.next)))
    }
    // a page deep in the unranked rest: after the middle match
    if (after!.total > RANKED_MATCHES) {
      const middle = (db.prepare('SELECT rowid AS rid FROM search_index WHERE search_index MATCH ? LIMIT 1 OFFSET ?').get(fts, Math.floor(after!.total / 2)) as { rid: number }).rid
      runs.unranked.after.push(timed(() => newPage(fts, [UNRANKED, middle])))
    }
  })
  for (const [page, r] of Object.entries(runs)) {
    if (r.after.length === 0) continue
    const b = r.before.length > 0 ? stats(r.before) : null
    const a = stats(r.after)
    lines.push(`| ${s.name} (${s.queries.length}) | ${m[Math.floor(m.length / 2)]!.toLocaleString('en')} / ${m.at(-1)!.toLocaleString('en')} | ${page} | ${b === null ? '—' : `${f1(b.p50)} / ${f1(b.p99)}`} | ${f1(a.p50)} / ${f1(a.p99)} | ${b === null ? '—' : `${f1(b.cpu50)} / ${f1(b.cpu99)}`} | ${f1(a.cpu50)} / ${f1(a.cpu99)} | ${b === null ? '—' : `${(b.p99 / a.p99).toFixed(1)}×`} |`)
  }
  console.log(lines.at(-1))
}
if (!opts['filtered-only']) console.log(`\n${lines.join('\n')}`)

// ---------------------------------------------------------------- the filtered forms

// /v1/search with `type`, and the collections' `q`, first page (limit 49) and its total, for
// a query not asked before. Before: the filter as it was, reading each match's row (its
// `type` column; a collection's `q` listing the ids of its type's matches, then the page and
// the total over them). After: the server's own queries (Repository), each form on a
// repository of its own whose table sizes are counted beforehand (the server has them
// cached). The pages must be the same, doc for doc, and the totals equal.
const statements = new Map<string, Statement>()
const stmt = (sql: string) => { let st = statements.get(sql); if (st === undefined) { st = db.prepare(sql); statements.set(sql, st) } return st }
interface Answer { docs: string[], total: number }
const oldSearch = (types: string[]) => (fts: string): Answer => {
  const where = [`t.type IN (${types.map((t) => `'${t}'`).join(', ')})`]
  const total = (stmt(`SELECT count(*) AS n FROM ${hits()} t WHERE ${where.join(' AND ')}`).get(fts) as { n: number }).n
  const page = rankedPage(stmt, { from: hits(), where, params: [fts] }, search.doc, { limit: LIMIT, after: null, total, max: RANKED_MATCHES })
  return { docs: page.docs, total }
}
const oldCollection = (collection: CollectionName, type: string, sort: string) => (fts: string): Answer => {
  const c = COLLECTIONS[collection]
  const order = sortOf(c, sort).columns.map((col) => `${col.sql}${col.desc ? ' DESC' : ''}`).join(', ')
  const cond = `t.id IN (SELECT item_id FROM search_index WHERE search_index MATCH ? AND type = '${type}')`
  const docs = (stmt(`SELECT ${c.doc} AS doc FROM ${collection} t WHERE ${cond} ORDER BY ${order} LIMIT ?`).all(fts, LIMIT) as Array<{ doc: string }>).map((r) => r.doc)
  const total = (stmt(`SELECT count(*) AS n FROM ${collection} t WHERE ${cond}`).get(fts) as { n: number }).n
  return { docs, total }
}
const current = (collection: CollectionName, extra: Filters, sort: string) => {
  const r = new Repository(db)
  if (collection !== 'search') r.count(collection, {})
  return (fts: string): Answer => {
    const filters: Filters = { ...extra, q: [fts] }
    const page = r.page(collection, { filters, sort, limit: LIMIT, after: null })
    return { docs: page.docs, total: r.count(collection, filters) }
  }
}
const items = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
const forms: Array<{ name: string, queries: string[], before: (fts: string) => Answer, after: (fts: string) => Answer }> = [
  { name: 'search type=claim', queries: words, before: oldSearch(['claim']), after: current('search', { type: ['claim'] }, 'relevance') },
  { name: 'search type=article', queries: words, before: oldSearch(['article']), after: current('search', { type: ['article'] }, 'relevance') },
  { name: 'search type=event', queries: words, before: oldSearch(['event']), after: current('search', { type: ['event'] }, 'relevance') },
  { name: 'search type=claim&type=question', queries: words, before: oldSearch(['claim', 'question']), after: current('search', { type: ['claim', 'question'] }, 'relevance') },
  // the collections' rows: in a full build (--db), and the search-only database's claims, events and questions
  ...(items === 0
    ? []
    : [
        { name: 'claims?q=', queries: words, before: oldCollection('claims', 'claim', 'position'), after: current('claims', {}, 'position') },
        { name: 'claims?q=&sort=-id', queries: words, before: oldCollection('claims', 'claim', '-id'), after: current('claims', {}, '-id') },
        { name: 'claims?q= (rare name)', queries: rare, before: oldCollection('claims', 'claim', 'position'), after: current('claims', {}, 'position') },
        { name: 'events?q=', queries: words, before: oldCollection('events', 'event', 'position'), after: current('events', {}, 'position') },
        { name: 'questions?q=', queries: words, before: oldCollection('questions', 'question', 'position'), after: current('questions', {}, 'position') },
        // the search-only database has no actors' rows
        ...((db.prepare('SELECT count(*) AS n FROM actors').get() as { n: number }).n === 0
          ? []
          : [{ name: 'actors?q= (rare name)', queries: rare, before: oldCollection('actors', 'actor', 'position'), after: current('actors', {}, 'position') }])
      ])
]
const filtered = [
  `| filtered form (${label}) | totals (median / max) | before p50 / p99 ms | after p50 / p99 ms | before CPU p50 / p99 ms | after CPU p50 / p99 ms | p99 before ÷ after |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
]
for (const f of forms.filter((x) => x.name.includes(opts.form))) {
  const before: Sample[] = []
  const after: Sample[] = []
  const totals: number[] = []
  f.queries.forEach((q, i) => {
    const fts = match(q)
    let b: Answer | undefined
    let a: Answer | undefined
    const pair = [() => before.push(timed(() => { b = f.before(fts) })), () => after.push(timed(() => { a = f.after(fts) }))]
    for (const run of i % 2 === 0 ? pair : pair.reverse()) run()
    if (b!.total !== a!.total || JSON.stringify(b!.docs) !== JSON.stringify(a!.docs)) throw new Error(`${f.name} ${q}: before ${b!.total} (${b!.docs.length} docs), after ${a!.total} (${a!.docs.length} docs), or other docs`)
    totals.push(a!.total)
  })
  totals.sort((x, y) => x - y)
  const bs = stats(before)
  const as = stats(after)
  filtered.push(`| ${f.name} (${f.queries.length}) | ${totals[Math.floor(totals.length / 2)]!.toLocaleString('en')} / ${totals.at(-1)!.toLocaleString('en')} | ${f1(bs.p50)} / ${f1(bs.p99)} | ${f1(as.p50)} / ${f1(as.p99)} | ${f1(bs.cpu50)} / ${f1(bs.cpu99)} | ${f1(as.cpu50)} / ${f1(as.cpu99)} | ${(bs.p99 / as.p99).toFixed(1)}× |`)
  console.log(filtered.at(-1))
}
console.log(`\n1-minute load average at the end: ${loadavg()[0]!.toFixed(2)}\n${filtered.join('\n')}`)
db.close()
