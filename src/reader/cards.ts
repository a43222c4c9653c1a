import { html, seg, type Html, type HtmlValue } from '../html/html.js'
import { originOf, type ActorDoc, type ClaimDoc, type EventDoc, type QuestionDoc, type Span } from './model.js'

// The entity cards of the article page. Every card is in the page, hidden until it is the
// URL's :target (no JavaScript needed) or opened by a click or focus on its span.

export type Names = ReadonlyMap<string, ActorDoc>

const actorLink = (id: string | null, names: Names, none = 'none') =>
  id === null ? html`<i>${none}</i>` : html`<a href="#actor-${id}">${names.get(id)?.name ?? id}</a>`
const list = (items: Html[]) => (items.length === 0 ? html`<i>none</i>` : items.map((h, i) => html`${i > 0 ? ', ' : ''}${h}`))
const row = (term: string, value: HtmlValue) => html`<dt>${term}</dt><dd>${value}</dd>`

function provenance (item: { origin?: string, confidence?: number }): Html {
  return html`${row('Origin', originOf(item))}${item.confidence === undefined ? null : row('Confidence', item.confidence.toFixed(2))}`
}

function quotes (evidence: Span[]): Html {
  return html`<h4>Exact quote${evidence.length === 1 ? '' : 's'}</h4>
${evidence.map((s) => html`<blockquote><p>${s.quote}</p><p class="where">Code points ${s.start}–${s.end}${s.section == null ? null : html`, under “${s.section}”`}</p></blockquote>`)}`
}

function card (ref: string, kind: string, title: HtmlValue, body: Html, json: string): Html {
  return html`<section class="card" id="${ref}" tabindex="-1" aria-labelledby="${ref}-h">
<h3 id="${ref}-h"><span class="kind">${kind}</span> ${title}</h3>
${body}
<p class="links"><a href="${json}">JSON in the API</a> · <a href="#at-${ref}">Show in text</a> · <a href="#text">Close</a></p>
</section>`
}

export function claimCard (c: ClaimDoc, names: Names): Html {
  return card(`claim-${c.id}`, 'Claim', c.text, html`<dl>
${row('Speaker', actorLink(c.speaker, names, "the article's own voice"))}
${row('Cue', c.cue ?? html`<i>none</i>`)}
${row('Certainty', c.certainty)}
${row('Polarity', c.polarity)}
${row('Kind', c.kind)}
${row('Source', c.sourceKind)}
${row('Subjects', list(c.subjects.map((s) => actorLink(s, names))))}
${row('Events', list(c.events.map((e) => html`<a href="#event-${e}">${e}</a>`)))}
${provenance(c)}
</dl>
${quotes(c.evidence)}`, `/v1/claims/${seg(c.id)}`)
}

export function eventCard (e: EventDoc, names: Names): Html {
  return card(`event-${e.id}`, 'Event', e.title, html`<dl>
${row('Kind', e.kind)}
${row('Status', e.status)}
${row('When', e.when.text ?? html`<i>not said</i>`)}
${row('Where', e.location ?? html`<i>not said</i>`)}
${row('Participants', list(e.participants.map((p) => html`${actorLink(p.actor, names)} (${p.role})`)))}
${provenance(e)}
</dl>
${quotes(e.evidence)}`, `/v1/events/${seg(e.id)}`)
}

export function questionCard (q: QuestionDoc, names: Names): Html {
  return card(`question-${q.id}`, 'Open question', q.text, html`<dl>
${row('Kind', q.kind)}
${row('Status', q.status)}
${row('Resolves', q.resolutionCriteria)}
${row('Actors', list(q.actors.map((a) => actorLink(a, names))))}
${provenance(q)}
</dl>
${quotes(q.evidence)}`, `/v1/questions/${seg(q.id)}`)
}

export function actorCard (a: ActorDoc, mentions: string[]): Html {
  return card(`actor-${a.id}`, 'Actor', a.name, html`<dl>
${row('Kind', a.kind)}
${a.description === null ? null : row('Description', a.description)}
${row('Named here as', list([...new Set(mentions)].map((m) => html`“${m}”`)))}
${row('Roles', list(a.roles.map((r) => html`${r.relation.replace('_', ' ')}${r.title === null ? null : html` “${r.title}”`}${r.of === null ? null : html` of ${r.of}`}`)))}
${provenance(a)}
</dl>
<p><a href="/actors/${seg(a.id)}">Everything about ${a.name}</a> (claims across articles, who speaks about whom)</p>`, `/v1/actors/${seg(a.id)}`)
}
