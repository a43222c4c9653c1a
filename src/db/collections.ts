import {
  ACTOR_KINDS, CERTAINTIES, CLAIM_KINDS, EVENT_KINDS, EVENT_STATUSES, ORIGINS, POLARITIES,
  QUESTION_KINDS, QUESTION_STATUSES, SOURCE_KINDS
} from '../domain/enums.js'
import { typeRange, type SearchRowType } from './search-rowids.js'

// The registry of collections: for each, its names, path, where its rows come from, and
// what it can be filtered, sorted and expanded by, as SQL. Routes, query-string schemas,
// OpenAPI, the paginated-query core, exports and CSV all read it, so a collection, a
// filter or a sort is added here once. Every filter takes one or more values (OR);
// different filters are ANDed. `ids` names the collection whose ids the values must be,
// so an unknown id is a 400 rather than an empty list. A filter's example comes from the
// real data and goes into its description (not into an OpenAPI `example`, which Swagger
// UI's "Try it out" would prefill); a test checks that each example finds rows.

export const SEARCH_TYPES = ['actor', 'event', 'claim', 'question', 'article'] as const
export type CollectionName = 'articles' | 'actors' | 'events' | 'claims' | 'questions' | 'search'
export type EntityName = Exclude<CollectionName, 'search'>
export type Filters = Record<string, string[]>
export type SqlParam = string | number

interface Filter {
  description: string
  /** SQL condition over the row alias `t` for n values (given too), placeholders in order; null: `source` uses it. */
  sql: ((n: number, values: string[]) => string) | null
  /** full-text filters of a collection: the same condition as a test of one row at a time (see `fts` above) */
  probe?: () => string
  /** full-text filters of a collection: the type of search row its items have, one each */
  fts?: SearchRowType
  /** enum filters: the values allowed */
  values?: readonly string[]
  /** id filters: the collection the values are ids of */
  ids?: EntityName
  /** extra accepted values that are not ids, e.g. `none` for the article's own voice */
  special?: Record<string, string>
  /** full-text filters: the value is a search query, never split at commas */
  search?: true
  /** threshold filters: one number in this range (not a list) */
  number?: { minimum: number, maximum: number }
  required?: true
  example: string
}

/** A sort key column; `type` is what a cursor must hold for it. */
export interface SortColumn { sql: string, desc: boolean, type: 'integer' | 'number' | 'text' }
/**
 * `mutable`: an existing item's key can change when the database changes (a count, a
 * score), so a cursor of this sort is only valid in the dataset version it was issued in
 * (see src/routes/list.ts). Every other sort's keys are fixed for an item's life.
 */
export interface Sort { columns: SortColumn[], description: string, mutable?: true }
interface Include { collection: EntityName, ids: (doc: Record<string, unknown>) => string[] }

