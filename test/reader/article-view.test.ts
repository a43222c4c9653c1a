import { describe, expect, it } from 'vitest'
import { articleMain, LAZY_CARDS_FROM, type ArticleData } from '../../src/reader/article-view.js'
import type { ClaimDoc } from '../../src/reader/model.js'

// A long article's cards travel as one JSON block (built when opened) and its links lead to
// the card list page without JavaScript; a short article keeps its cards in the markup.

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
    expect(body).not.toContain('card-data')
  })

  it('sends a long article\'s cards as data that no text can end, and links to the card list', () => {
    const body = articleMain(data, 'T', true).value
    expect(body).not.toContain('<section class="card"')
    expect(body).toContain('href="/articles/a1/cards#claim-c1" id="at-claim-c1"')
    expect(body).toContain('<a href="/articles/a1/cards#actor-ana">Ana</a>')
    const block = /<script type="application\/json" id="card-data">([\s\S]*?)<\/script>/.exec(body)
    expect(block).not.toBeNull()
    expect(block![1]).not.toContain('<')
    const cards = JSON.parse(block![1]!) as Record<string, string>
    expect(Object.keys(cards)).toEqual(['claim-c1', 'actor-ana'])
    expect(cards['claim-c1']).toContain('<section class="card" id="claim-c1"')
    expect(cards['claim-c1']).toContain('The deal is good &lt;/script&gt;.')
    expect(cards['claim-c1']).toContain('href="/v1/claims/c1"')
  })
})
