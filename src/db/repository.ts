import type { Database, Statement } from 'better-sqlite3'
import { COLLECTIONS, type Collection, type CollectionName, type EntityName, type Filters, type Sort, type SqlParam } from './collections.js'
import type { CursorKey } from './cursor.js'
import { ReaderQueries } from './reader.js'
import { RANKED_MATCHES, rankedCountAfter, rankedKey, rankedPage } from './ranked.js'
import { typeRange } from './search-rowids.js'

// All the SQL the server runs, and the one paginated-query core that lists, nested lists,
// search and exports share, over one read-only connection. Statements are prepared once,
// on first use, and kept: the set of distinct statements is bounded by the filters and
// sorts the registry allows, and a commit by a writer leaves them valid.
//
// The database grows while it is served (a writer commits in WAL mode). A request reads
// one snapshot: `snapshot()` runs its queries in one read transaction and gives the
// dataset version that snapshot holds, so a page's rows, its total and its version header
// always agree. The meta row (version, counts) is re-read whenever a snapshot shows a new
// version, and the count cache is emptied then.

interface ListQuery { filters: Filters, sort: string, limit: number, after: CursorKey | null }
interface ListPage { docs: string[], next: CursorKey | null }
export interface DatasetMeta { version: string, builtAt: string, schemaVersion: number, counts: Record<string, number> }

const MAX_TOTALS = 10_000
/**
 * What testing one item against the index costs, in units of listing one match (reading its
 * id, then its item by id): at a million claims about 15 and 11 µs of CPU (see Repository.probes).
 */
const PROBE_COST = 1.4
const EXPORT_BATCH = 1000

export class Repository {
  private readonly statements = new Map<string, Statement>()
  private readonly totals = new Map<string, number>()
  private readers?: ReaderQueries
  private dataVersion: number
  meta: DatasetMeta

  /** `rankedMatches`: how many matches a search ranks at most (see ranked.ts); tests make it small. */
  constructor (readonly db: Database, private readonly rankedMatches = RANKED_MATCHES) {
    this.meta = this.readMeta()
    this.dataVersion = this.readDataVersion()
  }

  get version (): string { return this.meta.version }

  /** The reader view's queries, on this connection. */
  get reader (): ReaderQueries {
    this.readers ??= new ReaderQueries(this.db)
    return this.readers
  }

  private readMeta (): DatasetMeta {
    const rows = this.stmt('SELECT key, value FROM meta').all() as Array<{ key: string, value: string }>
    const m = Object.fromEntries(rows.map((r) => [r.key, r.value]))
    return { version: m.version ?? '', builtAt: m.built_at ?? '', schemaVersion: Number(m.schema_version), counts: JSON.parse(m.counts ?? '{}') }
  }

  private readDataVersion (): number {
    return (this.stmt('PRAGMA data_version').get() as { data_version: number }).data_version
  }

  close (): void {
    this.end()
    this.db.close()
  }

  /** Runs `fn` in one read transaction (one snapshot of the database), giving it that snapshot's dataset version. */
  snapshot<T> (fn: (version: string) => T): T {
    if (this.db.inTransaction) return fn(this.meta.version) // already in one (an export's)
    this.stmt('BEGIN').run()
    try {
      return fn(this.observe())
    } finally {
      this.stmt('COMMIT').run()
    }
  }

  /** Starts a read transaction held until `end()`: an export reads one snapshot across many batches. */
  begin (): string {
    this.stmt('BEGIN').run()
    return this.observe()
  }

  end (): void {
    if (this.db.inTransaction) this.stmt('COMMIT').run()
  }

  /** Inside a read transaction: the snapshot's version, re-reading the meta row when it is new. */
  private observe (): string {
    const version = (this.stmt("SELECT value FROM meta WHERE key = 'version'").get() as { value: string } | undefined)?.value ?? ''
    if (version !== this.meta.version) {
      this.meta = this.readMeta()
      this.totals.clear()
    }
    return version
  }

  /** Whether another connection has committed since the last call (cheap: no table is read); if so, the meta row is re-read. */
  refresh (): boolean {
    const now = this.readDataVersion()
    if (now === this.dataVersion) return false
    this.dataVersion = now
    this.snapshot(() => undefined)
    return true
  }

  private stmt (sql: string): Statement {
    let s = this.statements.get(sql)
    if (s === undefined) {
      s = this.db.prepare(sql)
      this.statements.set(sql, s)
    }
    return s
  }

