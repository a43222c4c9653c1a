import type Database from 'better-sqlite3'
import type { Span } from './anchor.js'
import type { BuiltActor, BuiltArticle, BuiltClaim, BuiltEvent, BuiltQuestion } from './model.js'
import { nextSearchRowid, type SearchRowType } from '../db/search-rowids.js'
import { actorDoc, articleDetail, articleDoc, claimDoc, eventDoc, questionDoc, type ArticleCounts, type MentionCounts } from './docs.js'

// The write stage's rows, one entity at a time: the full build (write.ts) and an ingest
// (src/ingest) insert through the same statements, so both store the same rows for the
// same entities.

type Mention = Span & { alias: string }

/** How many child rows a bulk load holds before writing them (about 15 MiB). Measured on a million claims' rows with their spans and subjects: 43 s of CPU in batches of 20,000 claims, 64 s one by one. */
const BULK_ROWS = 100_000

export class RowWriter {
  private readonly statements = new Map<string, Database.Statement>()
  constructor (private readonly db: Database.Database) {}

  private run (sql: string, ...args: unknown[]): Database.RunResult {
    let st = this.statements.get(sql)
    if (st === undefined) { st = this.db.prepare(sql); this.statements.set(sql, st) }
    return st.run(...args)
  }

  /** A bulk load's rows of the items' child tables, waiting to be written in key order (see bulk). */
  private pending: Map<string, unknown[][]> | null = null
  private pendingRows = 0

  /**
   * From now on, the rows of the items' child tables (keyed by their item's id, which is a
   * slug: random places in b-trees far larger than the page cache at a million claims) wait
   * and are written in key order, many at a time, so that neighbours share the pages read.
   * Their content is the same whatever the order they are written in (no rowid). Nothing
   * may read those tables until `flush`: the build's article loop does not.
   */
  bulk (): void { this.pending ??= new Map() }

