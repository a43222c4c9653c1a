import { html, hrefWith, raw, seg, type Html } from '../html/html.js'
import type { Edge, Page } from '../db/reader.js'
import type { ActorDoc, ClaimDoc } from './model.js'

// The actor page: roles, the claims the actor makes and the claims about it across
// articles (each list paginated on its own), and who speaks about whom around it.

export interface ActorData {
  actor: ActorDoc & { articles?: string[], mentionCount?: number }
  by: Page<ClaimDoc>
  about: Page<ClaimDoc>
  counts: { by: number, about: number }
  cursors: { by: number | null, about: number | null }
  edges: { out: Edge[], in: Edge[] }
  names: ReadonlyMap<string, string>
}

function claimItem (c: ClaimDoc, names: ReadonlyMap<string, string>, showSpeaker: boolean): Html {
  return html`<li><a href="/articles/${seg(c.article)}#claim-${c.id}">${c.text}</a>
<span class="n">${showSpeaker ? html`${c.speaker === null ? "the article's own voice" : names.get(c.speaker) ?? c.speaker} · ` : null}${c.certainty}${c.polarity === 'negative' ? ', negative' : ''} · <a href="/v1/claims/${seg(c.id)}" aria-label="JSON of this claim">JSON</a></span></li>`
}

function claimList (id: string, heading: string, total: number, page: Page<ClaimDoc>, param: 'by' | 'about', d: ActorData): Html {
  const path = `/actors/${seg(d.actor.id)}`
  const others = param === 'by' ? { about: d.cursors.about } : { by: d.cursors.by }
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading} (${total})</h2>
${page.rows.length === 0 ? html`<p>None.</p>` : html`<ol class="claims">${page.rows.map((c) => claimItem(c, d.names, param === 'about'))}</ol>`}
<nav class="pages" aria-label="${heading}: pages">
${d.cursors[param] === null ? null : html`<a href="${hrefWith(path, others)}#${id}">First page</a>`}
${page.next === null ? null : html`<a rel="next" href="${hrefWith(path, { ...others, [param]: page.next })}#${id}">Next page</a>`}
</nav></section>`
}

/** JSON for a data block (never executed): `<` escaped, so no text can close the script element. */
function jsonBlock (id: string, value: unknown): Html {
  return raw(`<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`)
}

export function actorMain (d: ActorData): Html {
  const a = d.actor
  const pairs = [...d.edges.out.map((e) => ({ ...e, dir: 'out' })), ...d.edges.in.map((e) => ({ ...e, dir: 'in' }))]
  return html`<h1>${a.name}</h1>
<p class="meta">${a.kind}${a.description === null ? null : html` · ${a.description}`} · <a href="/v1/actors/${seg(a.id)}">JSON in the API</a></p>
<section aria-labelledby="roles-h"><h2 id="roles-h">Roles</h2>
${a.roles.length === 0 ? html`<p>None recorded.</p>` : html`<ul>${a.roles.map((r) => html`<li>${r.relation.replace('_', ' ')}${r.title === null ? null : html` “${r.title}”`}${r.of === null ? null : html` of <a href="/actors/${seg(r.of)}">${d.names.get(r.of) ?? r.of}</a>`}</li>`)}</ul>`}
<p>Also named: ${a.aliases.map((x, i) => html`${i > 0 ? ', ' : ''}“${x}”`)}. Mentioned in ${(a.articles ?? []).map((x, i) => html`${i > 0 ? ', ' : ''}<a href="/articles/${seg(x)}#actor-${a.id}">${x}</a>`)}.</p>
</section>
<section aria-labelledby="graph-h"><h2 id="graph-h">Who speaks about whom</h2>
<figure class="graph">
<div id="graph" class="graph-canvas"></div>
<figcaption>Arrows from a speaker to the actors its claims are about, for ${a.name} only; a thicker arrow, more claims.</figcaption>
</figure>
${jsonBlock('graph-data', { focus: { id: a.id, name: a.name }, out: d.edges.out, in: d.edges.in })}
${pairs.length === 0
? html`<p>No claim by or about ${a.name} names another actor.</p>`
: html`<table class="edges"><caption>Claims between ${a.name} and other actors</caption>
<thead><tr><th scope="col">Speaker</th><th scope="col">About</th><th scope="col">Claims</th></tr></thead>
<tbody>${pairs.map((p) => {
  const other = html`<a href="/actors/${seg(p.other)}">${p.name}</a>`
  return html`<tr><td>${p.dir === 'out' ? a.name : other}</td><td>${p.dir === 'out' ? other : a.name}</td><td>${p.count}</td></tr>`
})}</tbody></table>`}
</section>
${claimList('by-h', `Claims made by ${a.name}`, d.counts.by, d.by, 'by', d)}
${claimList('about-h', `Claims about ${a.name}`, d.counts.about, d.about, 'about', d)}`
}
