import { escapeHtml, html, hrefWith, raw, seg, type Html } from '../html/html.js'
import { actorCard, claimCard, eventCard, questionCard, type Names } from './cards.js'
import { segment } from './segments.js'
import {
  CERTAINTIES, ORIGINS, claimMarks, claimShown, eventMarks, mentionMark, questionMarks, shownByOrigin,
  type ArticleDoc, type ClaimDoc, type EventDoc, type Filters, type Mark, type QuestionDoc
} from './model.js'

// The article page: the text with every evidence span marked, cut into segments at every
// span boundary (src/reader/segments.ts). Each span starts with a small link to its card
// (focusable, named for screen readers); the covered segments carry the classes of every
// span over them, and the innermost span's card, which a click opens.

export interface ArticleData {
  article: ArticleDoc
  claims: ClaimDoc[]
  events: EventDoc[]
  questions: QuestionDoc[]
  mentions: Array<{ actor: string, startUtf16: number, endUtf16: number, quote: string }>
  actors: Names
  filters: Filters
}

const TYPE_CLASSES = { event: 't-event', question: 't-question', claim: 't-claim', mention: 't-mention' } as const
const TYPE_ORDER = ['event', 'question', 'claim', 'mention'] as const

/** The text as segments, each span opened by its link (to `cardsAt`#ref: '' for this page). */
function renderText (text: string, marks: Mark[], cardsAt: string): Html {
  const seen = new Set<string>()
  // the hot loop of a long article (thousands of segments): one string built with plain
  // loops, every value from the data escaped here as html`` would (this is why raw() is safe)
  const at = escapeHtml(cardsAt)
  let out = ''
  for (const s of segment(text, marks)) {
    for (const m of s.starts) {
      const first = !seen.has(m.ref)
      if (first) seen.add(m.ref)
      const ref = escapeHtml(m.ref)
      out += `<a class="m m-${m.type}${m.cls === '' ? '' : ` ${escapeHtml(m.cls)}`}" href="${at}#${ref}"${first ? ` id="at-${ref}"` : ''} data-a="${m.startUtf16}" data-b="${m.endUtf16}" aria-label="${escapeHtml(m.label)}"></a>`
    }
    if (s.spans.length === 0) { out += escapeHtml(s.text); continue }
    let classes = 's'
    let claim: Mark | undefined
    for (const type of TYPE_ORDER) {
      for (const m of s.spans) if (m.type === type) { classes += ` ${TYPE_CLASSES[type]}`; break }
    }
    for (const m of s.spans) if (m.type === 'claim') claim = m
    if (claim !== undefined && claim.cls !== '') classes += ` ${escapeHtml(claim.cls)}`
    out += `<span class="${classes}" data-ref="${escapeHtml(s.spans[s.spans.length - 1]!.ref)}">${escapeHtml(s.text)}</span>`
  }
  return raw(out)
}

// escaping keeps a URL from breaking out of its attribute, not a javascript: URL from running
const isWebUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url)

export function articleTitle (a: { title: string | null }, firstSentence: string | null): string {
  if (a.title !== null && a.title !== '') return a.title
  const s = firstSentence ?? 'Untitled article'
  return s.length > 100 ? `${s.slice(0, 99)}…` : s
}

/**
 * From how many items (claims, events, questions, actors) an article's cards are sent as
 * data and built when opened, instead of as markup: a thousand hidden cards are most of a
 * long page's bytes and DOM nodes, which the browser parses before the page is usable.
 */
export const LAZY_CARDS_FROM = 300

/** The address of an article's card list (every card, server-rendered, for reading without JavaScript). */
const cardsHref = (id: string) => `/articles/${seg(id)}/cards`

/** The cards as one JSON block (ref -> card markup), which a browser does not execute or parse into nodes. */
function cardData (cards: Array<[string, Html]>): Html {
  // `<` escaped as \u003c: no `</script>` or `<!--` in the data can end the block
  const json = JSON.stringify(Object.fromEntries(cards.map(([ref, h]) => [ref, h.value]))).replace(/</g, '\\u003c')
  return raw(`<script type="application/json" id="card-data">${json}</script>`)
}