  /** Writes the rows `bulk` holds, sorted by their key (item id, then ordinal). */
  flush (): void {
    if (this.pending === null) return
    const byKey = (a: unknown[], b: unknown[]) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : (a[1] as number) - (b[1] as number))
    for (const [sql, rows] of this.pending) for (const row of rows.sort(byKey)) this.run(sql, ...row)
    this.pending.clear()
    this.pendingRows = 0
  }

  /** A row of an item's child table (the item's id and an ordinal first): now, or in key order with the others when `bulk` is on. */
  private child (sql: string, ...args: unknown[]): void {
    if (this.pending === null) { this.run(sql, ...args); return }
    let rows = this.pending.get(sql)
    if (rows === undefined) { rows = []; this.pending.set(sql, rows) }
    rows.push(args)
    if (++this.pendingRows >= BULK_ROWS) this.flush()
  }

  private span (s: Span): number {
    return Number(this.run(`INSERT INTO spans (article_id, start, "end", start_utf16, end_utf16, quote, prefix, suffix, section)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, s.article, s.start, s.end, s.startUtf16, s.endUtf16, s.quote, s.prefix, s.suffix, s.section).lastInsertRowid)
  }

  /** The next search rowid of each type (src/db/search-rowids.ts), read once per writer: one writer per transaction, and a transaction is the only writer. */
  private readonly searchRowids = new Map<SearchRowType, number>()

  private fts (type: SearchRowType, id: string, article: string | null, span: number | null, title: string, body: string): void {
    const rid = this.searchRowids.get(type) ?? nextSearchRowid(this.db, type)
    this.searchRowids.set(type, rid + 1)
    this.run('INSERT INTO search_index (rowid, type, item_id, article_id, span_id, title, body) VALUES (?, ?, ?, ?, ?, ?, ?)', BigInt(rid), type, id, article, span, title, body)
    this.run('INSERT INTO search_rows (rid, type, item_id) VALUES (?, ?, ?)', BigInt(rid), type, id)
  }

  private deleteFts (type: string, ids: string, ...params: unknown[]): void {
    this.run(`DELETE FROM search_index WHERE rowid IN (SELECT rid FROM search_rows WHERE type = '${type}' AND item_id IN ${ids})`, ...params)
    this.run(`DELETE FROM search_rows WHERE type = '${type}' AND item_id IN ${ids}`, ...params)
  }

  article (a: BuiltArticle, counts: ArticleCounts): void {
    this.run('INSERT INTO articles (id, seq, title, publisher, url, published_at, language, text, text_sha256, length_code_points, length_utf16, doc, detail, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
      a.id, a.seq, a.title, a.publisher, a.url, a.publishedAt, a.language, a.text, a.textSha256, [...a.text].length, a.text.length,
      json(articleDoc(a, counts)), JSON.stringify(articleDetail(a, counts)), a.contentHash)
    a.sections.forEach((s, i) => this.run('INSERT INTO sections (article_id, ord, heading, heading_span_id, span_id) VALUES (?,?,?,?,?)',
      a.id, i, s.heading, s.headingSpan === null ? null : this.span(s.headingSpan), this.span(s.span)))
    a.sentences.forEach((s, i) => {
      const id = this.span(s.span)
      this.run('INSERT INTO sentences (article_id, ord, section_ord, span_id) VALUES (?,?,?,?)', a.id, i, s.sectionOrd, id)
      this.fts('article', a.id, a.id, id, a.title ?? '', s.span.quote)
    })
    a.localActors.forEach((actor, i) => this.run('INSERT INTO article_actors (article_id, ord, actor_id, def) VALUES (?,?,?,?)', a.id, i, actor.id, JSON.stringify(actor)))
  }

  /**
   * An actor whose mentions are already rows (`counts` says how many). Its detail, the doc
   * with every article and every mention it has, is assembled by SQLite from those rows:
   * a registry actor of a large corpus has hundreds of thousands of mentions, which as
   * JavaScript objects (then a string, then its UTF-8 copy) raised a 1M build's peak by
   * about 400 MiB. The text is byte for byte what `JSON.stringify(actorDetail(a))` gives
   * for the same mentions: the same keys in the same order, and SQLite quotes strings as
   * JSON.stringify does (every code point compared). One concat() over the parts, not a
   * chain of ||, each of which copied the whole text again (32 MiB less at the peak of a
   * 1M build's largest actor, a 33 MB detail).
   */
  actor (a: BuiltActor, counts: MentionCounts): void {
    const doc = json(actorDoc(a, counts))
    const [origin, confidence, extraction] = provenance(a)
    this.run(`INSERT INTO actors (id, seq, name, kind, description, aliases, external_ids, added_facts, mention_count, origin, confidence, extraction, doc, detail, first_article, first_start)
      VALUES (@id, @seq, @name, @kind, @description, @aliases, @externalIds, @addedFacts, @mentionCount, @origin, @confidence, @extraction, @doc,
        concat(@detailStart, (SELECT json_group_array(article_id ORDER BY article_id) FROM (SELECT DISTINCT article_id FROM mentions WHERE actor_id = @id)),
          ',"mentions":', (SELECT json_group_array(json_object('article', s.article_id, 'start', s.start, 'end', s."end", 'startUtf16', s.start_utf16, 'endUtf16', s.end_utf16,
          'quote', s.quote, 'prefix', s.prefix, 'suffix', s.suffix, 'section', s.section, 'alias', m.alias) ORDER BY m.article_id, s.start_utf16)
          FROM mentions m JOIN spans s ON s.id = m.span_id WHERE m.actor_id = @id), '}'),
        @firstArticle, @firstStart)`, {
      id: a.id,
      seq: a.seq,
      name: a.name,
      kind: a.kind,
      description: a.description,
      aliases: json(a.aliases),
      externalIds: json(a.externalIds ?? {}),
      addedFacts: json(a.addedFacts ?? []),
      mentionCount: counts.mentions,
      origin,
      confidence,
      extraction,
      doc,
      detailStart: `${doc.slice(0, -1)},"articles":`,
      firstArticle: a.firstArticle,
      firstStart: a.firstStart
    })
    this.fts('actor', a.id, null, null, a.name, a.aliases.join(' \u00b7 '))
  }

  /** The roles of an actor, once every actor they may point at exists. */
  roles (a: BuiltActor): void {
    a.roles.forEach((r, i) => {
      this.run('INSERT INTO actor_roles (actor_id, ord, relation, title, of_actor_id, note) VALUES (?,?,?,?,?,?)', a.id, i, r.relation, r.title, r.of, r.note ?? null)
      r.evidence.forEach((s, j) => this.run('INSERT INTO role_spans (actor_id, role_ord, ord, span_id) VALUES (?,?,?,?)', a.id, i, j, this.span(s)))
    })
  }

  mentions (actorId: string, mentions: readonly Mention[]): void {
    for (const m of mentions) this.run('INSERT INTO mentions (span_id, actor_id, article_id, alias) VALUES (?,?,?,?)', this.span(m), actorId, m.article, m.alias)
  }

  event (e: BuiltEvent): void {
    const doc = eventDoc(e)
    this.run('INSERT INTO events (id, seq, article_id, title, kind, cameo, status, when_text, when_start, when_end, location, origin, confidence, extraction, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
      e.id, e.seq, e.article, e.title, e.kind, e.cameo ?? null, e.status, e.when?.text ?? null, e.when?.start ?? null, e.when?.end ?? null, e.location ?? null, ...provenance(doc), JSON.stringify(doc))
    e.participants.forEach((p, i) => this.child('INSERT INTO event_participants (event_id, ord, actor_id, role) VALUES (?,?,?,?)', e.id, i, p.actor, p.role))
    e.evidence.forEach((s, i) => this.child('INSERT INTO event_spans (event_id, ord, span_id) VALUES (?,?,?)', e.id, i, this.span(s)))
    this.fts('event', e.id, e.article, null, e.title, e.evidence.map((s) => s.quote).join(' \u2026 '))
  }

  claim (c: BuiltClaim): void {
    const doc = claimDoc(c)
    this.run('INSERT INTO claims (id, seq, article_id, text, kind, speaker_id, source_kind, cue, certainty, polarity, origin, confidence, extraction, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
      c.id, c.seq, c.article, c.text, c.kind, c.speaker, c.sourceKind, c.cue, c.certainty, c.polarity, ...provenance(doc), JSON.stringify(doc))
    c.subjects.forEach((a, i) => this.child('INSERT INTO claim_subjects (claim_id, ord, actor_id) VALUES (?,?,?)', c.id, i, a))
    c.events.forEach((e, i) => this.child('INSERT INTO claim_events (claim_id, ord, event_id) VALUES (?,?,?)', c.id, i, e))
    c.evidence.forEach((s, i) => this.child('INSERT INTO claim_spans (claim_id, ord, span_id) VALUES (?,?,?)', c.id, i, this.span(s)))
    this.fts('claim', c.id, c.article, null, '', c.text)
  }

  /** A claim's relations, once every claim they may point at exists. */
  relations (c: BuiltClaim): void {
    c.related?.forEach((r, i) => this.child('INSERT INTO claim_relations (claim_id, ord, related_claim_id, relation) VALUES (?,?,?,?)', c.id, i, r.claim, r.relation))
  }

  question (q: BuiltQuestion): void {
    const doc = questionDoc(q)
    this.run('INSERT INTO questions (id, seq, article_id, text, kind, status, resolution_criteria, resolution, origin, confidence, extraction, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
      q.id, q.seq, q.article, q.text, q.kind, q.status, q.resolutionCriteria, q.resolution, ...provenance(doc), JSON.stringify(doc))
    q.actors.forEach((a, i) => this.child('INSERT INTO question_actors (question_id, ord, actor_id) VALUES (?,?,?)', q.id, i, a))
    q.events.forEach((e, i) => this.child('INSERT INTO question_events (question_id, ord, event_id) VALUES (?,?,?)', q.id, i, e))
    q.claims.forEach((c, i) => this.child('INSERT INTO question_claims (question_id, ord, claim_id) VALUES (?,?,?)', q.id, i, c))
    q.evidence.forEach((s, i) => this.child('INSERT INTO question_spans (question_id, ord, span_id) VALUES (?,?,?)', q.id, i, this.span(s)))
    this.fts('question', q.id, q.article, null, '', `${q.text} ${q.resolutionCriteria}`)
  }

  /** An actor's row, roles, their spans and its search row (its mentions belong to their articles). */
  deleteActor (id: string): void {
    const spans = (this.db.prepare('SELECT span_id AS id FROM role_spans WHERE actor_id = ?').all(id) as Array<{ id: number }>).map((r) => r.id)
    this.run('DELETE FROM role_spans WHERE actor_id = ?', id)
    for (const span of spans) this.run('DELETE FROM spans WHERE id = ?', span)
    this.run('DELETE FROM actor_roles WHERE actor_id = ?', id)
    this.deleteFts('actor', '(?)', id)
    this.run('DELETE FROM actors WHERE id = ?', id)
  }

  /** Every row of one article and of its events, claims and questions (not the actors it mentions). */
  deleteArticle (id: string): void {
    for (const [table, key] of [['event', 'event_id'], ['claim', 'claim_id'], ['question', 'question_id']] as const) {
      const items = `(SELECT id FROM ${table}s WHERE article_id = ?)`
      const children = table === 'event'
        ? ['event_participants', 'event_spans']
        : table === 'claim' ? ['claim_subjects', 'claim_events', 'claim_spans', 'claim_relations'] : ['question_actors', 'question_events', 'question_claims', 'question_spans']
      for (const child of children) this.run(`DELETE FROM ${child} WHERE ${key} IN ${items}`, id)
      this.deleteFts(table, items, id)
      this.run(`DELETE FROM ${table}s WHERE article_id = ?`, id)
    }
    this.run('DELETE FROM mentions WHERE article_id = ?', id)
    this.run('DELETE FROM sentences WHERE article_id = ?', id)
    this.run('DELETE FROM sections WHERE article_id = ?', id)
    this.deleteFts('article', '(?)', id)
    this.run('DELETE FROM article_actors WHERE article_id = ?', id)
    // spans left to the article are its own (sentences, sections, items, mentions); role
    // evidence of an actor in it is checked by the caller before it comes to this
    this.run('DELETE FROM spans WHERE article_id = ? AND NOT EXISTS (SELECT 1 FROM role_spans r WHERE r.span_id = spans.id)', id)
    this.run('DELETE FROM articles WHERE id = ?', id)
  }
}

const json = (v: unknown) => JSON.stringify(v ?? null)

/** origin, confidence, extraction: as served, so the filters and the docs agree. */
function provenance (item: { origin: string, confidence: number | null, extraction: unknown }): [string, number | null, string | null] {
  return [item.origin, item.confidence, item.extraction === null ? null : json(item.extraction)]
}
