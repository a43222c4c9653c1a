// Spans nest (a claim inside an event inside a sentence) and overlap partly, so they cannot
// all be elements of one tree. The text is cut at every span boundary instead: each
// segment is covered by a fixed set of spans, and a span is exactly the run of segments
// that carry it. Offsets are UTF-16 units (what String.prototype.slice takes); the spans
// carry them beside the code-point offsets of the W3C selectors.

export interface Ranged { startUtf16: number, endUtf16: number }

const outerFirst = (a: Ranged, b: Ranged) => a.startUtf16 - b.startUtf16 || b.endUtf16 - a.endUtf16

/**
 * Walks the text cut at every span boundary and at each of `cuts` (paragraph breaks, say),
 * in one pass: `visit` gets each segment's range, the spans covering it, outermost first
 * (earlier start, then longer; ties in the order given), and those of them that start
 * there. Both lists are reused from one segment to the next (a long article has thousands):
 * read them during the call only. Empty and out-of-range spans are ignored.
 */
export function eachSegment<T extends Ranged> (
  text: string, spans: readonly T[], cuts: readonly number[],
  visit: (start: number, end: number, covering: readonly T[], starting: readonly T[]) => void
): void {
  const n = text.length
  const byStart = spans.filter((s) => s.startUtf16 < s.endUtf16 && s.startUtf16 >= 0 && s.endUtf16 <= n).sort(outerFirst)
  const cut = new Uint8Array(n + 1)
  for (const s of byStart) { cut[s.startUtf16] = 1; cut[s.endUtf16] = 1 }
  for (const c of cuts) if (c > 0 && c < n) cut[c] = 1
  cut[n] = 1
  const covering: T[] = []
  const starting: T[] = []
  let next = 0
  let start = 0
  for (let end = 1; end <= n; end++) {
    if (cut[end] === 0) continue
    let kept = 0
    for (const s of covering) if (s.endUtf16 > start) covering[kept++] = s
    covering.length = kept
    // the spans starting here start after every span still open: appended in order, the
    // list stays sorted outermost first
    starting.length = 0
    while (next < byStart.length && byStart[next]!.startUtf16 === start) { const s = byStart[next++]!; starting.push(s); covering.push(s) }
    visit(start, end, covering, starting)
    start = end
  }
}
