import type Database from 'better-sqlite3'
import { builtActor } from './anchor.js'
import { mergeActor, type LocalDef } from './actors.js'
import type { IssueList } from './errors.js'
import type { RowWriter } from './rows.js'
import type { MentionCounts } from './docs.js'
import { segment } from './segment.js'
import { TextIndex } from './text-index.js'
import { collectIfGrown } from './heap.js'
import type { SeedActor } from '../schemas/seed.js'

// The actors' rows. An actor is shared by every article that mentions it or lists it, so
// it is made from what the database holds: its registry entry, every article's listing of
// it (article_actors, in article order) and its mentions. The streaming build makes every
// actor this way once its articles are written; an ingest remakes the actors the article
// touches (before or after). Same function, same inputs: the rows come out equal.

export interface ActorSources {
  registry: ReadonlyMap<string, SeedActor>
  registryFile: string
  /** the file (for messages) an article's annotation is in */
  fileOf: (articleId: string) => string
}

/** The actors an article's rows involve: mentioned, listed, referred to by its items, or holding role evidence in it. */
export function actorsOfArticle (db: Database.Database, articleId: string): Set<string> {
  const rows = db.prepare(`
    SELECT actor_id AS id FROM mentions WHERE article_id = @a
    UNION SELECT actor_id FROM article_actors WHERE article_id = @a
    UNION SELECT p.actor_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.article_id = @a
    UNION SELECT speaker_id FROM claims WHERE article_id = @a AND speaker_id IS NOT NULL
    UNION SELECT s.actor_id FROM claim_subjects s JOIN claims c ON c.id = s.claim_id WHERE c.article_id = @a
    UNION SELECT q.actor_id FROM question_actors q JOIN questions x ON x.id = q.question_id WHERE x.article_id = @a
    UNION SELECT r.actor_id FROM role_spans r JOIN spans s ON s.id = r.span_id WHERE s.article_id = @a`).pluck().all({ a: articleId }) as string[]
  return new Set(rows)
}

/**
 * Makes the given actors again (or removes those nothing defines or keeps any more) and
 * renumbers every actor's default order. Returns the ids removed.
 */
export function refreshActors (db: Database.Database, rows: RowWriter, ids: Iterable<string>, sources: ActorSources, issues: IssueList): string[] {
  // the texts the actor in hand's role evidence quotes, made again for each actor: kept for
  // the whole run, a 1M build held one for each of the 3,748 articles its registry's roles
  // quote (about 100 KiB each: the text, its folded copy and two offset tables), 375 MiB
  const indexes = new Map<string, TextIndex | undefined>()
  const textOf = db.prepare('SELECT text, language FROM articles WHERE id = ?')
  const indexOf = (article: string) => {
    if (!indexes.has(article)) {
      const a = textOf.get(article) as { text: string, language: string | null } | undefined
      indexes.set(article, a === undefined ? undefined : new TextIndex(article, a.text, segment(a.text, a.language ?? 'en').sections))
    }
    return indexes.get(article)
  }
  const defsOf = db.prepare('SELECT article_id AS article, def FROM article_actors WHERE actor_id = ? ORDER BY article_id')
  const mentionCounts = db.prepare('SELECT count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions WHERE actor_id = ?')
  const firstMention = db.prepare(`SELECT m.article_id, s.start_utf16 FROM mentions m JOIN spans s ON s.id = m.span_id
    WHERE m.actor_id = ? ORDER BY m.article_id, s.start_utf16 LIMIT 1`)
  const referenced = db.prepare(`SELECT EXISTS (SELECT 1 FROM event_participants WHERE actor_id = @a)
    OR EXISTS (SELECT 1 FROM claims WHERE speaker_id = @a) OR EXISTS (SELECT 1 FROM claim_subjects WHERE actor_id = @a)
    OR EXISTS (SELECT 1 FROM question_actors WHERE actor_id = @a) OR EXISTS (SELECT 1 FROM actor_roles WHERE of_actor_id = @a)`).pluck()
  const existed = db.prepare('SELECT 1 FROM actors WHERE id = ?').pluck()

  const removed: string[] = []
  let temp = 0
  for (const id of [...new Set(ids)].sort()) {
    collectIfGrown()
    indexes.clear()
    const had = existed.get(id) !== undefined
    if (had) rows.deleteActor(id)
    const reg = sources.registry.get(id)
    const defs: LocalDef[] = (defsOf.all(id) as Array<{ article: string, def: string }>)
      .map((d) => ({ file: sources.fileOf(d.article), actor: JSON.parse(d.def) as SeedActor }))
    if (reg === undefined && defs.length === 0) { if (had) removed.push(id); continue }
    const entry = mergeActor(reg === undefined ? undefined : { actor: reg, file: sources.registryFile }, defs)
    for (const [r, role] of (entry.actor.roles ?? []).entries()) {
      role.evidence.forEach((q, i) => {
        if (indexOf(q.article) === undefined) issues.add(entry.file, `actor ${id}`, `roles.${r}.evidence.${i}: article "${q.article}" is not in the database (is it the one being deleted?)`)
      })
    }
    const actor = builtActor(entry, indexOf, issues)
    // the mentions stay in the database: counted here, written into the detail by SQLite (rows.actor)
    const counts = mentionCounts.get(id) as MentionCounts
    const first = firstMention.get(id) as { article_id: string, start_utf16: number } | undefined
    actor.firstArticle = first?.article_id ?? null
    actor.firstStart = first?.start_utf16 ?? null
    // as the build does: an extracted actor no alias finds and nothing refers to is dropped
    if (actor.origin === 'extracted' && counts.mentions === 0 && referenced.get({ a: id }) === 0) { if (had) removed.push(id); continue }
    // a placeholder place in the order, out of the way of every real one until the renumbering
    actor.seq = Number.MAX_SAFE_INTEGER - temp++
    // its roles at once (references are checked at the end): no actor is kept in memory
    rows.actor(actor, counts)
    rows.roles(actor)
  }
  renumber(db, 'actors', 'first_article IS NULL, first_article, first_start, id')
  return removed
}

/**
 * Gives `table`'s seq the values 0, 1, 2… in `order`, in two passes so that UNIQUE holds
 * throughout, writing only the rows whose place changed: the order and the old places are
 * read from an index (migration 006), and an update rewrites a row whole, detail and all.
 */
export function renumber (db: Database.Database, table: 'actors' | 'articles', order: string): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS renumbered (id TEXT PRIMARY KEY, n INTEGER NOT NULL, old INTEGER NOT NULL) WITHOUT ROWID;
    DELETE FROM temp.renumbered;
    INSERT INTO temp.renumbered SELECT id, row_number() OVER (ORDER BY ${order}) - 1, seq FROM ${table};
    DELETE FROM temp.renumbered WHERE n = old;
    UPDATE ${table} SET seq = -1 - (SELECT n FROM temp.renumbered r WHERE r.id = ${table}.id) WHERE id IN (SELECT id FROM temp.renumbered);
    UPDATE ${table} SET seq = -1 - seq WHERE seq < 0;
    DELETE FROM temp.renumbered;`)
}

/** The rows one article has in the tables `countRows` counts (actors and articles aside). */
export function articleRowCounts (db: Database.Database, articleId: string): Record<string, number> {
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(articleId) as number
  return { mentions: n('mentions'), events: n('events'), claims: n('claims'), questions: n('questions'), sentences: n('sentences') }
}

export function countRows (db: Database.Database): Record<string, number> {
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { articles: n('articles'), actors: n('actors'), mentions: n('mentions'), events: n('events'), claims: n('claims'), questions: n('questions'), sentences: n('sentences') }
}
