import type { SeedQuote } from '../schemas/seed.js'
import type { Range } from '../seed/segment.js'
import type { TextIndex } from '../seed/text-index.js'

// Evidence leaves the extractor as quotes, never offsets: the anchor stage places them. A
// quote whose words occur more than once carries its occurrence number, counted exactly as
// the anchor stage counts (folded quotes and dashes, collapsed white space).

/** The quote for a range of the text, trimmed of white space and trailing punctuation. */
function trimRange (text: string, r: Range): Range {
  let { start, end } = r
  while (start < end && /[\s,;:]/.test(text[start] as string)) start++
  while (end > start && /[\s,;:.]/.test(text[end - 1] as string)) end--
  return { start, end }
}

/** Where each distinct quote occurs, searched once per extraction. */
export type QuoteCache = Map<string, Range[]>

export function quoteAt (index: TextIndex, range: Range, cache: QuoteCache = new Map()): SeedQuote | null {
  const r = trimRange(index.text, range)
  if (r.end <= r.start) return null
  const quote = index.text.slice(r.start, r.end)
  let found = cache.get(quote)
  if (found === undefined) { found = index.findAll(quote); cache.set(quote, found) }
  if (found.length <= 1) return quote
  const n = found.findIndex((f) => f.start === r.start)
  return n === -1 ? null : { quote, occurrence: n + 1 }
}
