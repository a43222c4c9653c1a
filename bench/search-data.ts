import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, latestSchemaVersion } from '../src/db/migrate.js'
import { segment } from '../src/seed/segment.js'
import { SEARCH_ROW_TYPES, searchRowids, type SearchRowType } from '../src/db/search-rowids.js'
import { generateCorpus } from './corpus.js'
import { corpusDir, DATA_DIR, sizeLabel } from './paths.js'

// A search-only database at any scale, in minutes rather than the full seed build's quarter
// of an hour and 12 GB: the bench corpus (bench:data, generated if missing) turned straight
// into the rows the seed's write stage puts into `search_index` (one per article sentence,
// actor, event, claim and question, with the same title and body, each type in its own
// rowids) and `search_rows`, the sentences' spans (a sentence hit's `span`), `meta`, and the
// claims, events and questions a collection's `q` pages through (their columns from the
// annotations, their doc the annotation as written: not the seed's doc, about as long).
// Every other table is left empty: these queries read nothing else. `order` is the rowid order of the rows: `type` as the whole-corpus
// build writes them (every article's sentences, then actors, events, claims, questions),
// `article` as a build that writes article after article (its sentences, events, claims,
// questions; the actors last).

export type RowOrder = 'type' | 'article'

interface Annotation {
  article: { id: string, title: string | null }
  events: Array<{ id: string, title: string, kind: string, status: string, evidence: Array<string | { quote: string }> }>
  claims: Array<{ id: string, text: string, kind: string, sourceKind: string, certainty: string, polarity: string }>
  questions: Array<{ id: string, text: string, kind: string, status: string, resolutionCriteria: string }>
}
interface RegistryActor { id: string, name: string, aliases: string[] }
type Row = [type: string, itemId: string, articleId: string | null, spanId: number | null, title: string, body: string]

const quoteOf = (e: string | { quote: string }) => (typeof e === 'string' ? e : e.quote)

