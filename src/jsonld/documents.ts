import context from './context.json' with { type: 'json' }

// The entities as JSON-LD: a claim as a schema.org Claim (its speaker the author, the article
// its appearance and first appearance), and every evidence span as a W3C Web Annotation whose
// body is the entity and whose target is the article text, selected by quote
// (TextQuoteSelector) and by code-point offsets (TextPositionSelector). Certainty, cue,
// polarity and the other fields schema.org has no word for are terms of our own vocabulary
// (docs/JSON-LD.md). Pure functions of a served document and the API's origin: no lookup.

export const CONTEXT = context
export const CONTEXT_PATH = '/v1/context.jsonld'

type Doc = Record<string, unknown>
interface SpanDoc { article: string, start: number, end: number, quote: string, prefix: string, suffix: string, section?: string | null }
export type LdCollection = 'articles' | 'actors' | 'events' | 'claims' | 'questions'

const ACTOR_TYPES: Record<string, string> = { person: 'Person', organization: 'Organization', alliance: 'Organization', group: 'Organization', state: 'Place' }

function iri (origin: string, collection: LdCollection, id: string): string {
  return `${origin}/v1/${collection}/${encodeURIComponent(id)}`
}

/** One entity as a self-contained JSON-LD document (its @context by reference). */
export function toJsonLd (collection: LdCollection, doc: Doc, origin: string): Doc {
  return { '@context': `${origin}${CONTEXT_PATH}`, ...node(collection, doc, origin) }
}

/** A page of entities as one JSON-LD document: the nodes in its @graph. */
export function pageToJsonLd (collection: LdCollection, docs: Doc[], origin: string): Doc {
  return { '@context': `${origin}${CONTEXT_PATH}`, '@graph': docs.map((d) => node(collection, d, origin)) }
}

/** One entity as a node, without @context (for a page's @graph). */
function node (collection: LdCollection, doc: Doc, origin: string): Doc {
  const id = iri(origin, collection, doc.id as string)
  const ref = (c: LdCollection) => (v: unknown) => (typeof v === 'string' ? [iri(origin, c, v)] : [])
  const refs = (c: LdCollection, v: unknown) => (Array.isArray(v) ? v.flatMap(ref(c)) : [])
  const evidence = (v: unknown) => annotations(id, v as SpanDoc[] | undefined, origin)
  switch (collection) {
    case 'claims':
      return compact({
        id,
        type: 'Claim',
        text: doc.text,
        kind: doc.kind,
        certainty: doc.certainty,
        cue: doc.cue,
        polarity: doc.polarity,
        sourceKind: doc.sourceKind,
        author: ref('actors')(doc.speaker)[0],
        about: refs('actors', doc.subjects),
        events: refs('events', doc.events),
        appearance: ref('articles')(doc.article),
        firstAppearance: ref('articles')(doc.article)[0],
        evidence: evidence(doc.evidence)
      })
    case 'events':
      return compact({
        id,
        type: 'Event',
        name: doc.title,
        kind: doc.kind,
        status: doc.status,
        participants: (doc.participants as Array<{ actor: string }> | undefined ?? []).flatMap((p) => ref('actors')(p.actor)),
        isPartOf: ref('articles')(doc.article)[0],
        evidence: evidence(doc.evidence)
      })
    case 'questions':
      return compact({
        id,
        type: 'Question',
        text: doc.text,
        kind: doc.kind,
        status: doc.status,
        resolutionCriteria: doc.resolutionCriteria,
        about: refs('actors', doc.actors),
        events: refs('events', doc.events),
        claims: refs('claims', doc.claims),
        isPartOf: ref('articles')(doc.article)[0],
        evidence: evidence(doc.evidence)
      })
    case 'actors':
      return compact({
        id,
        type: ACTOR_TYPES[doc.kind as string] ?? 'Thing',
        name: doc.name,
        alternateName: doc.aliases,
        description: doc.description,
        kind: doc.kind,
        evidence: evidence(doc.mentions)
      })
    case 'articles':
      return compact({
        id,
        type: 'NewsArticle',
        headline: doc.title,
        url: doc.url,
        datePublished: doc.publishedAt,
        publisher: doc.publisher,
        inLanguage: doc.language
      })
  }
}

function annotations (body: string, spans: SpanDoc[] | undefined, origin: string): Doc[] {
  return (spans ?? []).map((s, i) => ({
    id: `${body}#evidence-${i + 1}`,
    type: 'Annotation',
    motivation: 'describing',
    target: compact({
      type: 'SpecificResource',
      source: `${iri(origin, 'articles', s.article)}/text`,
      section: s.section,
      selector: [
        { type: 'TextQuoteSelector', exact: s.quote, prefix: s.prefix, suffix: s.suffix },
        { type: 'TextPositionSelector', start: s.start, end: s.end }
      ]
    })
  }))
}

/** Drops null, undefined and empty arrays: JSON-LD says nothing rather than null. */
function compact (doc: Doc): Doc {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)))
}
