import type { Database, Statement } from 'better-sqlite3'

// What an ingest leaves for clients: the ids it deleted (their routes answer 410 Gone) and
// the changes feed (which articles were added, replaced or deleted since a version).

export type TombstoneType = 'article' | 'actor' | 'event' | 'claim' | 'question'
export interface ArticleChange { article: string, change: 'added' | 'replaced' | 'deleted', version: string }

const statements = new WeakMap<Database, Map<string, Statement>>()
function stmt (db: Database, sql: string): Statement {
  let map = statements.get(db)
  if (map === undefined) { map = new Map(); statements.set(db, map) }
  let s = map.get(sql)
  if (s === undefined) { s = db.prepare(sql); map.set(sql, s) }
  return s
}

/** The version that deleted this id, if an ingest deleted it (and nothing brought it back). */
export function deletedIn (db: Database, type: TombstoneType, id: string): string | undefined {
  return stmt(db, 'SELECT version FROM tombstones WHERE type = ? AND id = ?').pluck().get(type, id) as string | undefined
}

/**
 * The net change per article since `since` (a version this database has had: its build's,
 * or one an ingest produced), in article id order from `after`, at most `limit`; null if
 * the version was never this database's. An article changed and changed back is left out.
 */
export function changesSince (db: Database, since: string, after: string | null, limit: number): ArticleChange[] | null {
  const base = stmt(db, "SELECT value FROM meta WHERE key = 'base_version'").pluck().get() as string | undefined
  // the last time the database was at that version: every change after it is news
  const at = stmt(db, 'SELECT max(id) FROM changes WHERE version = ?').pluck().get(since) as number | null
  if (at === null && since !== base) return null
  const from = at ?? 0
  const rows = stmt(db, `SELECT article_id AS article,
      (SELECT before_hash FROM changes f WHERE f.article_id = c.article_id AND f.id > @from ORDER BY f.id LIMIT 1) AS before,
      (SELECT after_hash FROM changes l WHERE l.article_id = c.article_id ORDER BY l.id DESC LIMIT 1) AS after,
      (SELECT version FROM changes l WHERE l.article_id = c.article_id ORDER BY l.id DESC LIMIT 1) AS version
    FROM changes c WHERE c.id > @from AND (@after IS NULL OR c.article_id > @after) GROUP BY c.article_id
    HAVING before IS NOT after ORDER BY c.article_id LIMIT @limit`).all({ from, after, limit }) as Array<{ article: string, before: string | null, after: string | null, version: string }>
  return rows.map((r) => ({ article: r.article, change: r.before === null ? 'added' : r.after === null ? 'deleted' : 'replaced', version: r.version }))
}
