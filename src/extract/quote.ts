import type { SeedQuote } from '../schemas/seed.js'
import type { Range } from '../seed/segment.js'
import type { TextIndex } from '../seed/text-index.js'

// Evidence leaves the extractor as quotes, never offsets: the anchor stage places them. A
// quote whose words occur more than once carries its occurrence number, counted exactly as
// the anchor stage counts (folded quotes and dashes, collapsed white space).

/** The quote for a range of the text, trimmed of white space and trailing punctuation. */
export function trimRange (text: string, r: Range): Range {
  let { start, end } = r
  while (start < end && /[\s,;:]/.test(text[start] as string)) start++
  while (end > start && /[\s,;:.]/.test(text[end - 1] as string)) end--
  return { start, end }
}

export function quoteAt (index: TextIndex, range: Range): SeedQuote | null {
  const r = trimRange(index.text, range)
  if (r.end <= r.start) return null
  const quote = index.text.slice(r.start, r.end)
  const found = index.findAll(quote)
  if (found.length <= 1) return quote
  const n = found.findIndex((f) => f.start === r.start)
  return n === -1 ? null : { quote, occurrence: n + 1 }
}
