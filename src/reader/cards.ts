import { html, seg, type Html, type HtmlValue } from '../html/html.js'
import { originOf, type ActorDoc, type ClaimDoc, type EventDoc, type QuestionDoc, type Span } from './model.js'

// The entity cards of the article page. For an article of ordinary length every card is in
// the page, hidden until it is the URL's :target (no JavaScript needed) or opened by a
// click or focus on its span. A long article's cards travel as data and are built when
// opened, and its card list page holds them all for reading without JavaScript. A card is
// a few elements: its facts are one paragraph of "name: value" pairs (and no white space
// between tags, which would be DOM nodes too). `text` is the article page's address when
// the card is shown elsewhere than on it ('' on the article page itself).

export type Names = ReadonlyMap<string, ActorDoc>

const actorLink = (id: string | null, names: Names, none = 'none') =>
  id === null ? none : html`<a href="#actor-${id}">${names.get(id)?.name ?? id}</a>`
const list = (items: HtmlValue[]) => (items.length === 0 ? 'none' : items.map((h, i) => html`${i > 0 ? ', ' : ''}${h}`))
const fact = (name: string, value: HtmlValue) => html`${name}: ${value}. `

function provenance (item: { origin?: string, confidence?: number | null }): Html {
  return html`${fact('Origin', originOf(item))}${item.confidence == null ? null : fact('Confidence', item.confidence.toFixed(2))}`
}

function card (ref: string, kind: string, title: HtmlValue, facts: Html, evidence: Span[], links: Html, text: string): Html {
  return html`<section class="card" id="${ref}" tabindex="-1" aria-labelledby="${ref}-h"><h3 id="${ref}-h"><span class="kind">${kind}</span> ${title}</h3><p class="facts">${facts}</p>${evidence.map((s) => html`<blockquote>${s.quote}</blockquote>`)}<p class="links">${links} · <a href="${text}#at-${ref}">Show in text</a> · <a href="${text}#text">${text === '' ? 'Close' : 'Back to the text'}</a></p></section>`
}

export function claimCard (c: ClaimDoc, names: Names, text = ''): Html {
  return card(`claim-${c.id}`, 'Claim', c.text, html`${fact('Speaker', actorLink(c.speaker, names, "the article's own voice"))}${fact('Cue', c.cue === null ? 'none' : html`“${c.cue}”`)}${fact('Certainty', c.certainty)}${fact('Polarity', c.polarity)}${fact('Kind', c.kind)}${fact('Source', c.sourceKind)}${fact('Subjects', list(c.subjects.map((s) => actorLink(s, names))))}${fact('Events', list(c.events.map((e) => html`<a href="#event-${e}">${e}</a>`)))}${provenance(c)}`,
    c.evidence, html`<a href="/v1/claims/${seg(c.id)}">JSON in the API</a>`, text)
}

export function eventCard (e: EventDoc, names: Names, text = ''): Html {
  return card(`event-${e.id}`, 'Event', e.title, html`${fact('Kind', e.kind)}${fact('Status', e.status)}${fact('When', e.when.text ?? 'not said')}${fact('Where', e.location ?? 'not said')}${fact('Participants', list(e.participants.map((p) => html`${actorLink(p.actor, names)} (${p.role})`)))}${provenance(e)}`,
    e.evidence, html`<a href="/v1/events/${seg(e.id)}">JSON in the API</a>`, text)
}

export function questionCard (q: QuestionDoc, names: Names, text = ''): Html {
  return card(`question-${q.id}`, 'Open question', q.text, html`${fact('Kind', q.kind)}${fact('Status', q.status)}${fact('Resolves', q.resolutionCriteria)}${fact('Actors', list(q.actors.map((a) => actorLink(a, names))))}${provenance(q)}`,
    q.evidence, html`<a href="/v1/questions/${seg(q.id)}">JSON in the API</a>`, text)
}

export function actorCard (a: ActorDoc, mentions: string[], text = ''): Html {
  const roles = a.roles.map((r) => html`${r.relation.replace('_', ' ')}${r.title === null ? null : html` “${r.title}”`}${r.of === null ? null : html` of ${r.of}`}`)
  return card(`actor-${a.id}`, 'Actor', a.name, html`${fact('Kind', a.kind)}${a.description === null ? null : fact('Description', a.description)}${fact('Named here as', list([...new Set(mentions)].map((m) => html`“${m}”`)))}${fact('Roles', list(roles))}${provenance(a)}`,
    [], html`<a href="/actors/${seg(a.id)}">Everything about ${a.name}</a> · <a href="/v1/actors/${seg(a.id)}">JSON in the API</a>`, text)
}
