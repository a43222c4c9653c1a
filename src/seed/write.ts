import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, latestSchemaVersion } from '../db/migrate.js'
import type { Span } from './anchor.js'
import type { Dataset } from './model.js'
import { versionHash } from './version.js'
import { articleCounts, actorDetail, actorDoc, articleDetail, articleDoc, claimDoc, eventDoc, questionDoc } from './docs.js'

// Stage 6, write: build the database in a temporary file beside the target, check it,
// and only then rename it over the target. A failure (or a SIGKILL) at any point before
// the rename leaves the previous database exactly as it was.

export interface Meta { builtAt: string, counts: Record<string, number> }

class IntegrityError extends Error {}

/** Builds the database at dbPath and returns the dataset version (see versionHash). */
export function writeDatabase (dataset: Dataset, meta: Meta, dbPath: string): string {
  mkdirSync(dirname(dbPath) || '.', { recursive: true })
  removeStaleTemporaries(dbPath)
  const tmp = `${dbPath}.tmp-${process.pid}`
  rmSync(tmp, { force: true })
  const db = new Database(tmp)
  try {
    // a temporary file needs no journal: if anything fails it is thrown away
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('foreign_keys = ON')
    // a large page cache keeps index maintenance in memory while a big corpus is inserted
    db.pragma('cache_size = -524288')
    migrate(db)
    const version = db.transaction(() => insertAll(db, dataset, meta))()
    check(db)
    // merge the full-text index into one b-tree per term (faster queries), then refresh
    // the planner's statistics; no VACUUM: a freshly built file has nothing to reclaim
    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.pragma('optimize')
    // the published database is in WAL mode, so that later writes (an ingest) never block
    // its readers; switched at the end, so the bulk load above pays no WAL overhead
    db.pragma('journal_mode = WAL')
    db.close()
    const fd = openSync(tmp, 'r')
    fsyncSync(fd)
    closeSync(fd)
    forgetWal(dbPath)
    renameSync(tmp, dbPath)
    return version
  } catch (err) {
    if (db.open) db.close()
    rmSync(tmp, { force: true })
    for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true })
    throw err
  }
}

/**
 * SQLite finds a database's WAL index and log by name (`<db>-shm`, `<db>-wal`), not by
 * file: left in place, the replaced database's would be shared by the new one, and a
 * server still reading the replaced file would read the new file's pages out of the log
 * as soon as anything wrote to it ("database disk image is malformed"). Removed before the
 * rename, the servers that hold the old file keep their own (unlinked) copies, and the
 * new file starts with fresh ones. Nothing in them is lost: the old file is being replaced.
 */
function forgetWal (dbPath: string): void {
  rmSync(`${dbPath}-wal`, { force: true })
  rmSync(`${dbPath}-shm`, { force: true })
}

/** Temporaries left by a build that was killed: their process is gone. */
function removeStaleTemporaries (dbPath: string): void {
  const dir = dirname(dbPath) || '.'
  const stem = `${basename(dbPath)}.tmp-`
  if (!existsSync(dir)) return
  for (const f of readdirSync(dir)) {
    if (!f.startsWith(stem)) continue
    // <db>.tmp-<pid> and its journal <db>.tmp-<pid>-journal both belong to that pid
    const pid = Number.parseInt(f.slice(stem.length), 10)
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dir, f), { force: true })
  }
}

function alive (pid: number): boolean {
  try { process.kill(pid, 0); return true } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM' }
}

function check (db: Database.Database): void {
  const fk = db.pragma('foreign_key_check') as unknown[]
  if (fk.length > 0) throw new IntegrityError(`foreign_key_check found ${fk.length} broken reference(s): ${JSON.stringify(fk.slice(0, 3))}`)
  const integrity = db.pragma('quick_check', { simple: true })
  if (integrity !== 'ok') throw new IntegrityError(`quick_check: ${String(integrity)}`)
  // SQLite's substr counts code points, so this checks the code-point offsets independently of the pipeline
  const drift = db.prepare(`SELECT s.id, s.article_id AS article, s.quote FROM spans s JOIN articles a ON a.id = s.article_id
    WHERE substr(a.text, s.start + 1, s."end" - s.start) IS NOT s.quote`).all()
  if (drift.length > 0) throw new IntegrityError(`${drift.length} span(s) whose quote differs from the article text at its offsets: ${JSON.stringify(drift.slice(0, 3))}`)
}

