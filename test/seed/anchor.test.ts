import { describe, expect, it } from 'vitest'
import { anchor, CONTEXT_CHARS, spanAt, type Span } from '../../src/seed/anchor.js'
import { segment } from '../../src/seed/segment.js'
import { TextIndex } from '../../src/seed/text-index.js'

// A flag (two code points outside the BMP, four UTF-16 units), a decomposed "Zoé Kärppä"
// (combining marks: as many code points as UTF-16 units), an emoji, curly quotes, a dash.
const TEXT = 'Top Story\nThe 🇺🇦 flag flew — as Zoe\u0301 Ka\u0308rppa\u0308 said ‘ACME’s deal’ 😀 is good.\n' +
  'What Next?\nThe deal is good. Maybe.\nThe deal is good.'
const index = new TextIndex('t', TEXT, segment(TEXT).sections)

function span (spec: Parameters<typeof anchor>[1]): Span {
  const result = anchor(index, spec)
  if (typeof result === 'string') throw new Error(result)
  return result
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('anchor', () => {
  it('counts code points and UTF-16 units apart after a flag and an emoji', () => {
    const flag = span('🇺🇦 flag')
    expect([flag.start, flag.end, flag.startUtf16, flag.endUtf16]).toEqual([14, 21, 14, 23])
    const zoe = span('Zoe\u0301 Ka\u0308rppa\u0308')
    expect(zoe.startUtf16 - zoe.start).toBe(2) // the flag's two extra units
    expect(zoe.end - zoe.start).toBe(zoe.endUtf16 - zoe.startUtf16) // combining marks are BMP code points
    const good = span('😀 is good')
    expect(good.startUtf16 - good.start).toBe(2)
    expect(good.endUtf16 - good.start).toBe(good.end - good.start + 2 + 1) // + the emoji's own extra unit
  })

  it('slices to the quote both by code points and by UTF-16 units', () => {
    for (const quote of ['The 🇺🇦 flag', 'Zoe\u0301 Ka\u0308rppa\u0308 said', '😀', 'deal’ 😀 is good.\nWhat Next?']) {
      const s = span(quote)
      expect([...TEXT].slice(s.start, s.end).join('')).toBe(quote)
      expect(TEXT.slice(s.startUtf16, s.endUtf16)).toBe(quote)
    }
  })

  it('names the section heading the span falls under', () => {
    expect(span('😀 is good').section).toBe('Top Story')
    expect(span('Maybe.').section).toBe('What Next?')
  })

  it('keeps prefix and suffix to at most 32 code points, without a broken surrogate pair', () => {
    const text = 'a😀🇺🇦b'.repeat(12)
    const idx = new TextIndex('e', text, [])
    for (let u = 0; u <= text.length; u++) {
      if (/[\udc00-\udfff]/.test(text[u] ?? '')) continue // inside a pair: not a code point boundary
      const s = spanAt(idx, { start: u, end: u })
      for (const context of [s.prefix, s.suffix]) {
        expect([...context].length).toBeLessThanOrEqual(CONTEXT_CHARS)
        expect(context).not.toMatch(LONE_SURROGATE)
      }
      expect(text.slice(0, u).endsWith(s.prefix)).toBe(true)
      expect(text.slice(u).startsWith(s.suffix)).toBe(true)
      expect([...s.prefix].length).toBe(Math.min(CONTEXT_CHARS, s.start))
    }
  })

  // Bug: TextIndex.context drops the first character of its window when that character is
  // a whole pair (its regex has no u flag, so it sees the pair's low half), so 40 emoji
  // before a quote give a prefix of 31 code points, not 32.
  it('keeps a full 32 code points of prefix after a run of emoji', () => {
    const text = `${'😀'.repeat(40)}X`
    expect([...spanAt(new TextIndex('e', text, []), { start: 80, end: 81 }).prefix]).toHaveLength(32)
  })

  it('finds a quote typed with straight quotes and hyphens, and stores the article\'s own characters', () => {
    const s = span("flag flew - as Zoe\u0301 Ka\u0308rppa\u0308 said 'ACME's deal'")
    expect(s.quote).toBe('flag flew — as Zoe\u0301 Ka\u0308rppa\u0308 said ‘ACME’s deal’')
    expect(TEXT.slice(s.startUtf16, s.endUtf16)).toBe(s.quote)
  })

  it('finds a quote whose line break was typed as a space', () => {
    expect(span('is good. What Next?').quote).toBe('is good.\nWhat Next?')
  })

  it('returns an error naming the count when a quote occurs twice', () => {
    expect(anchor(index, 'The deal is good.')).toBe('quote "The deal is good." occurs 2 times: add a prefix or an occurrence number')
  })

  it('picks the occurrence that follows the prefix', () => {
    expect(span({ quote: 'The deal is good.', prefix: 'Maybe.\n' }).startUtf16).toBe(TEXT.lastIndexOf('The deal is good.'))
    expect(span({ quote: 'The deal is good.', prefix: 'What Next? ' }).startUtf16).toBe(TEXT.indexOf('The deal is good.'))
  })

  it('picks the numbered occurrence', () => {
    expect(span({ quote: 'The deal is good.', occurrence: 1 }).startUtf16).toBe(TEXT.indexOf('The deal is good.'))
    expect(span({ quote: 'The deal is good.', occurrence: 2 }).startUtf16).toBe(TEXT.lastIndexOf('The deal is good.'))
  })

  it('returns an error when the occurrence number is out of range', () => {
    expect(anchor(index, { quote: 'The deal is good.', occurrence: 3 }))
      .toBe('quote "The deal is good." occurs 2 time(s), so occurrence 3 does not exist')
  })

  it('returns an error when no occurrence follows the prefix', () => {
    expect(anchor(index, { quote: 'The deal is good.', prefix: 'Never' })).toBe('quote "The deal is good." never follows the prefix "Never"')
  })

  it('returns an error when the quote is not in the article, shortening a long quote', () => {
    expect(anchor(index, 'The deal is bad.')).toBe('quote "The deal is bad." is not in the article')
    expect(anchor(index, 'x'.repeat(70))).toBe(`quote "${'x'.repeat(57)}..." is not in the article`)
  })
})
