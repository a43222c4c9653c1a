import type { Database, Statement } from 'better-sqlite3'

// The reader view's SQL (server-rendered HTML pages, src/routes/reader.ts). Entities are
// read as the API serves them (their `doc`), so a page shows exactly what the API says;
// articles are paged by keyset on their `seq`, like the API's lists, so deep pages stay cheap.

export interface ArticleRow { id: string, seq: number, doc: string, first: string | null }
export interface Page<T> { rows: T[], next: number | null }
export interface Edge { other: string, name: string, count: number }

const ENTITY_TABLES = ['claims', 'events', 'questions'] as const

export class ReaderQueries {
  private readonly statements = new Map<string, Statement>()
  constructor (private readonly db: Database) {}

  private stmt (sql: string): Statement {
    let s = this.statements.get(sql)
    if (s === undefined) { s = this.db.prepare(sql); this.statements.set(sql, s) }
    return s
  }

  /** A page of articles in order of addition; with `match` (an FTS5 query), those with any matching item or sentence. */
  articles (match: string | null, after: number | null, limit: number): Page<ArticleRow> {
    const where = [
      ...(match === null ? [] : ['a.id IN (SELECT article_id FROM search_index WHERE search_index MATCH ?)']),
      ...(after === null ? [] : ['a.seq > ?'])
    ]
    const sql = `SELECT a.id, a.seq, a.doc,
        (SELECT s.quote FROM sentences se JOIN spans s ON s.id = se.span_id WHERE se.article_id = a.id ORDER BY se.ord LIMIT 1) AS first
      FROM articles a${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY a.seq LIMIT ?`
    const params = [...(match === null ? [] : [match]), ...(after === null ? [] : [after]), limit + 1]
    return pageOf(this.stmt(sql).all(...params) as ArticleRow[], limit)
  }

  articleCount (match: string | null): number {
    const row = match === null
      ? this.stmt('SELECT count(*) AS n FROM articles').get()
      : this.stmt('SELECT count(DISTINCT article_id) AS n FROM search_index WHERE search_index MATCH ? AND article_id IS NOT NULL').get(match)
    return (row as { n: number }).n
  }

  /** Items per origin (curated, extracted) of each article, where the items say it. */
  origins (articleIds: string[]): Map<string, Record<string, number>> {
    const out = new Map<string, Record<string, number>>()
    if (articleIds.length === 0) return out
    const marks = articleIds.map(() => '?').join(', ')
    const sql = ENTITY_TABLES.map((t) => `SELECT article_id AS article, json_extract(doc, '$.origin') AS origin FROM ${t} WHERE article_id IN (${marks})`).join(' UNION ALL ')
    const rows = this.stmt(`SELECT article, origin, count(*) AS n FROM (${sql}) WHERE origin IS NOT NULL GROUP BY article, origin`)
      .all(...articleIds, ...articleIds, ...articleIds) as Array<{ article: string, origin: string, n: number }>
    for (const r of rows) {
      const counts = out.get(r.article) ?? {}
      counts[r.origin] = r.n
      out.set(r.article, counts)
    }
    return out
  }

  /** The article as the API's detail serves it (text, sections, sentences, counts). */
  article (id: string): string | undefined {
    return (this.stmt('SELECT detail FROM articles WHERE id = ?').get(id) as { detail: string } | undefined)?.detail
  }

  /** The claims, events or questions of an article, in order of appearance. */
  entities (table: typeof ENTITY_TABLES[number], articleId: string): string[] {
    return (this.stmt(`SELECT doc FROM ${table} WHERE article_id = ? ORDER BY seq`).all(articleId) as Array<{ doc: string }>).map((r) => r.doc)
  }

