import type { Range, Section } from './segment.js'

// What the anchor and link stages need to know about one article's text: how to turn
// UTF-16 offsets into code points, how to find a quote that was typed with look-alike
// characters, and which section an offset falls in.

const fromEach = (chars: string, to: string) => [...chars].map((c) => [c, to] as const)
const LOOK_ALIKES = new Map<string, string>([
  ...fromEach('\u2018\u2019\u201A\u201B\u2032', "'"),
  ...fromEach('\u201C\u201D\u201E\u201F\u2033', '"'),
  ...fromEach('\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-')
])
const SPACE = /\s/u

/** Folds look-alike quotes and dashes and collapses white space; `map[i]` is the UTF-16 index in `text` of folded char i. */
export function fold (text: string): { folded: string, map: number[] } {
  let folded = ''
  const map: number[] = []
  let inSpace = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (SPACE.test(ch)) {
      if (!inSpace) { folded += ' '; map.push(i) }
      inSpace = true
      continue
    }
    inSpace = false
    folded += LOOK_ALIKES.get(ch) ?? ch
    map.push(i)
  }
  map.push(text.length)
  return { folded, map }
}

export class TextIndex {
  readonly folded: string
  private readonly foldMap: number[]
  /** codePointAt[u] = number of code points before UTF-16 index u. */
  private readonly codePointAt: Uint32Array

  constructor (readonly articleId: string, readonly text: string, readonly sections: readonly Section[]) {
    const { folded, map } = fold(text)
    this.folded = folded
    this.foldMap = map
    this.codePointAt = new Uint32Array(text.length + 1)
    let cp = 0
    for (let u = 0; u < text.length; u++) {
      this.codePointAt[u] = cp
      const code = text.charCodeAt(u)
      // a high surrogate followed by a low one is one code point: count it at the low one
      const pairStart = code >= 0xd800 && code <= 0xdbff && u + 1 < text.length &&
        text.charCodeAt(u + 1) >= 0xdc00 && text.charCodeAt(u + 1) <= 0xdfff
      if (!pairStart) cp++
    }
    this.codePointAt[text.length] = cp
  }

  codePoints (utf16: number): number {
    return this.codePointAt[utf16] as number
  }

  /** Every place `quote` occurs, comparing folded forms, as UTF-16 ranges of the real text. */
  findAll (quote: string): Range[] {
    const needle = fold(quote).folded.trim()
    if (needle === '') return []
    const out: Range[] = []
    for (let i = this.folded.indexOf(needle); i !== -1; i = this.folded.indexOf(needle, i + 1)) {
      const start = this.foldMap[i] as number
      const lastChar = this.foldMap[i + needle.length - 1] as number
      out.push({ start, end: lastChar + (this.text.codePointAt(lastChar)! > 0xffff ? 2 : 1) })
    }
    return out
  }

  /** The section heading in force at a UTF-16 offset (null before the first heading). */
  sectionAt (utf16: number): Section | null {
    let found: Section | null = null
    for (const s of this.sections) {
      const begins = s.headingRange?.start ?? s.range.start
      if (begins <= utf16) found = s
    }
    return found
  }

  /** Up to `n` code points of text ending at (`before`) or starting at a UTF-16 offset. */
  context (utf16: number, n: number, before: boolean): string {
    const chars = before ? Array.from(this.text.slice(Math.max(0, utf16 - 2 * n), utf16)) : Array.from(this.text.slice(utf16, utf16 + 2 * n))
    if (before && utf16 - 2 * n > 0 && chars.length > 0 && /^[\udc00-\udfff]$/.test(chars[0] as string)) chars.shift()
    return before ? chars.slice(-n).join('') : chars.slice(0, n).join('')
  }
}
