import { escapeHtml, html, hrefWith, raw, seg, type Html } from '../html/html.js'
import { actorCard, CARD_KINDS, claimCard, eventCard, questionCard, renderCard, type Card, type Names } from './cards.js'
import { eachSegment } from './segments.js'
import {
  CERTAINTIES, ORIGINS, claimMarks, claimShown, eventMarks, mentionMark, questionMarks, shownByOrigin,
  type ArticleDoc, type ClaimDoc, type EventDoc, type Filters, type Mark, type QuestionDoc
} from './model.js'

// The article page: the text with every evidence span marked, cut into segments at every
// span boundary (src/reader/segments.ts) and into paragraphs at its line breaks. Each span
// starts with a small link to its card (focusable, named for screen readers); the covered
// segments carry the classes of every span over them. Where each span lies is sent once as
// data (#reader-data), from which the page's script finds the innermost span under a click
// and highlights the whole of the open one.

export interface ArticleData {
  article: ArticleDoc
  claims: ClaimDoc[]
  events: EventDoc[]
  questions: QuestionDoc[]
  mentions: Array<{ actor: string, startUtf16: number, endUtf16: number, quote: string }>
  actors: Names
  filters: Filters
}

const TYPE_CLASSES = { event: ' t-event', question: ' t-question', claim: ' t-claim', mention: ' t-mention' } as const
const TEXT_SPECIAL = /[&<>]/

/** Where the text breaks into paragraphs: after each run of line breaks. */
function paragraphStarts (text: string): number[] {
  const starts: number[] = []
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1)
    if (next !== 10 && next !== 13 && i + 1 < text.length) starts.push(i + 1)
  }
  return starts
}

/**
 * The text as paragraphs of segments, each span opened by its link (to `cardsAt`#ref: ''
 * for this page). The hot loop of a long article (thousands of segments): one pass, parts
 * joined once, every value from the data escaped here as html`` would (this is why raw()
 * is safe), the text's pieces only when the text has anything to escape.
 */
