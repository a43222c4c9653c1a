import type { Ranged } from './segments.js'

// The entities as the API serves them (their JSON docs), typed for the fields the reader
// shows; `origin` and `confidence` are present only where the data has them (a curated item's confidence is null).

export interface Span extends Ranged { start: number, end: number, quote: string, section?: string | null }
interface Provenance { origin?: string, confidence?: number | null }
export interface ClaimDoc extends Provenance {
  id: string,
  article: string,
  text: string,
  kind: string,
  speaker: string | null,
  sourceKind: string,
  cue: string | null,
  certainty: string,
  polarity: string,
  subjects: string[],
  events: string[],
  evidence: Span[]
}
export interface EventDoc extends Provenance {
  id: string,
  title: string,
  kind: string,
  status: string,
  when: { text: string | null },
  location: string | null,
  participants: Array<{ actor: string, role: string }>,
  evidence: Span[]
}
export interface QuestionDoc extends Provenance {
  id: string, text: string, kind: string, status: string, resolutionCriteria: string, actors: string[], evidence: Span[]
}
export interface ActorDoc extends Provenance {
  id: string,
  name: string,
  kind: string,
  aliases: string[],
  description: string | null,
  roles: Array<{ relation: string, title: string | null, of: string | null }>
}
export interface ArticleDoc {
  id: string,
  title: string | null,
  publisher: string | null,
  url: string | null,
  publishedAt: string | null,
  text: string,
  counts: Record<string, number>
}

type MarkType = 'claim' | 'event' | 'question' | 'mention'

/** One evidence span of one item, as highlighted in the text. */
export interface Mark extends Ranged {
  type: MarkType
  /** the id of the item's card, which is also its deep link: claim-<id>, event-<id>, question-<id>, actor-<id> */
  ref: string
  /** classes the covered text takes (certainty and polarity for claims) */
  cls: string
  /** what the span's link says to a screen reader, before the text it marks (kept short: a long article has thousands) */
  label: string
}

export const CERTAINTIES = ['certain', 'probable', 'possible', 'uncommitted'] as const
export const ORIGINS = ['curated', 'extracted'] as const

/** The article page's filters, as given in its URL. */
export interface Filters { speaker: string | null, certainty: string | null, origin: string | null }

/** An item's origin; items of a dataset built before origins existed are curated. */
export const originOf = (item: Provenance) => item.origin ?? 'curated'

const refOf = (type: MarkType, id: string) => `${type === 'mention' ? 'actor' : type}-${id}`

export function claimShown (c: ClaimDoc, f: Filters): boolean {
  if (f.speaker !== null && (c.speaker ?? 'none') !== f.speaker) return false
  if (f.certainty !== null && c.certainty !== f.certainty) return false
  return f.origin === null || originOf(c) === f.origin
}

export function shownByOrigin (item: Provenance, f: Filters): boolean {
  return f.origin === null || originOf(item) === f.origin
}

export function claimMarks (c: ClaimDoc): Mark[] {
  const label = `claim, ${c.certainty}${c.polarity === 'negative' ? ', negative' : ''}`
  return c.evidence.map((s) => ({ startUtf16: s.startUtf16, endUtf16: s.endUtf16, type: 'claim', ref: refOf('claim', c.id), cls: `c-${c.certainty}${c.polarity === 'negative' ? ' neg' : ''}`, label }))
}

export function eventMarks (e: EventDoc): Mark[] {
  const label = `event, ${e.status}`
  return e.evidence.map((s) => ({ startUtf16: s.startUtf16, endUtf16: s.endUtf16, type: 'event', ref: refOf('event', e.id), cls: '', label }))
}

export function questionMarks (q: QuestionDoc): Mark[] {
  const label = 'open question'
  return q.evidence.map((s) => ({ startUtf16: s.startUtf16, endUtf16: s.endUtf16, type: 'question', ref: refOf('question', q.id), cls: '', label }))
}

export function mentionMark (m: { actor: string, startUtf16: number, endUtf16: number }, name: string): Mark {
  return { startUtf16: m.startUtf16, endUtf16: m.endUtf16, type: 'mention', ref: refOf('mention', m.actor), cls: '', label: `actor: ${name}` }
}