export function articleMain (d: ArticleData, title: string, lazyCards?: boolean): Html {
  const f = d.filters
  const claims = d.claims.filter((c) => claimShown(c, f))
  const events = d.events.filter((e) => shownByOrigin(e, f))
  const questions = d.questions.filter((q) => shownByOrigin(q, f))
  const mentions = d.mentions.filter((m) => { const a = d.actors.get(m.actor); return a !== undefined && shownByOrigin(a, f) })
  const marks = [
    ...events.flatMap(eventMarks), ...questions.flatMap(questionMarks), ...claims.flatMap(claimMarks),
    ...mentions.map((m) => mentionMark(m, d.actors.get(m.actor)?.name ?? m.actor))
  ]
  const mentioned = new Map<string, string[]>()
  for (const m of mentions) mentioned.set(m.actor, [...(mentioned.get(m.actor) ?? []), m.quote])
  const filtered = f.speaker !== null || f.certainty !== null || f.origin !== null
  const a = d.article
  const lazy = lazyCards ?? claims.length + events.length + questions.length + mentioned.size >= LAZY_CARDS_FROM
  const at = lazy ? cardsHref(a.id) : '' // where links to a card go without JavaScript
  const cards: Array<[string, Html]> = [
    ...claims.map((c): [string, Html] => [`claim-${c.id}`, claimCard(c, d.actors)]),
    ...events.map((e): [string, Html] => [`event-${e.id}`, eventCard(e, d.actors)]),
    ...questions.map((q): [string, Html] => [`question-${q.id}`, questionCard(q, d.actors)]),
    ...[...mentioned].flatMap(([id, quotes]): Array<[string, Html]> => { const actor = d.actors.get(id); return actor === undefined ? [] : [[`actor-${id}`, actorCard(actor, quotes)]] })
  ]

  return html`<h1>${title}</h1>
<p class="meta">${a.publisher ?? 'Publisher not given'} · ${a.publishedAt ?? 'date not given'}${isWebUrl(a.url) ? html` · <a href="${a.url}">Source</a>` : null} · <a href="/v1/articles/${seg(a.id)}">JSON in the API</a></p>
${filterForm(d, f)}
<p class="status" role="status">${filtered ? `Showing ${claims.length} of ${d.claims.length} claims, ${events.length} of ${d.events.length} events, ${questions.length} of ${d.questions.length} open questions.` : `${d.claims.length} claims, ${d.events.length} events, ${d.questions.length} open questions, ${mentioned.size} actors mentioned.`}</p>
<div class="reader">
<section class="text-col" aria-labelledby="text-h">
<h2 id="text-h">Text</h2>
<div id="text" class="text" tabindex="-1">${renderText(a.text, marks, at)}</div>
</section>
<aside class="panel" aria-label="Items of this article">
<section class="cards" aria-labelledby="cards-h">
<h2 id="cards-h">Selected item</h2>
<p class="hint">Select a marked passage, or a link below, to see its card.</p>
${lazy ? html`<p class="hint"><a href="${at}">Every card on one page</a></p>${cardData(cards)}` : cards.map(([, h]) => h)}
</section>
${legend()}
<section aria-labelledby="actors-h"><h2 id="actors-h">Actors</h2>
<ul class="items">${[...mentioned].map(([id, quotes]) => html`<li><a href="${at}#actor-${id}">${d.actors.get(id)?.name ?? id}</a> <span class="n">${quotes.length} mention${quotes.length === 1 ? '' : 's'}</span></li>`)}</ul></section>
<section aria-labelledby="events-h"><h2 id="events-h">Events</h2>
<ul class="items">${events.map((e) => html`<li><a href="${at}#event-${e.id}">${e.title}</a> <span class="n">${e.status}</span></li>`)}</ul></section>
<section aria-labelledby="questions-h"><h2 id="questions-h">Open questions</h2>
<ul class="items">${questions.map((q) => html`<li><a href="${at}#question-${q.id}">${q.text}</a></li>`)}</ul></section>
</aside>
</div>`
}

function filterForm (d: ArticleData, f: Filters): Html {
  const speakers = [...new Set(d.claims.map((c) => c.speaker).filter((s): s is string => s !== null))]
  const option = (value: string, label: string, current: string | null) => html`<option value="${value}"${current === value ? html` selected` : null}>${label}</option>`
  return html`<form class="filters" method="get" action="/articles/${seg(d.article.id)}" aria-label="Filter the claims">
<label>Speaker <select name="speaker">${option('', 'Any', f.speaker ?? '')}${option('none', "The article's own voice", f.speaker)}${speakers.map((s) => option(s, d.actors.get(s)?.name ?? s, f.speaker))}</select></label>
<label>Certainty <select name="certainty">${option('', 'Any', f.certainty ?? '')}${CERTAINTIES.map((c) => option(c, c, f.certainty))}</select></label>
<label>Origin <select name="origin">${option('', 'Any', f.origin ?? '')}${ORIGINS.map((o) => option(o, o, f.origin))}</select></label>
<button type="submit">Apply</button>
${f.speaker !== null || f.certainty !== null || f.origin !== null ? html`<a href="${hrefWith(`/articles/${seg(d.article.id)}`, {})}">Clear filters</a>` : null}
</form>`
}

function legend (): Html {
  return html`<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>
<ul>
<li><span class="m m-claim c-certain" aria-hidden="true"></span> <span class="s t-claim c-certain">claim, certain</span> (solid underline)</li>
<li><span class="m m-claim c-probable" aria-hidden="true"></span> <span class="s t-claim c-probable">claim, probable</span> (dashed)</li>
<li><span class="m m-claim c-possible" aria-hidden="true"></span> <span class="s t-claim c-possible">claim, possible</span> (dotted)</li>
<li><span class="m m-claim c-uncommitted" aria-hidden="true"></span> <span class="s t-claim c-uncommitted">claim, uncommitted</span> (wavy)</li>
<li><span class="m m-claim c-certain neg" aria-hidden="true"></span> negative claim (¬)</li>
<li><span class="m m-event" aria-hidden="true"></span> <span class="s t-event">event</span> (shaded)</li>
<li><span class="m m-question" aria-hidden="true"></span> <span class="s t-question">open question</span> (line above)</li>
<li><span class="m m-mention" aria-hidden="true"></span> <span class="s t-mention">actor mention</span> (bold)</li>
</ul></section>`
}

/** Every card of an article on one page: where a long article's card links lead without JavaScript. */
export function cardsMain (d: ArticleData, title: string): Html {
  const text = `/articles/${seg(d.article.id)}`
  const mentioned = new Map<string, string[]>()
  for (const m of d.mentions) mentioned.set(m.actor, [...(mentioned.get(m.actor) ?? []), m.quote])
  return html`<h1>${title}: every item</h1>
<p class="meta"><a href="${text}">Back to the text</a> · ${d.claims.length} claims, ${d.events.length} events, ${d.questions.length} open questions, ${mentioned.size} actors</p>
<div class="card-list">
${d.claims.map((c) => claimCard(c, d.actors, text))}${d.events.map((e) => eventCard(e, d.actors, text))}${d.questions.map((q) => questionCard(q, d.actors, text))}${[...mentioned].map(([id, quotes]) => { const actor = d.actors.get(id); return actor === undefined ? null : actorCard(actor, quotes, text) })}
</div>`
}
