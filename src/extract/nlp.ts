import winkNLP, { type ItemSentence } from 'wink-nlp'
import { createRequire } from 'node:module'
import { isHeading, type Range, type Section } from '../seed/segment.js'

// Sentences, tokens, parts of speech and lemmas from wink-nlp. Its offsets are not trusted:
// each token is found again in the original text, left to right, so every range below is a
// real UTF-16 range of the article (emoji, accents and curly quotes included).

export interface Token extends Range {
  text: string
  lower: string
  lemma: string
  pos: string
}

export interface Sentence extends Range {
  ord: number
  text: string
  tokens: Token[]
  section: string | null
}

export interface Analysis { text: string, sections: Section[], sentences: Sentence[] }

// The language model (about 45 MiB in memory) is loaded on first use: a build or an ingest
// of annotated articles never extracts, and need not hold it.
let engine: ReturnType<typeof winkNLP> | undefined
const nlp = () => (engine ??= winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0]))

function sentencesOf (text: string, body: Range, section: string | null, ordStart: number): Sentence[] {
  const chunk = text.slice(body.start, body.end)
  const doc = nlp().readDoc(chunk)
  const its = nlp().its
  const out: Sentence[] = []
  let cursor = 0
  doc.sentences().each((s: ItemSentence) => {
    const values = s.tokens().out() as string[]
    const pos = s.tokens().out(its.pos) as string[]
    // the typings of its.lemma disagree with the other its.* helpers; it returns strings alike
    const lemma = s.tokens().out(its.lemma as unknown as typeof its.pos) as string[]
    const tokens: Token[] = []
    values.forEach((value, i) => {
      // searched in the chunk only, so a token that cannot be placed costs no more than it
      const found = chunk.indexOf(value, cursor)
      // a token the library normalised cannot be placed: skip it rather than guess an offset
      if (found === -1) return
      cursor = found + value.length
      const at = body.start + found
      tokens.push({ start: at, end: at + value.length, text: value, lower: value.toLowerCase(), lemma: (lemma[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X' })
    })
    const first = tokens[0]
    const last = tokens.at(-1)
    if (first === undefined || last === undefined) return
    out.push({ ord: ordStart + out.length, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens, section })
  })
  return out
}

// wink-nlp's time grows faster than the length of one document, so the text goes to it a
// paragraph at a time, and a paragraph longer than this in pieces cut after a sentence end
const CHUNK = 10_000

function chunks (text: string, body: Range): Range[] {
  const out: Range[] = []
  let start = body.start
  while (start < body.end) {
    const newline = text.indexOf('\n', start)
    let end = newline === -1 || newline > body.end ? body.end : newline
    if (end - start > CHUNK) {
      const cut = text.lastIndexOf('. ', start + CHUNK)
      end = cut > start ? cut + 1 : start + CHUNK
    }
    if (text.slice(start, end).trim() !== '') out.push({ start, end })
    start = end + (text[end] === '\n' ? 1 : 0)
    if (end === start - 1 && text[end] !== '\n') start = end
  }
  return out
}

/**
 * Sections by the seed segmenter's own heading rule (`isHeading`), so the two agree on what
 * is a heading. Its sentence pass is not needed here (wink-nlp finds the sentences), and
 * Intl.Segmenter's time grows with the square of a long section's length.
 */
function sectionsOf (text: string): Section[] {
  const lines: Range[] = []
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    lines.push({ start, end: text[end - 1] === '\r' ? end - 1 : end })
    start = end + 1
  }
  const textAfter: boolean[] = new Array(lines.length).fill(false)
  for (let i = lines.length - 2, seen = false; i >= 0; i--) {
    const next = lines[i + 1] as Range
    seen = seen || text.slice(next.start, next.end).trim() !== ''
    textAfter[i] = seen
  }
  const sections: Section[] = []
  let current: Section | null = null
  lines.forEach((l, i) => {
    const line = text.slice(l.start, l.end)
    if (isHeading(line, textAfter[i] === true)) {
      const heading = line.trim().replace(/^#{1,6}\s+/, '')
      const hStart = l.start + line.indexOf(heading)
      current = { ord: sections.length, heading, headingRange: { start: hStart, end: hStart + heading.length }, range: { start: l.end, end: l.end } }
      sections.push(current)
    } else if (line.trim() !== '') {
      const lead = line.length - line.trimStart().length
      if (current === null) { current = { ord: sections.length, heading: null, headingRange: null, range: { start: l.start + lead, end: l.end } }; sections.push(current) }
      if (current.range.start === current.range.end) current.range.start = l.start + lead
      current.range.end = l.end
    }
  })
  return sections
}

/** Sections (headings are not claims), then sentences and tokens from wink-nlp. */
export function analyse (text: string): Analysis {
  const sections = sectionsOf(text)
  const sentences: Sentence[] = []
  for (const s of sections) for (const c of chunks(text, s.range)) sentences.push(...sentencesOf(text, c, s.heading, sentences.length))
  return { text, sections, sentences }
}

/** The sentence holding a UTF-16 offset (binary search: sentences are in text order). */
export function sentenceAt (a: Analysis, at: number): Sentence | undefined {
  let lo = 0
  let hi = a.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = a.sentences[mid] as Sentence
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}
