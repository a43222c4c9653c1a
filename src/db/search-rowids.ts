// The search index keeps each type of item in its own range of rowids: an article's
// sentences below 2^40, then actors, events, claims and questions, 2^40 rowids each, each
// type's rows in the order they were added. FTS5 walks a word's matches in rowid order
// without reading their rows (some 34 ns a match) and seeks to a rowid bound, but reading a
// match's `type` column is a b-tree lookup (about a microsecond): so a filter on the type,
// said as a rowid range, is tested without reading any row, and one type's matches are
// counted, sampled and paged by walking that range alone. A common word's 400,000 matches
// at a million claims cost 0.3-0.4 s to filter by reading their type; as a range, a few ms.
// Every insert into search_index goes through nextSearchRowid (src/seed/rows.ts).

import type { Database } from 'better-sqlite3'

/** Every type of row the search index holds, in rowid order (migrations/005_search_rowids.sql numbers the same). */
export const SEARCH_ROW_TYPES = ['article', 'actor', 'event', 'claim', 'question'] as const
export type SearchRowType = typeof SEARCH_ROW_TYPES[number]

const SPAN = 2 ** 40

/** The rowids of a type's rows: `first` to `last`, both included (integers, exact as JavaScript numbers). */
export function searchRowids (type: SearchRowType): { first: number, last: number } {
  const k = SEARCH_ROW_TYPES.indexOf(type)
  if (k < 0) throw new Error(`no search rows of type ${String(type)}`)
  return { first: k * SPAN + 1, last: (k + 1) * SPAN - 1 }
}

/** SQL: whether the rowid expression `rid` is one of a row of these types. One type is a range FTS5 seeks to; several, a test of the rowid alone. */
export function typeRange (rid: string, types: readonly string[]): string {
  const ranges = [...new Set(types)].map((t) => { const r = searchRowids(t as SearchRowType); return `${rid} BETWEEN ${r.first} AND ${r.last}` })
  return ranges.length === 1 ? ranges[0]! : `(${ranges.join(' OR ')})`
}

/** The rowid the next row of this type gets: one past the type's last (integers bound as BigInt: FTS5 compares a REAL rowid bound by scanning). */
export function nextSearchRowid (db: Database, type: SearchRowType): number {
  const { first, last } = searchRowids(type)
  const row = db.prepare('SELECT rowid AS rid FROM search_index WHERE rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT 1').get(BigInt(first), BigInt(last)) as { rid: number } | undefined
  const next = row === undefined ? first : row.rid + 1
  if (next > last) throw new Error(`the search index has no rowids left for ${type} rows`)
  return next
}
