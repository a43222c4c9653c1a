import { describe, expect, it } from 'vitest'
import { articleMain, LAZY_CARDS_FROM, type ArticleData } from '../../src/reader/article-view.js'
import type { ClaimDoc } from '../../src/reader/model.js'

// A long article's cards travel as data (built when opened) and its links lead to the card
// list page without JavaScript; a short article keeps its cards in the markup. Both send
// where each span lies, as data.

const text = 'Ana said </script><!-- the deal is good.'
const claim: ClaimDoc = {
  id: 'c1',
  article: 'a1',
  text: 'The deal is good </script>.',
  kind: 'report',
  speaker: 'ana',
  sourceKind: 'named',
  cue: 'said',
  certainty: 'probable',
  polarity: 'negative',
  subjects: [],
  events: [],
  evidence: [{ start: 0, end: text.length, startUtf16: 0, endUtf16: text.length, quote: text }]
}
const data: ArticleData = {
  article: { id: 'a1', title: 'T', publisher: null, url: null, publishedAt: null, text, counts: {} },
  claims: [claim],
  events: [],
  questions: [],
  mentions: [{ actor: 'ana', startUtf16: 0, endUtf16: 3, quote: 'Ana' }],
  actors: new Map([['ana', { id: 'ana', name: 'Ana', kind: 'person', aliases: [], description: null, roles: [] }]]),
  filters: { speaker: null, certainty: null, origin: null }
}

describe('article page cards', () => {
  it('keeps a short article\'s cards in the markup, linked within the page', () => {
    const body = articleMain(data, 'T').value
    expect(LAZY_CARDS_FROM).toBeGreaterThan(2)
    expect(body).toContain('<section class="card" id="claim-c1"')
    expect(body).toContain('href="#claim-c1" id="at-claim-c1"')
  })

  it('sends a long article\'s cards as data that no text can end, and links to the card list', () => {
    const body = articleMain(data, 'T', true).value
    expect(body).not.toContain('<section class="card"')
    expect(body).toContain('href="/articles/a1/cards#claim-c1" id="at-claim-c1"')
    expect(body).toContain('<a href="/articles/a1/cards#actor-ana">Ana</a>')
    const block = /<script type="application\/json" id="reader-data">([\s\S]*?)<\/script>/.exec(body)
    expect(block).not.toBeNull()
    expect(block![1]).not.toContain('<')
    const sent = JSON.parse(block![1]!) as { spans: Record<string, number[]>, names: Record<string, string>, kinds: Record<string, { facts: string[] }>, cards: Record<string, [string, unknown[]]> }
    expect(Object.keys(sent.cards)).toEqual(['claim-c1', 'actor-ana'])
    expect(sent.spans).toEqual({ 'claim-c1': [0, text.length], 'actor-ana': [0, 3] })
    expect(sent.names).toEqual({ ana: 'Ana' })
    const [title, values] = sent.cards['claim-c1']!
    expect(title).toBe('The deal is good </script>.')
    expect(values).toHaveLength(sent.kinds.claim!.facts.length)
    expect(values[sent.kinds.claim!.facts.indexOf('Speaker')]).toEqual({ ref: 'actor-ana' })
    expect(values[sent.kinds.claim!.facts.indexOf('Polarity')]).toBe('negative')
  })

  it('cuts the text into paragraphs at its line breaks, and sends only where the spans lie for a short article', () => {
    const body = articleMain({ ...data, article: { ...data.article, text: `${text}\n\nMore.\n` } }, 'T').value
    expect(body).toContain('<a class="m m-mention" href="#actor-ana" id="at-actor-ana" aria-label="actor: Ana"></a><span class="s t-claim t-mention c-probable neg">Ana</span>')
    expect(body).toContain('&lt;!-- the deal is good.</span>\n\n</p><p>More.\n</p></div>')
    const block = /<script type="application\/json" id="reader-data">([\s\S]*?)<\/script>/.exec(body)
    expect(JSON.parse(block![1]!)).toEqual({ spans: { 'claim-c1': [0, text.length], 'actor-ana': [0, 3] } })
  })
})
