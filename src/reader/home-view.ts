import { html, hrefWith, seg, type Html } from '../html/html.js'
import { articleTitle } from './article-view.js'

// The landing page: the articles, a page at a time (keyset on their order, by id),
// searchable with the API's search syntax.

interface ArticleItem {
  id: string
  title: string | null
  first: string | null
  publisher: string | null
  publishedAt: string | null
  counts: Record<string, number>
  origins: Record<string, number> | undefined
}

export interface HomeData { items: ArticleItem[], total: number, q: string, next: number | null, after: number | null, problem: string | null }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function homeMain (d: HomeData): Html {
  return html`<h1>Articles</h1>
<p>Each article with its structure marked on the text: who claims what and how hedged, the events, the actors and the questions it leaves open. The same data is served as JSON by the <a href="/v1">API</a>.</p>
<form class="search" method="get" action="/" role="search">
<label for="q">Search articles</label>
<input id="q" name="q" type="search" value="${d.q}" aria-describedby="q-help">
<button type="submit">Search</button>
<p id="q-help" class="hint">Words must all match; use "quoted phrases", prefixes such as guarant* and OR.</p>
</form>
${d.problem === null ? null : html`<p class="problem" role="alert">The search ${d.problem}.</p>`}
<p role="status">${d.q === '' ? plural(d.total, 'article') : `${plural(d.total, 'article')} match “${d.q}”`}${d.after === null ? '' : ' (a later page)'}.</p>
<ol class="articles">
${d.items.map((a) => html`<li>
<h2><a href="/articles/${seg(a.id)}">${articleTitle(a, a.first)}</a></h2>
<p class="meta">${a.publisher ?? 'Publisher not given'} · ${a.publishedAt ?? 'date not given'}</p>
<p class="counts">${plural(a.counts.claims ?? 0, 'claim')} · ${plural(a.counts.events ?? 0, 'event')} · ${plural(a.counts.questions ?? 0, 'open question')} · ${plural(a.counts.actors ?? 0, 'actor')}${a.origins === undefined ? null : html` · origin: ${Object.entries(a.origins).map(([o, n]) => `${n} ${o}`).join(', ')}`}</p>
</li>`)}
</ol>
<nav class="pages" aria-label="Pages">
${d.after === null ? null : html`<a href="${hrefWith('/', { q: d.q })}">First page</a>`}
${d.next === null ? null : html`<a rel="next" href="${hrefWith('/', { q: d.q, after: d.next })}">Next page</a>`}
</nav>`
}
