// Spans nest (a claim inside an event inside a sentence) and overlap partly, so they cannot
// all be elements of one tree. The text is cut at every span boundary instead: each
// segment is covered by a fixed set of spans, and a span is exactly the run of segments
// that carry it. Offsets are UTF-16 units (what String.prototype.slice takes); the spans
// carry them beside the code-point offsets of the W3C selectors.

export interface Ranged { startUtf16: number, endUtf16: number }

export interface Segment<T extends Ranged> {
  start: number
  end: number
  text: string
  /** the spans covering this segment, outermost first (earlier start, then longer) */
  spans: T[]
  /** the spans that start at this segment, in the same order */
  starts: T[]
}

const outerFirst = (a: Ranged, b: Ranged) => a.startUtf16 - b.startUtf16 || b.endUtf16 - a.endUtf16

/** The text cut at every span boundary; empty and out-of-range spans are ignored. */
export function segment<T extends Ranged> (text: string, spans: readonly T[]): Array<Segment<T>> {
  const valid = spans.filter((s) => s.startUtf16 < s.endUtf16 && s.startUtf16 >= 0 && s.endUtf16 <= text.length)
  const byStart = [...valid].sort(outerFirst)
  const cuts = new Set<number>([0, text.length])
  for (const s of valid) { cuts.add(s.startUtf16); cuts.add(s.endUtf16) }
  const points = [...cuts].sort((a, b) => a - b)

  const out: Array<Segment<T>> = []
  let active: T[] = []
  let next = 0
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    if (active.length > 0) active = active.filter((s) => s.endUtf16 > start)
    const starts: T[] = []
    while (next < byStart.length && byStart[next]!.startUtf16 === start) starts.push(byStart[next++]!)
    if (starts.length > 0) active = [...active, ...starts].sort(outerFirst)
    out.push({ start, end, text: text.slice(start, end), spans: active, starts })
  }
  return out
}