function renderText (text: string, marks: Mark[], cardsAt: string): Html {
  const at = escapeHtml(cardsAt)
  const seen = new Set<string>()
  const link = (m: Mark) => {
    const ref = escapeHtml(m.ref)
    const first = !seen.has(m.ref)
    if (first) seen.add(m.ref)
    return `<a class="m m-${m.type}${m.cls === '' ? '' : ` ${escapeHtml(m.cls)}`}" href="${at}#${ref}"${first ? ` id="at-${ref}"` : ''} aria-label="${escapeHtml(m.label)}"></a>`
  }
  const escape = TEXT_SPECIAL.test(text) ? escapeHtml : (s: string) => s
  const paragraphs = paragraphStarts(text)
  const out: string[] = ['<p>']
  let p = 0
  eachSegment(text, marks, paragraphs, (start, end, covering, starting) => {
    if (p < paragraphs.length && paragraphs[p] === start) { out.push('</p><p>'); p++ }
    for (const m of starting) out.push(link(m))
    const piece = escape(text.slice(start, end))
    if (covering.length === 0) { out.push(piece); return }
    let event = ''; let question = ''; let claim: Mark | undefined; let mention = ''
    for (const m of covering) {
      if (m.type === 'claim') claim = m
      else if (m.type === 'event') event = TYPE_CLASSES.event
      else if (m.type === 'question') question = TYPE_CLASSES.question
      else mention = TYPE_CLASSES.mention
    }
    out.push(`<span class="s${event}${question}${claim === undefined ? '' : TYPE_CLASSES.claim}${mention}${claim === undefined || claim.cls === '' ? '' : ` ${escapeHtml(claim.cls)}`}">`, piece, '</span>')
  })
  out.push('</p>')
  return raw(out.join(''))
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

/**
 * What the page's script reads (#reader-data), in a block the browser neither executes nor
 * turns into nodes: where each item's spans lie (ref -> [start, end, …], UTF-16 units), and
 * for a long article its cards as data (each kind's facts once, then per card its title and
 * values; quotes are the text at the spans) with the names of the actors they link to.
 */
function readerData (marks: Mark[], cards: Card[] | null, names: Names): Html {
  const spans: Record<string, number[]> = {}
  for (const m of marks) (spans[m.ref] ??= []).push(m.startUtf16, m.endUtf16)
  const data = cards === null
    ? { spans }
    : { spans, kinds: CARD_KINDS, names: Object.fromEntries([...names].map(([id, a]) => [id, a.name])), cards: Object.fromEntries(cards.map((c) => [c.ref, [c.title, c.values]])) }
  // `<` escaped as \u003c: no `</script>` or `<!--` in the data can end the block
  return raw(`<script type="application/json" id="reader-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`)
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
  for (const m of mentions) { const quotes = mentioned.get(m.actor); if (quotes === undefined) mentioned.set(m.actor, [m.quote]); else quotes.push(m.quote) }
  const filtered = f.speaker !== null || f.certainty !== null || f.origin !== null
  const a = d.article
  const lazy = lazyCards ?? claims.length + events.length + questions.length + mentioned.size >= LAZY_CARDS_FROM
  const at = lazy ? cardsHref(a.id) : '' // where links to a card go without JavaScript
  const cards: Card[] = [
    ...claims.map(claimCard), ...events.map(eventCard), ...questions.map(questionCard),
    ...[...mentioned].flatMap(([id, quotes]) => { const actor = d.actors.get(id); return actor === undefined ? [] : [actorCard(actor, quotes)] })
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
${readerData(marks, lazy ? cards : null, d.actors)}
<aside class="panel" aria-label="Items of this article">
<section class="cards" aria-labelledby="cards-h">
<h2 id="cards-h">Selected item</h2>
<p class="hint">Select a marked passage, or a link below, to see its card.</p>
${lazy ? html`<p class="hint"><a href="${at}">Every card on one page</a></p>` : cards.map((c) => renderCard(c, d.actors))}
</section>
${legend()}
<section aria-labelledby="actors-h"><h2 id="actors-h">Actors</h2>
${itemList('actors', [...mentioned].map(([id, quotes]) => html`<li><a href="${at}#actor-${id}">${d.actors.get(id)?.name ?? id}</a> <span class="n">${quotes.length} mention${quotes.length === 1 ? '' : 's'}</span></li>`))}</section>
<section aria-labelledby="events-h"><h2 id="events-h">Events</h2>
${itemList('events', events.map((e) => html`<li><a href="${at}#event-${e.id}">${e.title}</a> <span class="n">${e.status}</span></li>`))}</section>
<section aria-labelledby="questions-h"><h2 id="questions-h">Open questions</h2>
${itemList('open questions', questions.map((q) => html`<li><a href="${at}#question-${q.id}">${q.text}</a></li>`))}</section>
</aside>
</div>`
}

/** Lists longer than this start folded: hundreds of items in the side panel are most of a long page's layout. */
const FOLD_LISTS_FROM = 30

function itemList (what: string, items: Html[]): Html {
  const list = html`<ul class="items">${items}</ul>`
  return items.length < FOLD_LISTS_FROM ? list : html`<details><summary>All ${items.length} ${what}</summary>${list}</details>`
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
  for (const m of d.mentions) { const quotes = mentioned.get(m.actor); if (quotes === undefined) mentioned.set(m.actor, [m.quote]); else quotes.push(m.quote) }
  return html`<h1>${title}: every item</h1>
<p class="meta"><a href="${text}">Back to the text</a> · ${d.claims.length} claims, ${d.events.length} events, ${d.questions.length} open questions, ${mentioned.size} actors</p>
<div class="card-list">
${[...d.claims.map(claimCard), ...d.events.map(eventCard), ...d.questions.map(questionCard)].map((c) => renderCard(c, d.actors, text))}${[...mentioned].map(([id, quotes]) => { const actor = d.actors.get(id); return actor === undefined ? null : renderCard(actorCard(actor, quotes), d.actors, text) })}
</div>`
}
