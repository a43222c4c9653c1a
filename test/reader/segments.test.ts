import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { eachSegment, type Ranged } from '../../src/reader/segments.js'

// Every span shows whole: the segments it covers, in order, are exactly its text.

/** The segments as a list, with copies of the lists eachSegment reuses. */
function segment<T extends Ranged> (text: string, spans: readonly T[], cuts: number[] = []) {
  const out: Array<{ start: number, end: number, text: string, spans: T[], starts: T[] }> = []
  eachSegment(text, spans, cuts, (start, end, covering, starting) => out.push({ start, end, text: text.slice(start, end), spans: [...covering], starts: [...starting] }))
  return out
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200)
const seed = process.env.PROPERTY_SEED === 'random' ? undefined : 15

// characters where code points and UTF-16 units differ (emoji, a flag), a combining accent, markup
const char = fc.constantFrom('a', 'b', ' ', '\n', 'é', 'e\u0301', '😀', '🇺🇦', '<', '&', '"')
const textAndSpans = fc.array(char, { minLength: 1, maxLength: 60 }).chain((chars) => {
  const codePoints = [...chars.join('')]
  const n = codePoints.length
  const span = fc.tuple(fc.nat({ max: n }), fc.nat({ max: n })).map(([a, b]) => {
    const start = Math.min(a, b)
    const end = Math.max(a, b)
    const utf16 = (cp: number) => codePoints.slice(0, cp).join('').length
    return { start, end, startUtf16: utf16(start), endUtf16: utf16(end) }
  })
  return fc.tuple(fc.constant(codePoints), fc.array(span, { maxLength: 25 }))
})

describe('eachSegment()', () => {
  it('gives every span its exact text as the concatenation of the segments it covers', () => {
    fc.assert(fc.property(textAndSpans, ([codePoints, spans]) => {
      const text = codePoints.join('')
      const segments = segment(text, spans)
      expect(segments.map((s) => s.text).join('')).toBe(text)
      for (const s of segments) {
        expect(s.text.length).toBeGreaterThan(0)
        // a segment carries exactly the spans that cover it
        const covering = spans.filter((sp) => sp.startUtf16 < sp.endUtf16 && sp.startUtf16 <= s.start && sp.endUtf16 >= s.end)
        expect(new Set(s.spans)).toEqual(new Set(covering))
      }
      for (const sp of spans) {
        if (sp.start === sp.end) continue
        const covered = segments.filter((s) => s.spans.includes(sp)).map((s) => s.text).join('')
        expect(covered).toBe(codePoints.slice(sp.start, sp.end).join(''))
        expect(covered).toBe(text.slice(sp.startUtf16, sp.endUtf16))
        expect(segments.filter((s) => s.starts.includes(sp))).toHaveLength(1)
      }
    }), { numRuns: RUNS, seed })
  })

  it('never cuts a surrogate pair when spans come from code points', () => {
    fc.assert(fc.property(textAndSpans, ([codePoints, spans]) => {
      for (const s of segment(codePoints.join(''), spans)) expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
    }), { numRuns: RUNS, seed })
  })

  it('orders the spans over a segment outermost first', () => {
    const outer = { startUtf16: 0, endUtf16: 10 }
    const inner = { startUtf16: 2, endUtf16: 5 }
    const partial = { startUtf16: 4, endUtf16: 12 }
    const segments = segment('0123456789ab', [partial, inner, outer])
    expect(segments.map((s) => s.text)).toEqual(['01', '23', '4', '56789', 'ab'])
    expect(segments[2]!.spans).toEqual([outer, inner, partial])
    expect(segments[4]!.spans).toEqual([partial])
  })

  it('cuts where it is told to as well, a span carried on across the cut', () => {
    const span = { startUtf16: 1, endUtf16: 5 }
    const segments = segment('ab\n\ncd', [span], [4, 0, 9])
    expect(segments.map((s) => s.text)).toEqual(['a', 'b\n\n', 'c', 'd'])
    expect(segments.map((s) => s.spans.length)).toEqual([0, 1, 1, 0])
    expect(segments.map((s) => s.starts.length)).toEqual([0, 1, 0, 0])
  })

  it('ignores empty spans and spans outside the text', () => {
    expect(segment('abc', [{ startUtf16: 1, endUtf16: 1 }, { startUtf16: 2, endUtf16: 9 }])).toEqual([{ start: 0, end: 3, text: 'abc', spans: [], starts: [] }])
  })
})
