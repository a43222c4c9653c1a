import type { CollectionName } from '../db/collections.js'

// CSV columns of each collection: one row per entity; arrays of ids or names joined with
// "; "; evidence as its quotes joined with " | " plus their code-point offsets
// ("start-end; start-end"); nested pairs as "a:b; c:d". The same table is in README.md
// and in the OpenAPI description of `format`.

type Doc = Record<string, unknown>
type Column = [name: string, get: (d: Doc) => unknown]

const list = (v: unknown) => (Array.isArray(v) ? v.join('; ') : '')
const spans = (v: unknown) => (v as Array<{ quote: string }>).map((s) => s.quote).join(' | ')
const offsets = (v: unknown) => (v as Array<{ start: number, end: number }>).map((s) => `${s.start}-${s.end}`).join('; ')
const pairs = (v: unknown, a: string, b: string) => (v as Doc[]).map((x) => `${String(x[a])}:${String(x[b])}`).join('; ')
const field = (name: string): Column => [name, (d) => d[name]]
const evidence: Column[] = [['evidence', (d) => spans(d.evidence)], ['evidenceOffsets', (d) => offsets(d.evidence)]]
const provenance: Column[] = [field('origin'), field('confidence'), ...['version', 'rule'].map((k): Column => [`extraction.${k}`, (d) => (d.extraction as Doc | null)?.[k]])]

export const CSV_COLUMNS: Record<CollectionName, Column[]> = {
  articles: [
    ...['id', 'title', 'publisher', 'url', 'publishedAt', 'language', 'textSha256'].map(field),
    ['length.codePoints', (d) => (d.length as Doc).codePoints],
    ...['sentences', 'actors', 'events', 'claims', 'questions'].map((k): Column => [`counts.${k}`, (d) => (d.counts as Doc)[k]])
  ],
  actors: [
    ...['id', 'name', 'kind'].map(field),
    ['aliases', (d) => list(d.aliases)],
    field('description'),
    ['roles', (d) => (d.roles as Doc[]).map((r) => `${String(r.relation)}:${String(r.title ?? '')}:${String(r.of ?? '')}`).join('; ')],
    ['externalIds', (d) => Object.entries(d.externalIds as Doc).map(([k, v]) => `${k}=${String(v)}`).join('; ')],
    ['addedFacts', (d) => (d.addedFacts as Doc[]).map((f) => String(f.field)).join('; ')],
    field('articleCount'),
    field('mentionCount'),
    ...provenance
  ],
  events: [
    ...['id', 'article', 'title', 'kind', 'cameo', 'status'].map(field),
    ...['text', 'start', 'end'].map((k): Column => [`when.${k}`, (d) => (d.when as Doc)[k]]),
    field('location'),
    ['participants', (d) => pairs(d.participants, 'actor', 'role')],
    ...evidence,
    ...provenance
  ],
  claims: [
    ...['id', 'article', 'text', 'kind', 'speaker', 'sourceKind', 'cue', 'certainty', 'polarity'].map(field),
    ['subjects', (d) => list(d.subjects)],
    ['events', (d) => list(d.events)],
    ...evidence,
    ['related', (d) => pairs(d.related, 'claim', 'relation')],
    ...provenance
  ],
  questions: [
    ...['id', 'article', 'text', 'kind', 'status', 'resolutionCriteria'].map(field),
    ['actors', (d) => list(d.actors)],
    ['events', (d) => list(d.events)],
    ['claims', (d) => list(d.claims)],
    ...evidence,
    field('resolution'),
    ...provenance
  ],
  // span.start: a sentence hit's place, which tells an article's hits apart (its resume key)
  search: [...['type', 'id', 'article', 'title', 'snippet', 'score', 'url'].map(field), ['span.start', (d) => (d.span as Doc | null)?.start]]
}

/** RFC 4180: quote a field holding a quote, comma or line break; double inner quotes. */
function csvField (value: unknown): string {
  if (value === null || value === undefined) return ''
  const s = String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvHeader (collection: CollectionName): string {
  return CSV_COLUMNS[collection].map(([name]) => csvField(name)).join(',') + '\r\n'
}

export function csvRow (collection: CollectionName, doc: Doc): string {
  return CSV_COLUMNS[collection].map(([, get]) => csvField(get(doc))).join(',') + '\r\n'
}
