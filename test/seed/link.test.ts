import { describe, expect, it } from 'vitest'
import { findMentions, type AliasSource } from '../../src/seed/link.js'

const ACTORS: AliasSource[] = [
  { id: 'putin', aliases: ['Vladimir Putin', 'Putin'] },
  { id: 'trump', aliases: ['President Trump', 'Trump'] },
  { id: 'us', aliases: ['United States', 'US'] },
  { id: 'nato', aliases: ['NATO'], excludes: ['non-NATO'] },
  { id: 'zoe', aliases: ['Zoe\u0301'] }, // decomposed "Zoé"
  { id: 'zo', aliases: ['Zoe'] }
]

/** The mentions in `text` as [actor, the text at the range]. */
const found = (text: string, actors = ACTORS) =>
  findMentions(text, actors).map((m) => [m.actorId, text.slice(m.range.start, m.range.end)])

describe('findMentions', () => {
  it('finds an alias followed by a possessive, straight or curly', () => {
    expect(found("Putin's grievances and Putin’s terms")).toEqual([['putin', 'Putin'], ['putin', 'Putin']])
  })

  it('counts "NATO-style" as a mention and excludes "non-NATO"', () => {
    expect(found('NATO-style guarantees for non-NATO countries, not NATO.')).toEqual([['nato', 'NATO'], ['nato', 'NATO']])
    expect(findMentions('non-NATO and NATO', ACTORS).map((m) => m.range.start)).toEqual([13])
  })

  it('matches an abbreviation case-sensitively and as a whole word only', () => {
    expect(found('the US, US-led, (US)')).toEqual([['us', 'US'], ['us', 'US'], ['us', 'US']])
    expect(found('join us in the USA on a BUS or USB, Us')).toEqual([])
  })

  it('prefers the longest match where two overlap', () => {
    expect(found('President Trump met Trump; Vladimir Putin met Putin; the United States, the US')).toEqual([
      ['trump', 'President Trump'], ['trump', 'Trump'], ['putin', 'Vladimir Putin'], ['putin', 'Putin'],
      ['us', 'United States'], ['us', 'US']
    ])
  })

  it('lets a longer alias of another actor win over a shorter one inside it', () => {
    const actors: AliasSource[] = [{ id: 'state', aliases: ['Trump'] }, { id: 'person', aliases: ['President Trump'] }]
    expect(found('President Trump', actors)).toEqual([['person', 'President Trump']])
  })

  it('treats a combining mark at the end of a word as part of the word', () => {
    expect(found('Zoe\u0301 spoke')).toEqual([['zoe', 'Zoe\u0301']]) // not "Zoe" followed by a mark
    expect(found('Zoe spoke')).toEqual([['zo', 'Zoe']])
    expect(found('Zoe\u0301s and Zoe\u0301’s')).toEqual([['zoe', 'Zoe\u0301']])
  })

  it('does not match an alias right after a combining mark, and does after an emoji', () => {
    expect(found('e\u0301US and 😀US and 🇺🇦 US')).toEqual([['us', 'US'], ['us', 'US']])
  })

  it('returns mentions in text order with UTF-16 ranges', () => {
    const text = '🇺🇦 NATO and Putin'
    expect(findMentions(text, ACTORS)).toEqual([
      { actorId: 'nato', alias: 'NATO', range: { start: 5, end: 9 } },
      { actorId: 'putin', alias: 'Putin', range: { start: 14, end: 19 } }
    ])
  })
})
