// Whatever a user types into `q` becomes a safe FTS5 query, or a reason it cannot.
// Supported: plain words (all must match), "quoted phrases", prefixes (`guarant*`), OR
// between terms, and -word or NOT word to exclude a term; AND is what words do anyway.
// Everything else the FTS5 grammar knows (NEAR, column filters, ^, parentheses) is read
// as ordinary words, so no input can be a syntax error: every term reaches FTS5 quoted.

export const MAX_TERMS = 32
type FtsResult = { ok: true, query: string } | { ok: false, reason: string }

// A term: an optional leading `-` (exclude), then a "quoted phrase" (its closing quote
// optional) or a word. A word may hold inner apostrophes, hyphens or dots (Putin's,
// NATO-style, U.S): the tokenizer splits it, so it is searched as a phrase of its parts.
const TOKEN = /(?:(?<=^|\s)(-))?(?:"([^"]*)(?:"|$)|([\p{L}\p{N}\p{M}]+(?:['\u2019.-][\p{L}\p{N}\p{M}]+)*\*?))/gu
const PART = /[\p{L}\p{N}\p{M}]+/gu
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`

export function toFtsQuery (input: string): FtsResult {
  const included: string[] = [] // terms and the OR operator, in order
  const excluded: string[] = []
  let not = false
  for (const m of input.matchAll(TOKEN)) {
    const [, dash, phrase, word] = m
    const minus = dash !== undefined
    if (phrase === undefined && !minus) {
      if (word === 'AND') continue
      if (word === 'NOT') { not = true; continue }
      if (word === 'OR') { included.push('OR'); not = false; continue }
    }
    const parts = (phrase ?? word ?? '').match(PART) ?? []
    if (parts.length === 0) continue
    const fts = `${quote(parts.join(' '))}${phrase === undefined && word?.endsWith('*') === true ? '*' : ''}`
    if (minus || not) excluded.push(fts)
    else included.push(fts)
    not = false
  }
  // an OR needs a term on each side: drop leading, doubled and trailing ones
  const cleaned: string[] = []
  for (const p of included) {
    if (p !== 'OR') cleaned.push(p)
    else if (cleaned.length > 0 && cleaned.at(-1) !== 'OR') cleaned.push('OR')
  }
  while (cleaned.at(-1) === 'OR') cleaned.pop()
  const terms = cleaned.filter((p) => p !== 'OR').length
  if (terms === 0) {
    return {
      ok: false,
      reason: excluded.length > 0
        ? 'only excludes words: add at least one word to search for (e.g. guarantees -NATO)'
        : 'has no words to search for: use letters or digits, "quoted phrases" or prefixes such as guarant*'
    }
  }
  if (terms + excluded.length > MAX_TERMS) return { ok: false, reason: `has ${terms + excluded.length} terms; at most ${MAX_TERMS} are searched` }
  const positive = cleaned.join(' ')
  return { ok: true, query: excluded.length === 0 ? positive : `(${positive})${excluded.map((e) => ` NOT ${e}`).join('')}` }
}