  /** The entity as the API serves it, as JSON text; `detail` for the richer shape where there is one. */
  doc (collection: EntityName, id: string, detail = false): string | undefined {
    const c = COLLECTIONS[collection]
    const row = this.stmt(`SELECT ${detail && c.detail !== undefined ? c.detail : 'doc'} AS doc FROM ${collection} WHERE id = ?`).get(id) as { doc: string } | undefined
    return row?.doc
  }

  exists (collection: EntityName, id: string): boolean {
    return this.stmt(`SELECT 1 FROM ${collection} WHERE id = ?`).get(id) !== undefined
  }

  /** The values among `ids` that are not ids of the collection. */
  unknownIds (collection: EntityName, ids: string[]): string[] {
    return ids.filter((id) => !this.exists(collection, id))
  }

  /** Parsed docs of the given ids (for `include`), keyed by id. */
  docsByIds (collection: EntityName, ids: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const id of [...new Set(ids)].sort()) {
      const doc = this.doc(collection, id)
      if (doc !== undefined) out[id] = JSON.parse(doc)
    }
    return out
  }

  articleText (id: string): string | undefined {
    return (this.stmt('SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined)?.text
  }

  /** One page in the order of `sort`, strictly after the key `after`, and the key to continue from. */
  page (collection: CollectionName, query: ListQuery): ListPage {
    const c = COLLECTIONS[collection]
    // search pages by relevance over a bounded set of matches, not by the generic keyset
    if (collection === 'search') {
      // its few statements read the caller's snapshot (snapshot() or an export's lease)
      const total = this.count(collection, query.filters)
      return rankedPage((sql) => this.stmt(sql), selection(c, query.filters), c.doc, { limit: query.limit, after: query.after, total, max: this.rankedMatches })
    }
    const sort = sortOf(c, query.sort)
    const { from, where, params } = selection(c, query.filters, this.probes(collection, query.filters, query.limit))
    if (query.after !== null) {
      const k = keyset(sort, query.after)
      where.push(k.sql)
      params.push(...k.params)
    }
    const keys = sort.columns.map((col, i) => `${col.sql} AS k${i}`).join(', ')
    const order = sort.columns.map((col) => `${col.sql}${col.desc ? ' DESC' : ''}`).join(', ')
    const rows = this.stmt(`SELECT ${c.doc} AS doc, ${keys} FROM ${from} t${whereSql(where)} ORDER BY ${order} LIMIT ?`)
      .all(...params, query.limit + 1) as Array<Record<string, SqlParam>>
    const more = rows.length > query.limit
    const page = more ? rows.slice(0, query.limit) : rows
    const last = page.at(-1)
    return {
      docs: page.map((row) => row.doc as string),
      next: more && last !== undefined ? sort.columns.map((_, i) => last[`k${i}`] as SqlParam) : null
    }
  }

  /** Every matching doc after `after`, read in keyset batches (each query run to completion, so the connection is never held between them). */
  * rows (collection: CollectionName, filters: Filters, sort: string, after: CursorKey | null = null): Generator<string[]> {
    do {
      const page = this.page(collection, { filters, sort, limit: EXPORT_BATCH, after })
      if (page.docs.length > 0) yield page.docs
      after = page.next
    } while (after !== null)
  }

  /** The sort key of the row of the selection whose resume key is `key`, or null when there is none. */
  keyOf (collection: CollectionName, filters: Filters, sort: string, key: string): CursorKey | null {
    const c = COLLECTIONS[collection]
    const columns = sortOf(c, sort).columns
    const { from, where, params } = selection(c, filters)
    where.push(`(${c.resumeKey.sql}) = ?`)
    const row = this.stmt(`SELECT ${columns.map((col, i) => `${col.sql} AS k${i}`).join(', ')} FROM ${from} t${whereSql(where)} LIMIT 1`)
      .get(...params, key) as Record<string, SqlParam> | undefined
    if (row === undefined) return null
    // a search's pages rank a sample of its matches and follow with the rest unranked: the
    // hit's key is the one the pages give it (ranked.ts), not its bm25 score
    if (collection === 'search') return rankedKey(row.k0 as number, row.k1 as number, this.count(collection, filters), this.rankedMatches)
    return columns.map((_, i) => row[`k${i}`]!)
  }

  /** How many rows match strictly after `after` (not cached: every position is its own count). */
  countAfter (collection: CollectionName, filters: Filters, sort: string, after: CursorKey): number {
    const c = COLLECTIONS[collection]
    if (collection === 'search') return rankedCountAfter((sql) => this.stmt(sql), selection(c, filters), after, this.count(collection, filters), this.rankedMatches)
    const { from, where, params } = selection(c, filters)
    const k = keyset(sortOf(c, sort), after)
    where.push(k.sql)
    const { n } = this.stmt(`SELECT count(*) AS n FROM ${from} t${whereSql(where)}`).get(...params, ...k.params) as { n: number }
    return n
  }

  /**
   * Whether a page of a collection filtered by `q` tests each item it meets, in the sort's
   * order, against the index (a seek each), rather than reading the ids of every match
   * first (a row read each): for a word matching many items, a page meets a match soon;
   * for a rare one, reading its few matches is cheaper than meeting them.
   */
  private probes (collection: CollectionName, filters: Filters, limit: number): boolean {
    const q = filters.q ?? []
    if (q.length === 0 || COLLECTIONS[collection].filters.q?.fts === undefined) return false
    const matches = this.count(collection, { q })
    if (matches === 0) return false
    // the items tested to find a page's limit + 1, the matches spread evenly among them
    // (fewer where another filter picks the items by an index), against listing every match
    const tested = (limit + 1) * this.count(collection, {}) / matches
    return tested * PROBE_COST < matches
  }

  /** How many rows match; cached per dataset version and canonical filter set (a total does not depend on the sort). */
  count (collection: CollectionName, filters: Filters): number {
    const key = `${this.version}\n${collection}\n${JSON.stringify(Object.keys(filters).sort().map((k) => [k, filters[k]]))}`
    const hit = this.totals.get(key)
    if (hit !== undefined) return hit
    const c = COLLECTIONS[collection]
    const only = Object.keys(filters).filter((k) => (filters[k] ?? []).length > 0)
    const type = c.filters.q?.fts
    // a collection's items found by `q` alone: one search row each, so their count is the
    // index's count of matches in their type's rowids, which reads no row
    const { from, where, params } = only.length === 1 && only[0] === 'q' && type !== undefined
      ? { from: '(SELECT rowid FROM search_index WHERE search_index MATCH ? AND ' + typeRange('rowid', [type]) + ')', where: [], params: [filters.q!.map((v) => `(${v})`).join(' OR ')] }
      : selection(c, filters)
    const { n } = this.stmt(`SELECT count(*) AS n FROM ${from} t${whereSql(where)}`).get(...params) as { n: number }
    if (this.totals.size >= MAX_TOTALS) this.totals.delete(this.totals.keys().next().value as string)
    this.totals.set(key, n)
    return n
  }
}

export function sortOf (c: Collection, name: string): Sort {
  return c.sorts[name] ?? c.sorts[c.defaultSort]!
}

const whereSql = (where: string[]) => (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '')

/** `probe`: a full-text filter tests each row (see Repository.probes) rather than listing its matches. */
function selection (c: Collection, filters: Filters, probe = false): { from: string, where: string[], params: SqlParam[] } {
  const source = c.source(filters)
  const where: string[] = []
  const params: SqlParam[] = [...source.params]
  for (const name of Object.keys(filters).sort()) {
    const values = filters[name] ?? []
    const def = c.filters[name]
    if (def?.sql == null || values.length === 0) continue
    if (def.search === true) { // several queries: any of them (OR), as one MATCH expression
      where.push(probe && def.probe !== undefined ? def.probe() : def.sql(1, values))
      params.push(values.map((v) => `(${v})`).join(' OR '))
      continue
    }
    const plain = values.filter((v) => def.special?.[v] === undefined)
    const parts = values.filter((v) => def.special?.[v] !== undefined).map((v) => def.special![v] as string)
    if (plain.length > 0) {
      const sql = def.sql(plain.length, plain)
      parts.unshift(sql)
      // a filter's SQL may use its placeholders more than once (e.g. `actor`)
      const uses = (sql.match(/\?/g) ?? []).length / plain.length
      for (let i = 0; i < uses; i++) params.push(...plain)
    }
    where.push(parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`)
  }
  return { from: source.sql, where, params }
}

/** The rows strictly after `after` in the order of the sort (lexicographic, each column in its own direction). */
function keyset (sort: Sort, after: CursorKey): { sql: string, params: SqlParam[] } {
  const ors: string[] = []
  const params: SqlParam[] = []
  sort.columns.forEach((col, i) => {
    const eq = sort.columns.slice(0, i).map((p) => `${p.sql} = ?`)
    ors.push(`(${[...eq, `${col.sql} ${col.desc ? '<' : '>'} ?`].join(' AND ')})`)
    params.push(...after.slice(0, i + 1))
  })
  return { sql: `(${ors.join(' OR ')})`, params }
}
