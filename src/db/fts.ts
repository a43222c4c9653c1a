// Whatever a user types into `q` becomes a safe FTS5 query, or a reason it cannot.
// Supported: plain words (all must match), "quoted phrases", prefixes (`guarant*`) and
// OR between terms. Everything else the FTS5 grammar knows (NEAR, column filters, ^,
// parentheses, AND/NOT) is read as ordinary words, so no input can be a syntax error.

export const MAX_TERMS = 32
export type FtsResult = { ok: true, query: string } | { ok: false, reason: string }

// a word may hold inner apostrophes, hyphens or dots (Putin's, NATO-style, U.S): the
// tokenizer splits it, so it is searched as a phrase of its parts
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019.-][\p{L}\p{N}\p{M}]+)*\*?/gu
const PART = /[\p{L}\p{N}\p{M}]+/gu
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`

function words (text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0])
}

export function toFtsQuery (input: string): FtsResult {
  const parts: string[] = [] // terms and the 'OR' operator, in order
  let rest = input
  while (rest.length > 0) {
    const open = rest.indexOf('"')
    const before = open === -1 ? rest : rest.slice(0, open)
    for (const w of words(before)) parts.push(w === 'OR' ? 'OR' : term(w))
    if (open === -1) break
    const close = rest.indexOf('"', open + 1)
    const phrase = rest.slice(open + 1, close === -1 ? undefined : close).match(PART) ?? []
    if (phrase.length > 0) parts.push(quote(phrase.join(' ')))
    rest = close === -1 ? '' : rest.slice(close + 1)
  }
  // an OR needs a term on each side: drop leading, doubled and trailing ones
  const cleaned: string[] = []
  for (const p of parts) if (p !== 'OR' || (cleaned.length > 0 && cleaned.at(-1) !== 'OR')) cleaned.push(p)
  while (cleaned.at(-1) === 'OR') cleaned.pop()
  const terms = cleaned.filter((p) => p !== 'OR')
  if (terms.length === 0) return { ok: false, reason: 'has no words to search for: use letters or digits, "quoted phrases" or prefixes such as guarant*' }
  if (terms.length > MAX_TERMS) return { ok: false, reason: `has ${terms.length} terms; at most ${MAX_TERMS} are searched` }
  return { ok: true, query: cleaned.join(' ') }
}

function term (w: string): string {
  const parts = w.match(PART) ?? []
  return `${quote(parts.join(' '))}${w.endsWith('*') ? '*' : ''}`
}