export interface Collection {
  name: CollectionName
  singular: string
  path: string
  /** the FROM clause (aliased `t` by the core), and its parameters */
  source: (filters: Filters) => { sql: string, params: SqlParam[] }
  /** SQL expression of an item's JSON as lists serve it */
  doc: string
  /** column of the richer JSON a detail serves, where there is one */
  detail?: string
  filters: Record<string, Filter>
  sorts: Record<string, Sort>
  defaultSort: string
  includes: Record<string, Include>
  /**
   * What names one item of the list, so that an export can be restarted after it
   * (`after`): its SQL over the row alias `t`, and how a client reads it from an item.
   */
  resumeKey: { sql: string, description: string }
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ')
const column = (col: string) => (n: number) => `t.${col} IN (${marks(n)})`
const exists = (table: string, key: string, col: string) => (n: number) =>
  `EXISTS (SELECT 1 FROM ${table} x WHERE x.${key} = t.id AND x.${col} IN (${marks(n)}))`
// A collection's `q`: its items with a search row of their type that matches. Two forms of
// the same condition, which the repository chooses between by how many rows match (see
// Repository.page): the list of the matches' ids, read once (a row read per match), or a
// test of each item met in the sort's order (a seek into the index per item: the item's
// search row by its id, then that rowid's match; CROSS JOIN keeps that order, where the
// planner would otherwise walk every match for each item).
const fts = (type: SearchRowType): Pick<Filter, 'sql' | 'probe' | 'fts'> => ({
  sql: () => `t.id IN (SELECT item_id FROM search_index WHERE search_index MATCH ? AND ${typeRange('rowid', [type])})`,
  probe: () => `EXISTS (SELECT 1 FROM search_rows r CROSS JOIN search_index s ON s.rowid = r.rid WHERE r.item_id = t.id AND r.type = '${type}' AND search_index MATCH ?)`,
  fts: type
})
const table = (name: string) => () => ({ sql: name, params: [] })

const seq = (desc: boolean): Sort => ({ columns: [{ sql: 't.seq', desc, type: 'integer' }], description: desc ? 'reverse order of appearance' : 'order of appearance in the article, then id (default)' })
// events, claims and questions: by article (id order), then order of appearance in it; the
// key is per article, so that adding an article never moves the items of another
const articleSeq = (desc: boolean): Sort => ({
  columns: [{ sql: 't.article_id', desc, type: 'text' }, { sql: 't.seq', desc, type: 'integer' }],
  description: desc ? 'reverse order of appearance' : 'by article (id order), then order of appearance in it (default)'
})
const byId = (desc: boolean): Sort => ({ columns: [{ sql: 't.id', desc, type: 'text' }], description: desc ? 'id, Z to A' : 'id, A to Z' })
const standardSorts = { position: seq(false), '-position': seq(true), id: byId(false), '-id': byId(true) }
// articles and actors: a corpus-wide position, which adding or removing an article renumbers
const renumbered = (desc: boolean): Sort => ({ ...seq(desc), mutable: true })
const corpusSorts = { ...standardSorts, position: renumbered(false), '-position': renumbered(true) }
const itemSorts = { position: articleSeq(false), '-position': articleSeq(true), id: byId(false), '-id': byId(true) }
const one = (value: unknown) => (typeof value === 'string' ? [value] : [])
const many = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

const articleFilter: Filter = { description: 'Article id.', sql: column('article_id'), ids: 'articles', example: 'ukraine-security-guarantees' }
// Every actor, event, claim and question says where it came from; a curated item (a person
// wrote or reviewed it) has no confidence and passes any minimum
const provenanceFilters: Record<string, Filter> = {
  origin: { description: '`curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed).', sql: column('origin'), values: ORIGINS, example: 'curated' },
  minConfidence: {
    description: 'Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone).',
    sql: () => '(t.confidence IS NULL OR t.confidence >= ?)',
    number: { minimum: 0, maximum: 1 },
    example: '0.5'
  }
}
const entity = (name: EntityName, singular: string, rest: Pick<Collection, 'filters' | 'includes'> & Partial<Collection>): Collection => ({
  name,
  singular,
  path: `/v1/${name}`,
  source: table(name),
  doc: 't.doc',
  sorts: name === 'articles' || name === 'actors' ? corpusSorts : standardSorts,
  defaultSort: 'position',
  resumeKey: { sql: 't.id', description: `The \`id\` of the last ${singular} received: the list continues strictly after it, in the same order (with the same filters and sort), as a \`cursor\` would. Meant for restarting an export where a download stopped; a 400 when no ${singular} of this list has that id.` },
  ...rest,
  // an article is text, not an item anyone made: it has no origin
  filters: name === 'articles' ? rest.filters : { ...rest.filters, ...provenanceFilters }
})

// An FTS5 snippet is marked with control characters, then HTML-escaped and given <mark>
// tags, so a snippet is always safe to put in a page.
const escapedSnippet = ["'&', '&amp;'", "'<', '&lt;'", "'>', '&gt;'", "'\"', '&quot;'", "'''', '&#39;'", "char(2), '<mark>'", "char(3), '</mark>'"]
  .reduce((sql, pair) => `replace(${sql}, ${pair})`, 't.snippet')
/** bm25 with a title hit weighing twice a body hit (the other columns are not searched) */
export const BM25 = 'bm25(search_index, 0, 0, 0, 0, 2.0, 1.0)'
/**
 * Search hits as rows `t` of the search collection. Its MATCH is the first parameter after
 * those of `rows`; ranked.ts gives other scores, rows and row conditions for a page's rows.
 */
export const hits = (score = BM25, rows = 'search_index s', and = '') => `(SELECT s.type AS type, s.item_id AS id, s.article_id AS article_id, s.span_id AS span_id, CASE WHEN s.title <> '' THEN s.title ELSE s.body END AS title,
  snippet(search_index, -1, char(2), char(3), '\u2026', 16) AS snippet, ${score} AS score, s.rowid AS rid
  FROM ${rows} WHERE search_index MATCH ?${and})`
const spanJson = `json_object('article', s.article_id, 'start', s.start, 'end', s."end", 'startUtf16', s.start_utf16, 'endUtf16', s.end_utf16,
  'quote', s.quote, 'prefix', s.prefix, 'suffix', s.suffix, 'section', s.section)`

export const COLLECTIONS: Record<CollectionName, Collection> = {
  articles: entity('articles', 'article', {
    detail: 'detail',
    filters: {
      language: { description: 'Language code.', sql: column('language'), example: 'en' }
    },
    includes: {}
  }),
  actors: entity('actors', 'actor', {
    detail: 'detail',
    filters: {
      article: { description: 'Actors mentioned in this article.', sql: exists('mentions', 'actor_id', 'article_id'), ids: 'articles', example: 'ukraine-security-guarantees' },
      kind: { description: 'Actor kind.', sql: column('kind'), values: ACTOR_KINDS, example: 'person' },
      q: { description: 'Full-text search over name and aliases.', ...fts('actor'), search: true, example: 'Putin' }
    },
    sorts: {
      ...corpusSorts,
      '-mentions': { columns: [{ sql: 't.mention_count', desc: true, type: 'integer' }, { sql: 't.seq', desc: false, type: 'integer' }], description: 'most mentioned first', mutable: true },
      mentions: { columns: [{ sql: 't.mention_count', desc: false, type: 'integer' }, { sql: 't.seq', desc: false, type: 'integer' }], description: 'least mentioned first', mutable: true },
      // ties broken by id, not by position: an actor's name and id never change, its position does
      name: { columns: [{ sql: 't.name', desc: false, type: 'text' }, { sql: 't.id', desc: false, type: 'text' }], description: 'name, A to Z' },
      '-name': { columns: [{ sql: 't.name', desc: true, type: 'text' }, { sql: 't.id', desc: false, type: 'text' }], description: 'name, Z to A' }
    },
    includes: {
      roles: { collection: 'actors', ids: (d) => (d.roles as Array<{ of: string | null }>).flatMap((r) => one(r.of)) }
    }
  }),
  events: entity('events', 'event', {
    sorts: itemSorts,
    filters: {
      article: articleFilter,
      status: { description: 'Event status.', sql: column('status'), values: EVENT_STATUSES, example: 'occurred' },
      kind: { description: 'Event kind.', sql: column('kind'), values: EVENT_KINDS, example: 'summit' },
      actor: { description: 'Events in which this actor takes part.', sql: exists('event_participants', 'event_id', 'actor_id'), ids: 'actors', example: 'vladimir-putin' },
      q: { description: 'Full-text search over title and evidence.', ...fts('event'), search: true, example: 'summit' }
    },
    includes: {
      participants: { collection: 'actors', ids: (d) => (d.participants as Array<{ actor: string }>).map((p) => p.actor) },
      article: { collection: 'articles', ids: (d) => one(d.article) }
    }
  }),
  claims: entity('claims', 'claim', {
    sorts: itemSorts,
    filters: {
      article: articleFilter,
      speaker: {
        description: 'Actor id of the speaker, or `none` for claims in the article\'s own voice or from anonymous sources.',
        sql: column('speaker_id'),
        ids: 'actors',
        special: { none: 't.speaker_id IS NULL' },
        example: 'steve-witkoff'
      },
      subject: { description: 'Claims about this actor.', sql: exists('claim_subjects', 'claim_id', 'actor_id'), ids: 'actors', example: 'ukraine' },
      actor: {
        description: 'Claims whose speaker or a subject is this actor.',
        sql: (n) => `(t.speaker_id IN (${marks(n)}) OR ${exists('claim_subjects', 'claim_id', 'actor_id')(n)})`,
        ids: 'actors',
        example: 'vladimir-putin'
      },
      event: { description: 'Claims about this event.', sql: exists('claim_events', 'claim_id', 'event_id'), ids: 'events', example: 'putin-agreement' },
      kind: { description: 'Claim kind.', sql: column('kind'), values: CLAIM_KINDS, example: 'report' },
      certainty: { description: 'Certainty as committed by the source (FactBank).', sql: column('certainty'), values: CERTAINTIES, example: 'possible' },
      sourceKind: { description: 'Named, anonymous or the author\'s own voice.', sql: column('source_kind'), values: SOURCE_KINDS, example: 'named' },
      polarity: { description: 'Positive or negative assertion.', sql: column('polarity'), values: POLARITIES, example: 'negative' },
      q: { description: 'Full-text search over the claim text.', ...fts('claim'), search: true, example: 'guarantee' }
    },
    includes: {
      speaker: { collection: 'actors', ids: (d) => one(d.speaker) },
      subjects: { collection: 'actors', ids: (d) => many(d.subjects) },
      events: { collection: 'events', ids: (d) => many(d.events) },
      related: { collection: 'claims', ids: (d) => (d.related as Array<{ claim: string }>).map((r) => r.claim) },
      article: { collection: 'articles', ids: (d) => one(d.article) }
    }
  }),
  questions: entity('questions', 'question', {
    sorts: itemSorts,
    filters: {
      article: articleFilter,
      status: { description: 'Question status.', sql: column('status'), values: QUESTION_STATUSES, example: 'open' },
      kind: { description: 'Question kind.', sql: column('kind'), values: QUESTION_KINDS, example: 'forecast' },
      actor: { description: 'Questions bearing on this actor.', sql: exists('question_actors', 'question_id', 'actor_id'), ids: 'actors', example: 'vladimir-putin' },
      event: { description: 'Questions bearing on this event.', sql: exists('question_events', 'question_id', 'event_id'), ids: 'events', example: 'putin-agreement' },
      claim: { description: 'Questions bearing on this claim.', sql: exists('question_claims', 'question_id', 'claim_id'), ids: 'claims', example: 'putin-agreed-to-guarantees' },
      q: { description: 'Full-text search over question text and resolution criteria.', ...fts('question'), search: true, example: 'NATO' }
    },
    includes: {
      actors: { collection: 'actors', ids: (d) => many(d.actors) },
      events: { collection: 'events', ids: (d) => many(d.events) },
      claims: { collection: 'claims', ids: (d) => many(d.claims) },
      article: { collection: 'articles', ids: (d) => one(d.article) }
    }
  }),
  // Full-text search over every type (FTS5, bm25 ranking, a title hit weighing twice a
  // body hit), paginated, filtered and exported like every other collection.
  search: {
    name: 'search',
    singular: 'hit',
    path: '/v1/search',
    source: (filters) => ({ sql: hits(), params: [(filters.q ?? []).map((v) => `(${v})`).join(' OR ')] }),
    doc: `json_object('type', t.type, 'id', t.id, 'article', t.article_id, 'title', t.title, 'snippet', ${escapedSnippet}, 'score', t.score,
      'url', '/v1/' || CASE t.type WHEN 'actor' THEN 'actors' WHEN 'event' THEN 'events' WHEN 'claim' THEN 'claims' WHEN 'question' THEN 'questions' ELSE 'articles' END || '/' || t.id,
      'span', CASE WHEN t.type = 'article' THEN json((SELECT ${spanJson} FROM spans s WHERE s.id = t.span_id)) END)`,
    filters: {
      q: { description: 'Words (all must match), "quoted phrases", prefixes (guarant*), OR between terms, and -word or NOT word to exclude one. Given twice, either query matches.', sql: null, search: true, required: true, example: 'security guarant*' },
      // a rowid range per type (search-rowids.ts): tested without reading the row
      type: { description: 'Only hits of these types.', sql: (_, types) => typeRange('t.rid', types), values: SEARCH_TYPES, example: 'claim' },
      article: {
        description: 'Only items of these articles (actors: those mentioned in them).',
        // actors are shared across articles: an actor belongs to the articles that mention it
        sql: (n) => `(t.article_id IN (${marks(n)}) OR (t.type = 'actor' AND t.id IN (SELECT actor_id FROM mentions WHERE article_id IN (${marks(n)}))))`,
        ids: 'articles',
        example: 'ukraine-security-guarantees'
      }
    },
    sorts: {
      // ranked.ts pages by this key; an unranked hit sorts as score UNRANKED, after every bm25
      relevance: {
        columns: [{ sql: 't.score', desc: false, type: 'number' }, { sql: 't.rid', desc: false, type: 'integer' }],
        description: 'best first (bm25); beyond the ranked bound, a spread sample of the matches is ranked and the rest follow in index order (see /v1/search)',
        mutable: true
      }
    },
    defaultSort: 'relevance',
    includes: {},
    // an article is found once per sentence: its hits are told apart by the sentence's start
    resumeKey: {
      sql: "t.type || ':' || t.id || CASE WHEN t.type = 'article' THEN '@' || (SELECT s.start FROM spans s WHERE s.id = t.span_id) ELSE '' END",
      description: 'The last hit received, as `type:id` (`claim:putin-agreed-to-guarantees`), or `article:id@start` for a sentence of an article (`span.start`): the results continue strictly after it, in the same order, as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no hit of this search is that one.'
    }
  }
}

export const ENTITY_NAMES: EntityName[] = ['articles', 'actors', 'events', 'claims', 'questions']
