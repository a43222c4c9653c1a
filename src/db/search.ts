import type { Database, Statement } from 'better-sqlite3'
import type { CursorKey } from './cursor.js'

// Full-text search over every type (FTS5, bm25 ranking; a title hit weighs twice a body
// hit). Snippets are made with control-character markers, then HTML-escaped and marked
// with <mark>, so a snippet is always safe to put in a page.

export const SEARCH_TYPES = ['actor', 'event', 'claim', 'question', 'article'] as const
export type SearchType = typeof SEARCH_TYPES[number]

export interface SearchFilters { match: string, types: string[], articles: string[] }
export interface SearchRow { type: SearchType, id: string, article: string | null, spanId: number | null, title: string, snippet: string, score: number }

const OPEN = '\u0002'
const CLOSE = '\u0003'
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function markSnippet (raw: string): string {
  return raw.replace(/[&<>"']/g, (c) => ESCAPES[c] as string).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ')

export class Search {
  private readonly statements = new Map<string, Statement>()
  private readonly totals = new Map<string, number>()
  constructor (private readonly db: Database) {}

  private stmt (sql: string): Statement {
    let s = this.statements.get(sql)
    if (s === undefined) { s = this.db.prepare(sql); this.statements.set(sql, s) }
    return s
  }

  private where (f: SearchFilters): { sql: string, params: string[] } {
    const parts = ['search_index MATCH ?']
    const params = [f.match]
    if (f.types.length > 0) { parts.push(`type IN (${marks(f.types.length)})`); params.push(...f.types) }
    if (f.articles.length > 0) {
      // actors are shared across articles: an actor belongs to the articles that mention it
      parts.push(`(article_id IN (${marks(f.articles.length)}) OR (type = 'actor' AND item_id IN (SELECT actor_id FROM mentions WHERE article_id IN (${marks(f.articles.length)}))))`)
      params.push(...f.articles, ...f.articles)
    }
    return { sql: parts.join(' AND '), params }
  }

  page (f: SearchFilters, limit: number, after: CursorKey | null): { rows: SearchRow[], next: CursorKey | null } {
    const { sql, params } = this.where(f)
    const inner = `SELECT type, item_id AS id, article_id AS article, span_id AS spanId,
        CASE WHEN title <> '' THEN title ELSE body END AS title,
        snippet(search_index, -1, '${OPEN}', '${CLOSE}', '\u2026', 16) AS snippet,
        bm25(search_index, 0, 0, 0, 0, 2.0, 1.0) AS score, rowid AS rid
      FROM search_index WHERE ${sql}`
    const keyset = after === null ? '' : 'WHERE score > ? OR (score = ? AND rid > ?)'
    const keyParams = after === null ? [] : [after[0], after[0], after[1]]
    const rows = this.stmt(`SELECT * FROM (${inner}) ${keyset} ORDER BY score, rid LIMIT ?`).all(...params, ...keyParams, limit + 1) as Array<SearchRow & { rid: number }>
    const more = rows.length > limit
    const page = more ? rows.slice(0, limit) : rows
    const last = page.at(-1)
    return {
      rows: page.map(({ rid: _rid, ...row }) => ({ ...row, snippet: markSnippet(row.snippet) })),
      next: more && last !== undefined ? [last.score, last.rid] : null
    }
  }

  count (f: SearchFilters, cacheKey: string): number {
    const hit = this.totals.get(cacheKey)
    if (hit !== undefined) return hit
    const { sql, params } = this.where(f)
    const { n } = this.stmt(`SELECT count(*) AS n FROM search_index WHERE ${sql}`).get(...params) as { n: number }
    if (this.totals.size >= 10_000) this.totals.delete(this.totals.keys().next().value as string)
    this.totals.set(cacheKey, n)
    return n
  }

  span (id: number): string | undefined {
    const row = this.stmt(`SELECT json_object('article', article_id, 'start', start, 'end', "end", 'startUtf16', start_utf16, 'endUtf16', end_utf16,
      'quote', quote, 'prefix', prefix, 'suffix', suffix, 'section', section) AS doc FROM spans WHERE id = ?`).get(id) as { doc: string } | undefined
    return row?.doc
  }
}
