import { html, seg, type Html, type HtmlValue } from '../html/html.js'
import { originOf, type ActorDoc, type ClaimDoc, type EventDoc, type QuestionDoc, type Span } from './model.js'

// The entity cards of the article page. A card's content is defined once here, as facts of
// its kind (CARD_KINDS) with their values, and shown two ways: rendered by the server into
// the page (an article of ordinary length: every card hidden until it is the URL's :target
// or opened by a click or focus on its span; and a long article's card list page, for
// reading without JavaScript), or sent as data and built by the page's script when opened
// (a long article: a thousand cards as markup are most of a long page's bytes and nodes).
// A card is a few elements: its facts are one paragraph of "name: value" pairs (and no
// white space between tags, which would be DOM nodes too). `text` is the article page's
// address when the card is shown elsewhere than on it ('' on the article page itself).

export type Names = ReadonlyMap<string, ActorDoc>

/** A link to another card (`ref`, its deep link), shown as the actor's name or else the item's id, then `after`. */
interface CardLink { ref: string, after?: string }
/** A fact's value: text, a link to a card, a list (joined by commas, "none" when empty), or null (the fact is left out). */
type FactValue = string | CardLink | FactValue[] | null

type Kind = 'claim' | 'event' | 'question' | 'actor'

/** Each kind's label, facts (in order) and addresses: sent to the page once, beside the long article's card data. */
export const CARD_KINDS: Record<Kind, { label: string, facts: string[], api: string, page?: string }> = {
  claim: { label: 'Claim', facts: ['Speaker', 'Cue', 'Certainty', 'Polarity', 'Kind', 'Source', 'Subjects', 'Events', 'Origin', 'Confidence'], api: '/v1/claims/' },
  event: { label: 'Event', facts: ['Kind', 'Status', 'When', 'Where', 'Participants', 'Origin', 'Confidence'], api: '/v1/events/' },
  question: { label: 'Open question', facts: ['Kind', 'Status', 'Resolves', 'Actors', 'Origin', 'Confidence'], api: '/v1/questions/' },
  actor: { label: 'Actor', facts: ['Kind', 'Description', 'Named here as', 'Roles', 'Origin', 'Confidence'], api: '/v1/actors/', page: '/actors/' }
}

/** One card: its deep link (`claim-<id>`…), title, the values of its kind's facts, and the quotes it shows. */
export interface Card { ref: string, kind: Kind, id: string, title: string, values: FactValue[], evidence: Span[] }

const actor = (id: string): CardLink => ({ ref: `actor-${id}` })
const quoted = (s: string) => `“${s}”`
const provenance = (item: { origin?: string, confidence?: number | null }): FactValue[] =>
  [originOf(item), item.confidence == null ? null : item.confidence.toFixed(2)]

export const claimCard = (c: ClaimDoc): Card => ({
  ref: `claim-${c.id}`,
  kind: 'claim',
  id: c.id,
  title: c.text,
  values: [c.speaker === null ? "the article's own voice" : actor(c.speaker), c.cue === null ? 'none' : quoted(c.cue), c.certainty, c.polarity, c.kind, c.sourceKind,
    c.subjects.map(actor), c.events.map((e) => ({ ref: `event-${e}` })), ...provenance(c)],
  evidence: c.evidence
})

export const eventCard = (e: EventDoc): Card => ({
  ref: `event-${e.id}`,
  kind: 'event',
  id: e.id,
  title: e.title,
  values: [e.kind, e.status, e.when.text ?? 'not said', e.location ?? 'not said', e.participants.map((p) => ({ ...actor(p.actor), after: ` (${p.role})` })), ...provenance(e)],
  evidence: e.evidence
})

export const questionCard = (q: QuestionDoc): Card => ({
  ref: `question-${q.id}`,
  kind: 'question',
  id: q.id,
  title: q.text,
  values: [q.kind, q.status, q.resolutionCriteria, q.actors.map(actor), ...provenance(q)],
  evidence: q.evidence
})

export const actorCard = (a: ActorDoc, mentions: string[]): Card => ({
  ref: `actor-${a.id}`,
  kind: 'actor',
  id: a.id,
  title: a.name,
  values: [a.kind, a.description, [...new Set(mentions)].map(quoted),
    a.roles.map((r) => `${r.relation.replace('_', ' ')}${r.title === null ? '' : ` ${quoted(r.title)}`}${r.of === null ? '' : ` of ${r.of}`}`), ...provenance(a)],
  evidence: []
})

function linkText (ref: string, names: Names): string {
  const id = ref.slice(ref.indexOf('-') + 1)
  return ref.startsWith('actor-') ? names.get(id)?.name ?? id : id
}

function value (v: FactValue, names: Names): HtmlValue {
  if (v === null || typeof v === 'string') return v
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.map((x, i) => html`${i > 0 ? ', ' : ''}${value(x, names)}`)
  return html`<a href="#${v.ref}">${linkText(v.ref, names)}</a>${v.after}`
}

/** A card as markup (the page's script builds the same from the card's data: public/reader/article.js). */
export function renderCard (c: Card, names: Names, text = ''): Html {
  const kind = CARD_KINDS[c.kind]
  const facts = kind.facts.map((name, i) => (c.values[i] == null ? null : html`${name}: ${value(c.values[i]!, names)}. `))
  const page = kind.page === undefined ? null : html`<a href="${kind.page}${seg(c.id)}">Everything about ${c.title}</a> · `
  return html`<section class="card" id="${c.ref}" tabindex="-1" aria-labelledby="${c.ref}-h"><h3 id="${c.ref}-h"><span class="kind">${kind.label}</span> ${c.title}</h3><p class="facts">${facts}</p>${c.evidence.map((s) => html`<blockquote>${s.quote}</blockquote>`)}<p class="links">${page}<a href="${kind.api}${seg(c.id)}">JSON in the API</a> · <a href="${text}#at-${c.ref}">Show in text</a> · <a href="${text}#text">${text === '' ? 'Close' : 'Back to the text'}</a></p></section>`
}