  mentions (articleId: string): Array<{ actor: string, startUtf16: number, endUtf16: number, quote: string }> {
    return this.stmt(`SELECT m.actor_id AS actor, s.start_utf16 AS startUtf16, s.end_utf16 AS endUtf16, s.quote
      FROM mentions m JOIN spans s ON s.id = m.span_id WHERE m.article_id = ? ORDER BY s.start_utf16, m.span_id`).all(articleId) as Array<{ actor: string, startUtf16: number, endUtf16: number, quote: string }>
  }

  actors (ids: string[]): string[] {
    if (ids.length === 0) return []
    return (this.stmt(`SELECT doc FROM actors WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY seq`).all(...ids) as Array<{ doc: string }>).map((r) => r.doc)
  }

  actor (id: string): string | undefined {
    return (this.stmt('SELECT detail FROM actors WHERE id = ?').get(id) as { detail: string } | undefined)?.detail
  }

  // An actor's claims are paged by position in the list (how many came before), not by a
  // key: their order (article, then order of appearance in it) has no single integer key,
  // and an index scan to an offset within one actor's claims stays cheap.

  /** Claims whose speaker is the actor, in order of appearance across articles. */
  claimsBy (actorId: string, after: number | null, limit: number): Page<{ doc: string }> {
    const rows = this.stmt('SELECT doc FROM claims WHERE speaker_id = ? ORDER BY article_id, seq LIMIT ? OFFSET ?')
      .all(actorId, limit + 1, after ?? 0) as Array<{ doc: string }>
    return offsetPage(rows, limit, after ?? 0)
  }

  /** Claims about the actor (it is one of their subjects). */
  claimsAbout (actorId: string, after: number | null, limit: number): Page<{ doc: string }> {
    const rows = this.stmt('SELECT c.doc FROM claims c WHERE c.id IN (SELECT claim_id FROM claim_subjects WHERE actor_id = ?) ORDER BY c.article_id, c.seq LIMIT ? OFFSET ?')
      .all(actorId, limit + 1, after ?? 0) as Array<{ doc: string }>
    return offsetPage(rows, limit, after ?? 0)
  }

  claimCounts (actorId: string): { by: number, about: number } {
    const by = (this.stmt('SELECT count(*) AS n FROM claims WHERE speaker_id = ?').get(actorId) as { n: number }).n
    const about = (this.stmt('SELECT count(DISTINCT claim_id) AS n FROM claim_subjects WHERE actor_id = ?').get(actorId) as { n: number }).n
    return { by, about }
  }

  /** Whom the actor speaks about (`out`) and who speaks about it (`in`), claims counted per pair. */
  speaksAbout (actorId: string): { out: Edge[], in: Edge[] } {
    const out = this.stmt(`SELECT cs.actor_id AS other, a.name, count(DISTINCT c.id) AS count FROM claims c
        JOIN claim_subjects cs ON cs.claim_id = c.id JOIN actors a ON a.id = cs.actor_id
      WHERE c.speaker_id = ? AND cs.actor_id <> c.speaker_id GROUP BY cs.actor_id ORDER BY count DESC, a.seq LIMIT 50`).all(actorId) as Edge[]
    const inbound = this.stmt(`SELECT c.speaker_id AS other, a.name, count(DISTINCT c.id) AS count FROM claim_subjects cs
        JOIN claims c ON c.id = cs.claim_id JOIN actors a ON a.id = c.speaker_id
      WHERE cs.actor_id = ? AND c.speaker_id <> cs.actor_id GROUP BY c.speaker_id ORDER BY count DESC, a.seq LIMIT 50`).all(actorId) as Edge[]
    return { out, in: inbound }
  }
}

function pageOf<T extends { seq: number }> (rows: T[], limit: number): Page<T> {
  const more = rows.length > limit
  const page = more ? rows.slice(0, limit) : rows
  return { rows: page, next: more ? page.at(-1)!.seq : null }
}

function offsetPage<T> (rows: T[], limit: number, offset: number): Page<T> {
  const more = rows.length > limit
  return { rows: more ? rows.slice(0, limit) : rows, next: more ? offset + limit : null }
}