function insertAll (db: Database.Database, d: Dataset, meta: Meta): string {
  const version = versionHash()
  // what the API serves, serialized once: stored, and fed to the version hash
  const served = (doc: unknown) => { const text = JSON.stringify(doc); version.add(text); return text }
  const insertSpan = db.prepare(`INSERT INTO spans (article_id, start, "end", start_utf16, end_utf16, quote, prefix, suffix, section)
    VALUES (@article, @start, @end, @startUtf16, @endUtf16, @quote, @prefix, @suffix, @section)`)
  const span = (s: Span): number => Number(insertSpan.run(s).lastInsertRowid)
  const run = (sql: string) => { const st = db.prepare(sql); return (...args: unknown[]) => st.run(...args) }
  const json = (v: unknown) => JSON.stringify(v ?? null)
  const fts = run('INSERT INTO search_index (type, item_id, article_id, span_id, title, body) VALUES (?, ?, ?, ?, ?, ?)')

  const article = run('INSERT INTO articles (id, seq, title, publisher, url, published_at, language, text, text_sha256, length_code_points, length_utf16, doc, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)')
  const section = run('INSERT INTO sections (article_id, ord, heading, heading_span_id, span_id) VALUES (?,?,?,?,?)')
  const sentence = run('INSERT INTO sentences (article_id, ord, section_ord, span_id) VALUES (?,?,?,?)')
  const counts = articleCounts(d)
  for (const a of d.articles) {
    article(a.id, a.seq, a.title, a.publisher, a.url, a.publishedAt, a.language, a.text, a.textSha256, [...a.text].length, a.text.length, json(articleDoc(a, counts.get(a.id)!)), served(articleDetail(a, counts.get(a.id)!)))
    a.sections.forEach((s, i) => section(a.id, i, s.heading, s.headingSpan === null ? null : span(s.headingSpan), span(s.span)))
    a.sentences.forEach((s, i) => {
      const id = span(s.span)
      sentence(a.id, i, s.sectionOrd, id)
      fts('article', a.id, a.id, id, a.title ?? '', s.span.quote)
    })
  }

  // origin, confidence, extraction: as served (see provenance), so the filters and the docs agree
  const provenance = (item: { origin: string, confidence: number | null, extraction: unknown }) => [item.origin, item.confidence, item.extraction === null ? null : json(item.extraction)]
  const actor = run('INSERT INTO actors (id, seq, name, kind, description, aliases, external_ids, added_facts, mention_count, origin, confidence, extraction, doc, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
  const role = run('INSERT INTO actor_roles (actor_id, ord, relation, title, of_actor_id, note) VALUES (?,?,?,?,?,?)')
  const roleSpan = run('INSERT INTO role_spans (actor_id, role_ord, ord, span_id) VALUES (?,?,?,?)')
  const mention = run('INSERT INTO mentions (span_id, actor_id, article_id, alias) VALUES (?,?,?,?)')
  // actors first without roles, so that a role may point at any actor
  for (const a of d.actors) {
    actor(a.id, a.seq, a.name, a.kind, a.description, json(a.aliases), json(a.externalIds ?? {}), json(a.addedFacts ?? []), a.mentions.length, ...provenance(a), json(actorDoc(a)), served(actorDetail(a)))
    fts('actor', a.id, null, null, a.name, a.aliases.join(' \u00b7 '))
  }
  for (const a of d.actors) {
    a.roles.forEach((r, i) => {
      role(a.id, i, r.relation, r.title, r.of, r.note ?? null)
      r.evidence.forEach((s, j) => roleSpan(a.id, i, j, span(s)))
    })
    for (const m of a.mentions) mention(span(m), a.id, m.article, m.alias)
  }

  const event = run('INSERT INTO events (id, seq, article_id, title, kind, cameo, status, when_text, when_start, when_end, location, origin, confidence, extraction, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
  const participant = run('INSERT INTO event_participants (event_id, ord, actor_id, role) VALUES (?,?,?,?)')
  const eventSpan = run('INSERT INTO event_spans (event_id, ord, span_id) VALUES (?,?,?)')
  for (const e of d.events) {
    const doc = eventDoc(e)
    event(e.id, e.seq, e.article, e.title, e.kind, e.cameo ?? null, e.status, e.when?.text ?? null, e.when?.start ?? null, e.when?.end ?? null, e.location ?? null, ...provenance(doc), served(doc))
    e.participants.forEach((p, i) => participant(e.id, i, p.actor, p.role))
    e.evidence.forEach((s, i) => eventSpan(e.id, i, span(s)))
    fts('event', e.id, e.article, null, e.title, e.evidence.map((s) => s.quote).join(' \u2026 '))
  }

  const claim = run('INSERT INTO claims (id, seq, article_id, text, kind, speaker_id, source_kind, cue, certainty, polarity, origin, confidence, extraction, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
  const subject = run('INSERT INTO claim_subjects (claim_id, ord, actor_id) VALUES (?,?,?)')
  const claimEvent = run('INSERT INTO claim_events (claim_id, ord, event_id) VALUES (?,?,?)')
  const claimSpan = run('INSERT INTO claim_spans (claim_id, ord, span_id) VALUES (?,?,?)')
  const relation = run('INSERT INTO claim_relations (claim_id, ord, related_claim_id, relation) VALUES (?,?,?,?)')
  for (const c of d.claims) {
    const doc = claimDoc(c)
    claim(c.id, c.seq, c.article, c.text, c.kind, c.speaker, c.sourceKind, c.cue, c.certainty, c.polarity, ...provenance(doc), served(doc))
    c.subjects.forEach((a, i) => subject(c.id, i, a))
    c.events.forEach((e, i) => claimEvent(c.id, i, e))
    c.evidence.forEach((s, i) => claimSpan(c.id, i, span(s)))
    fts('claim', c.id, c.article, null, '', c.text)
  }
  for (const c of d.claims) c.related?.forEach((r, i) => relation(c.id, i, r.claim, r.relation))

  const question = run('INSERT INTO questions (id, seq, article_id, text, kind, status, resolution_criteria, resolution, origin, confidence, extraction, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
  const qActor = run('INSERT INTO question_actors (question_id, ord, actor_id) VALUES (?,?,?)')
  const qEvent = run('INSERT INTO question_events (question_id, ord, event_id) VALUES (?,?,?)')
  const qClaim = run('INSERT INTO question_claims (question_id, ord, claim_id) VALUES (?,?,?)')
  const qSpan = run('INSERT INTO question_spans (question_id, ord, span_id) VALUES (?,?,?)')
  for (const q of d.questions) {
    const doc = questionDoc(q)
    question(q.id, q.seq, q.article, q.text, q.kind, q.status, q.resolutionCriteria, q.resolution, ...provenance(doc), served(doc))
    q.actors.forEach((a, i) => qActor(q.id, i, a))
    q.events.forEach((e, i) => qEvent(q.id, i, e))
    q.claims.forEach((c, i) => qClaim(q.id, i, c))
    q.evidence.forEach((s, i) => qSpan(q.id, i, span(s)))
    fts('question', q.id, q.article, null, '', `${q.text} ${q.resolutionCriteria}`)
  }

  const setMeta = run('INSERT INTO meta (key, value) VALUES (?, ?)')
  const digest = version.digest()
  setMeta('version', digest)
  setMeta('built_at', meta.builtAt)
  setMeta('schema_version', String(latestSchemaVersion()))
  setMeta('counts', JSON.stringify(meta.counts))
  return digest
}
