import type { Database, Statement } from 'better-sqlite3'
import { RESOURCES, type Collection, type Resource } from './resources.js'
import type { CursorKey } from './cursor.js'

// All the SQL the server runs. Statements are prepared once, on first use, and kept: the
// set of distinct statements is bounded by the filters and sorts resources.ts allows.

export type Filters = Record<string, string[]>
export interface ListQuery { filters: Filters, sort: string, limit: number, after: CursorKey | null }
export interface ListPage { docs: string[], next: CursorKey | null }
export interface DatasetMeta { version: string, builtAt: string, schemaVersion: number, counts: Record<string, number> }

export class Repository {
  private readonly statements = new Map<string, Statement>()
  private readonly totals = new Map<string, number>()
  readonly meta: DatasetMeta

  constructor (readonly db: Database) {
    const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string, value: string }>
    const m = Object.fromEntries(rows.map((r) => [r.key, r.value]))
    this.meta = { version: m.version ?? '', builtAt: m.built_at ?? '', schemaVersion: Number(m.schema_version), counts: JSON.parse(m.counts ?? '{}') }
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
  doc (collection: Collection, id: string, detail = false): string | undefined {
    const row = this.stmt(`SELECT ${detail && hasDetail(collection) ? 'detail' : 'doc'} AS doc FROM ${collection} WHERE id = ?`).get(id) as { doc: string } | undefined
    return row?.doc
  }

  exists (collection: Collection, id: string): boolean {
    return this.stmt(`SELECT 1 FROM ${collection} WHERE id = ?`).get(id) !== undefined
  }

  /** The values among `ids` that are not ids of the collection. */
  unknownIds (collection: Collection, ids: string[]): string[] {
    return ids.filter((id) => !this.exists(collection, id))
  }

  /** Parsed docs of the given ids (for `include`), keyed by id. */
  docsByIds (collection: Collection, ids: string[]): Record<string, unknown> {
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

  list (collection: Collection, query: ListQuery): ListPage {
    const r = RESOURCES[collection]
    const sort = r.sorts[query.sort] ?? r.sorts.position!
    const { where, params } = whereClause(r, query.filters)
    const keys = sort.columns.map((c, i) => `${c.sql} AS k${i}`).join(', ')
    const conditions = [...where]
    if (query.after !== null) {
      const { sql, params: keyParams } = keyset(sort.columns, query.after)
      conditions.push(sql)
      params.push(...keyParams)
    }
    const sql = `SELECT t.doc AS doc, ${keys} FROM ${r.table} t${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${sort.columns.map((c) => `${c.sql}${c.desc ? ' DESC' : ''}`).join(', ')} LIMIT ?`
    const rows = this.stmt(sql).all(...params, query.limit + 1) as Array<Record<string, string | number>>
    const more = rows.length > query.limit
    const page = more ? rows.slice(0, query.limit) : rows
    const last = page.at(-1)
    return {
      docs: page.map((row) => row.doc as string),
      next: more && last !== undefined ? sort.columns.map((_, i) => last[`k${i}`] as string | number) : null
    }
  }

  /** How many rows match; cached per canonical filter set, since the data never changes while served. */
  count (collection: Collection, filters: Filters, cacheKey: string): number {
    const hit = this.totals.get(cacheKey)
    if (hit !== undefined) return hit
    const r = RESOURCES[collection]
    const { where, params } = whereClause(r, filters)
    const { n } = this.stmt(`SELECT count(*) AS n FROM ${r.table} t${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`).get(...params) as { n: number }
    if (this.totals.size >= 10_000) this.totals.delete(this.totals.keys().next().value as string)
    this.totals.set(cacheKey, n)
    return n
  }
}

function hasDetail (collection: Collection): boolean {
  return collection === 'actors' || collection === 'articles'
}

function whereClause (r: Resource, filters: Filters): { where: string[], params: Array<string | number> } {
  const where: string[] = []
  const params: Array<string | number> = []
  for (const name of Object.keys(filters).sort()) {
    const values = filters[name] ?? []
    const def = r.filters[name]
    if (def === undefined || values.length === 0) continue
    if (name === 'q') { // several q values: any of them (OR), as one MATCH expression
      where.push(def.sql(1))
      params.push(values.map((v) => `(${v})`).join(' OR '))
      continue
    }
    const plain = values.filter((v) => def.special?.[v] === undefined)
    const parts = values.filter((v) => def.special?.[v] !== undefined).map((v) => def.special![v] as string)
    if (plain.length > 0) {
      const sql = def.sql(plain.length)
      parts.unshift(sql)
      // a filter's SQL may use its placeholders more than once (e.g. `actor`)
      const uses = (sql.match(/\?/g) ?? []).length / plain.length
      for (let i = 0; i < uses; i++) params.push(...plain)
    }
    where.push(parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`)
  }
  return { where, params }
}

/** The rows strictly after `after` in the order of `columns` (lexicographic, each column in its own direction). */
function keyset (columns: Array<{ sql: string, desc: boolean }>, after: CursorKey): { sql: string, params: Array<string | number> } {
  const ors: string[] = []
  const params: Array<string | number> = []
  columns.forEach((c, i) => {
    const eq = columns.slice(0, i).map((p) => `${p.sql} = ?`)
    ors.push(`(${[...eq, `${c.sql} ${c.desc ? '<' : '>'} ?`].join(' AND ')})`)
    params.push(...after.slice(0, i + 1) as Array<string | number>)
  })
  return { sql: `(${ors.join(' OR ')})`, params }
}
