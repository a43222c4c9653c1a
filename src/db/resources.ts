import {
  ACTOR_KINDS, CERTAINTIES, CLAIM_KINDS, EVENT_KINDS, EVENT_STATUSES, POLARITIES,
  QUESTION_KINDS, QUESTION_STATUSES, SOURCE_KINDS
} from '../domain/enums.js'

// What each collection can be filtered and sorted by, as SQL. The examples of a
// collection's filters are chosen from the real data so that all of them together still
// match (Swagger UI's "Try it out" fills every one in); a test checks that they do.
// Every filter takes one or
// more values (OR); different filters are ANDed. `ids` names the collection whose ids the
// values must be, so an unknown id is a 400 rather than an empty list.

export type Collection = 'articles' | 'actors' | 'events' | 'claims' | 'questions'

export interface Filter {
  description: string
  /** SQL condition for n values, with the placeholders in order. */
  sql: (n: number) => string
  values?: readonly string[]
  ids?: Collection
  /** extra accepted values that are not ids, e.g. `none` for the article's own voice */
  special?: Record<string, string>
  example: string
}

export interface Sort { columns: Array<{ sql: string, desc: boolean }>, description: string }

export interface Resource {
  name: Collection
  table: string
  filters: Record<string, Filter>
  sorts: Record<string, Sort>
  includes: Record<string, { collection: Collection, ids: (doc: Record<string, unknown>) => string[] }>
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ')
const column = (col: string) => (n: number) => `t.${col} IN (${marks(n)})`
const exists = (table: string, key: string, col: string) => (n: number) =>
  `EXISTS (SELECT 1 FROM ${table} x WHERE x.${key} = t.id AND x.${col} IN (${marks(n)}))`
const search = (type: string) => () =>
  `t.id IN (SELECT item_id FROM search_index WHERE search_index MATCH ? AND type = '${type}')`

const bySeq = (desc: boolean): Sort => ({ columns: [{ sql: 't.seq', desc }], description: desc ? 'reverse order of appearance' : 'order of appearance in the article, then id (default)' })
const byId = (desc: boolean): Sort => ({ columns: [{ sql: 't.id', desc }], description: desc ? 'id, Z to A' : 'id, A to Z' })
const standardSorts = { position: bySeq(false), '-position': bySeq(true), id: byId(false), '-id': byId(true) }
const one = (value: unknown) => (typeof value === 'string' ? [value] : [])
const many = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

const articleFilter: Filter = { description: 'Article id.', sql: column('article_id'), ids: 'articles', example: 'ukraine-security-guarantees' }

export const RESOURCES: Record<Collection, Resource> = {
  articles: {
    name: 'articles',
    table: 'articles',
    filters: {
      language: { description: 'Language code.', sql: column('language'), example: 'en' }
    },
    sorts: standardSorts,
    includes: {}
  },
  actors: {
    name: 'actors',
    table: 'actors',
    filters: {
      article: { description: 'Actors mentioned in this article.', sql: exists('mentions', 'actor_id', 'article_id'), ids: 'articles', example: 'ukraine-security-guarantees' },
      kind: { description: 'Actor kind.', sql: column('kind'), values: ACTOR_KINDS, example: 'person' },
      q: { description: 'Full-text search over name and aliases.', sql: search('actor'), example: 'Putin' }
    },
    sorts: {
      ...standardSorts,
      '-mentions': { columns: [{ sql: 't.mention_count', desc: true }, { sql: 't.seq', desc: false }], description: 'most mentioned first' },
      mentions: { columns: [{ sql: 't.mention_count', desc: false }, { sql: 't.seq', desc: false }], description: 'least mentioned first' },
      name: { columns: [{ sql: 't.name', desc: false }, { sql: 't.seq', desc: false }], description: 'name, A to Z' },
      '-name': { columns: [{ sql: 't.name', desc: true }, { sql: 't.seq', desc: false }], description: 'name, Z to A' }
    },
    includes: {
      roles: { collection: 'actors', ids: (d) => (d.roles as Array<{ of: string | null }>).flatMap((r) => one(r.of)) }
    }
  },
  events: {
    name: 'events',
    table: 'events',
    filters: {
      article: articleFilter,
      status: { description: 'Event status.', sql: column('status'), values: EVENT_STATUSES, example: 'occurred' },
      kind: { description: 'Event kind.', sql: column('kind'), values: EVENT_KINDS, example: 'summit' },
      actor: { description: 'Events in which this actor takes part.', sql: exists('event_participants', 'event_id', 'actor_id'), ids: 'actors', example: 'vladimir-putin' },
      q: { description: 'Full-text search over title and evidence.', sql: search('event'), example: 'summit' }
    },
    sorts: standardSorts,
    includes: {
      participants: { collection: 'actors', ids: (d) => (d.participants as Array<{ actor: string }>).map((p) => p.actor) },
      article: { collection: 'articles', ids: (d) => one(d.article) }
    }
  },
  claims: {
    name: 'claims',
    table: 'claims',
    filters: {
      article: articleFilter,
      speaker: {
        description: 'Actor id of the speaker, or `none` for claims in the article\'s own voice or from anonymous sources.',
        sql: (n) => `t.speaker_id IN (${marks(n)})`,
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
      certainty: { description: 'Certainty as committed by the source (FactBank).', sql: column('certainty'), values: CERTAINTIES, example: 'certain' },
      sourceKind: { description: 'Named, anonymous or the author\'s own voice.', sql: column('source_kind'), values: SOURCE_KINDS, example: 'named' },
      polarity: { description: 'Positive or negative assertion.', sql: column('polarity'), values: POLARITIES, example: 'positive' },
      q: { description: 'Full-text search over the claim text.', sql: search('claim'), example: 'guarantee' }
    },
    sorts: standardSorts,
    includes: {
      speaker: { collection: 'actors', ids: (d) => one(d.speaker) },
      subjects: { collection: 'actors', ids: (d) => many(d.subjects) },
      events: { collection: 'events', ids: (d) => many(d.events) },
      related: { collection: 'claims', ids: (d) => (d.related as Array<{ claim: string }>).map((r) => r.claim) },
      article: { collection: 'articles', ids: (d) => one(d.article) }
    }
  },
  questions: {
    name: 'questions',
    table: 'questions',
    filters: {
      article: articleFilter,
      status: { description: 'Question status.', sql: column('status'), values: QUESTION_STATUSES, example: 'open' },
      kind: { description: 'Question kind.', sql: column('kind'), values: QUESTION_KINDS, example: 'unknown_fact' },
      actor: { description: 'Questions bearing on this actor.', sql: exists('question_actors', 'question_id', 'actor_id'), ids: 'actors', example: 'vladimir-putin' },
      event: { description: 'Questions bearing on this event.', sql: exists('question_events', 'question_id', 'event_id'), ids: 'events', example: 'putin-agreement' },
      claim: { description: 'Questions bearing on this claim.', sql: exists('question_claims', 'question_id', 'claim_id'), ids: 'claims', example: 'putin-agreed-to-guarantees' },
      q: { description: 'Full-text search over question text and resolution criteria.', sql: search('question'), example: 'NATO' }
    },
    sorts: standardSorts,
    includes: {
      actors: { collection: 'actors', ids: (d) => many(d.actors) },
      events: { collection: 'events', ids: (d) => many(d.events) },
      claims: { collection: 'claims', ids: (d) => many(d.claims) },
      article: { collection: 'articles', ids: (d) => one(d.article) }
    }
  }
}