/** The database's path, built first if missing. */
export function searchData (claims: number, seed: number, order: RowOrder, log: (s: string) => void = () => {}): string {
  const path = join(DATA_DIR, `search-${sizeLabel(claims)}-s${seed}-${order}-v${latestSchemaVersion()}-items.db`)
  if (existsSync(path)) return path
  const cdir = corpusDir(claims, seed)
  if (!existsSync(join(cdir, 'corpus.json'))) {
    log(`generating a corpus of ${sizeLabel(claims)} claims…`)
    generateCorpus({ claims, seed, out: cdir, format: 'json' })
  }
  log(`writing the search index of ${sizeLabel(claims)} claims (${order} order)…`)
  const started = performance.now()
  const tmp = `${path}.tmp-${process.pid}`
  rmSync(tmp, { force: true })
  const db = new Database(tmp)
  try {
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    // only the search index and the sentences' spans are written: the articles they point at are not
    db.pragma('foreign_keys = OFF')
    db.pragma('cache_size = -524288')
    migrate(db)
    // rows written later in `type` order wait in a plain table
    db.exec('CREATE TEMP TABLE later (kind INTEGER, type TEXT, item_id TEXT, article_id TEXT, span_id INTEGER, title TEXT, body TEXT)')
    // each type in its own rowids (src/db/search-rowids.ts), in the order written
    const insert = db.prepare('INSERT INTO search_index (rowid, type, item_id, article_id, span_id, title, body) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const next = new Map<string, number>()
    const fts = {
      run: (type: string, itemId: string, articleId: string | null, spanId: number | null, title: string, body: string) => {
        const rid = next.get(type) ?? searchRowids(type as SearchRowType).first
        next.set(type, rid + 1)
        insert.run(BigInt(rid), type, itemId, articleId, spanId, title, body)
      }
    }
    const later = db.prepare('INSERT INTO later VALUES (?, ?, ?, ?, ?, ?, ?)')
    const claim = db.prepare('INSERT INTO claims (id, seq, article_id, text, kind, source_kind, certainty, polarity, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    const event = db.prepare('INSERT INTO events (id, seq, article_id, title, kind, status, doc) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const question = db.prepare('INSERT INTO questions (id, seq, article_id, text, kind, status, resolution_criteria, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    const span = db.prepare('INSERT INTO spans (article_id, start, "end", start_utf16, end_utf16, quote, prefix, suffix, section) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    const files = (JSON.parse(readFileSync(join(cdir, 'corpus.json'), 'utf8')) as { articles: number }).articles
    const width = String(Math.ceil(claims / 10)).length
    db.transaction(() => {
      for (let i = 1; i <= files; i++) {
        const id = `article-${String(i).padStart(width, '0')}`
        const text = readFileSync(join(cdir, 'articles', `${id}.txt`), 'utf8')
        const ann = JSON.parse(readFileSync(join(cdir, 'articles', `${id}.json`), 'utf8')) as Annotation
        const { sections, sentences } = segment(text)
        for (const s of sentences) {
          const { start, end } = s.range
          const quote = text.slice(start, end)
          const spanId = Number(span.run(id, start, end, start, end, quote, text.slice(Math.max(0, start - 32), start), text.slice(end, end + 32), sections[s.sectionOrd]?.heading ?? null).lastInsertRowid)
          fts.run('article', id, id, spanId, ann.article.title ?? '', quote)
        }
        const rows: Array<[number, Row]> = [
          ...ann.events.map((e): [number, Row] => [1, ['event', e.id, id, null, e.title, e.evidence.map(quoteOf).join(' \u2026 ')]]),
          ...ann.claims.map((c): [number, Row] => [2, ['claim', c.id, id, null, '', c.text]]),
          ...ann.questions.map((q): [number, Row] => [3, ['question', q.id, id, null, '', `${q.text} ${q.resolutionCriteria}`]])
        ]
        // the collections' rows a `q` pages through (their doc: the annotation as written)
        ann.claims.forEach((c, seq) => claim.run(c.id, seq, id, c.text, c.kind, c.sourceKind, c.certainty, c.polarity, JSON.stringify({ ...c, article: id })))
        ann.events.forEach((e, seq) => event.run(e.id, seq, id, e.title, e.kind, e.status, JSON.stringify({ ...e, article: id })))
        ann.questions.forEach((q, seq) => question.run(q.id, seq, id, q.text, q.kind, q.status, q.resolutionCriteria, JSON.stringify({ ...q, article: id })))
        for (const [kind, row] of rows) {
          if (order === 'article') fts.run(...row)
          else later.run(kind, ...row)
        }
      }
      const actors = JSON.parse(readFileSync(join(cdir, 'actors.json'), 'utf8')) as RegistryActor[]
      for (const a of actors) later.run(0, 'actor', a.id, null, null, a.name, a.aliases.join(' \u00b7 '))
      // no rows of these types were written yet: each type's run starts at its first rowid
      const first = `CASE type ${SEARCH_ROW_TYPES.map((t) => `WHEN '${t}' THEN ${searchRowids(t).first}`).join(' ')} END`
      db.exec(`INSERT INTO search_index (rowid, type, item_id, article_id, span_id, title, body)
        SELECT ${first} + row_number() OVER (PARTITION BY type ORDER BY ${order === 'article' ? 'kind DESC, rowid' : 'kind, rowid'}) - 1, type, item_id, article_id, span_id, title, body
        FROM later ORDER BY 1`)
      db.exec('INSERT INTO search_rows (rid, type, item_id) SELECT rowid, type, item_id FROM search_index ORDER BY rowid')
      db.exec('DROP TABLE later')
      const counts = db.prepare('SELECT type, count(*) AS n FROM search_index GROUP BY type').all() as Array<{ type: string, n: number }>
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
      meta.run('version', `search-${sizeLabel(claims)}-s${seed}-${order}`)
      meta.run('built_at', new Date().toISOString())
      meta.run('schema_version', String(latestSchemaVersion()))
      meta.run('counts', JSON.stringify(Object.fromEntries(counts.map((c) => [c.type, c.n]))))
    })()
    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.close()
    renameSync(tmp, path)
    log(`  ${((performance.now() - started) / 1000).toFixed(0)} s`)
    return path
  } catch (err) {
    if (db.open) db.close()
    rmSync(tmp, { force: true })
    throw err
  }
}
