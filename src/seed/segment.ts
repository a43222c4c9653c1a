// Stage 3, segment: find an article's sections and sentences. Offsets here are UTF-16
// code units (JavaScript string indexes); the anchor stage converts them for spans.
//
// A heading is a line of its own, of at most 12 words, that does not end like a sentence
// of prose ('.', ',', ';', ':') and is followed by more text; a Markdown `#` line is one
// too. A short line can be text all the same: a list row ("North: 1,200 homes (up 12
// percent)"), a dateline, a byline, or a one-line question that is not in Title Case
// (headings such as "What's Next?" are). Such a line is a sentence of its section.
// Sentences come from Intl.Segmenter (ICU's sentence rules), trimmed of white space;
// ICU splits after "U.S." or "Mr." before a capital, so a piece ending in a known
// abbreviation is joined to the next.
//
// Linear time: Intl.Segmenter's time grows with the square of the string it is given (a
// one-section 1 MB article took minutes), so it is given one line at a time (ICU always
// breaks after a line feed, so the boundaries are the same), and a line longer than WINDOW
// in windows: every sentence of a window but its last is kept, and the next window starts
// where that last one started (ICU's rules look only a few characters around a boundary).

export interface Range { start: number, end: number }
export interface Section { ord: number, heading: string | null, headingRange: Range | null, range: Range }
interface Sentence { ord: number, sectionOrd: number, range: Range }
export interface Segmentation { readonly sections: readonly Section[], readonly sentences: readonly Sentence[] }

interface Line { start: number, end: number, text: string }

function lines (text: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (const part of text.split('\n')) {
    const end = start + part.length
    const trimmedEnd = part.endsWith('\r') ? end - 1 : end
    out.push({ start, end: trimmedEnd, text: text.slice(start, trimmedEnd) })
    start = end + 1
  }
  return out
}

export function isHeading (line: string, hasTextAfter: boolean): boolean {
  const t = line.trim()
  if (t === '' || !hasTextAfter) return false
  if (/^#{1,6}\s/.test(t)) return true
  if (t.split(/\s+/).length > 12 || ENDS_LIKE_PROSE.test(t)) return false
  if (isListRow(t) || isDateline(t) || isByline(t)) return false
  // "What's Next?" heads a section; "Will the walls hold?" on a line of its own is text
  if (/[?!]["'\u2019\u201D]?$/.test(t)) return isTitleCase(t)
  // a figure, a closing bracket or a dash ends a row of data or a dateline, not a heading
  return !/[\p{N}%)\]\-\u2013\u2014]$/u.test(t)
}

const ENDS_LIKE_PROSE = /[.,;:]["'\u2019\u201D\u00BB)\]]?$/
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'onto', 'over', 'per', 'than', 'up'])

/** Every word but the minor ones starts with a capital or a digit: "Beyond the Headlines". */
function isTitleCase (t: string): boolean {
  const words = t.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter((w) => w !== '')
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORDS.has(w.toLowerCase().replace(/[^a-z]+$/, ''))))
}

/** A bullet, a numbered item, or "Label: value" where the value is not a title ("North: 1,200 homes"). */
function isListRow (t: string): boolean {
  if (/^(?:[-*\u2022\u2013\u2014]|\d{1,3}[.)])\s/u.test(t)) return true
  const colon = /^[^:]{1,40}:\s+(\S.*)$/u.exec(t)
  return colon !== null && !isTitleCase(colon[1] as string)
}

const MONTH_OR_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?|\\d'
const DATELINE = new RegExp(`^\\p{Lu}[\\p{Lu}\\s.'\u2019-]*\\p{Lu}\\.?(?:,\\s*(?:${MONTH_OR_DAY})|\\s*\\(|\\s+[-\u2013\u2014])`, 'u')

/** "KYIV, March 4 (Reuters) -", "WASHINGTON (AP) —": a place in capitals, then a date, a bracket or a dash. */
function isDateline (t: string): boolean {
  return DATELINE.test(t)
}

/** "By Jane Doe": who wrote it, not a section. */
function isByline (t: string): boolean {
  return /^By\s+\p{Lu}/u.test(t) && t.split(/\s+/).length <= 8
}

const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Pres|No|vs|etc|e\.g|i\.e|[A-Z](?:\.[A-Z])+)\.$/

const WINDOW = 8192

/** ICU's sentences of one line, at their offsets in the line, a window at a time. */
function * sentencePieces (segmenter: Intl.Segmenter, line: string): Generator<{ index: number, segment: string }> {
  let pos = 0
  let size = WINDOW
  while (pos < line.length) {
    const pieces = [...segmenter.segment(line.slice(pos, pos + size))]
    const last = pieces.at(-1) as Intl.SegmentData
    if (pos + size >= line.length) {
      for (const p of pieces) yield { index: pos + p.index, segment: p.segment }
      return
    }
    if (pieces.length === 1) { size *= 2; continue } // one sentence longer than the window
    for (const p of pieces.slice(0, -1)) yield { index: pos + p.index, segment: p.segment }
    pos += last.index
    size = WINDOW
  }
}

export function segment (text: string, locale = 'en'): Segmentation {
  // the load stage segments a text to check it has a sentence, the segment stage again for
  // its spans: the last answer is kept for the second ask (read-only to every caller)
  if (last !== null && last.text === text && last.locale === locale) return last.result
  const result = segmentAfresh(text, locale)
  last = { text, locale, result }
  return result
}

let last: { text: string, locale: string, result: Segmentation } | null = null

function segmentAfresh (text: string, locale: string): Segmentation {
  const all = lines(text)
  const sections: Section[] = []
  let current: Section | null = null
  let lastText = -1
  all.forEach((line, i) => { if (line.text.trim() !== '') lastText = i })
  all.forEach((line, i) => {
    const hasTextAfter = i < lastText
    if (isHeading(line.text, hasTextAfter)) {
      const lead = line.text.length - line.text.trimStart().length
      const headingText = line.text.trim().replace(/^#{1,6}\s+/, '')
      const hStart = line.start + line.text.indexOf(headingText, lead)
      current = {
        ord: sections.length,
        heading: headingText,
        headingRange: { start: hStart, end: hStart + headingText.length },
        range: { start: line.end, end: line.end }
      }
      sections.push(current)
    } else if (line.text.trim() !== '') {
      if (current === null) {
        current = { ord: sections.length, heading: null, headingRange: null, range: { start: line.start, end: line.end } }
        sections.push(current)
      }
      if (current.range.start === current.range.end) current.range.start = line.start
      current.range.end = line.end
    }
  })
  for (const s of sections) { // a section's body starts at its first non-blank character
    const body = text.slice(s.range.start, s.range.end)
    s.range.start += body.length - body.trimStart().length
    if (s.range.end < s.range.start) s.range.end = s.range.start
  }

  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  const sentences: Sentence[] = []
  for (const s of sections) {
    for (const line of lines(text.slice(s.range.start, s.range.end))) {
      for (const piece of sentencePieces(segmenter, line.text)) {
        const lead = piece.segment.length - piece.segment.trimStart().length
        const trimmed = piece.segment.trim()
        if (trimmed === '') continue
        const start = s.range.start + line.start + piece.index + lead
        const previous = sentences.at(-1)
        if (previous !== undefined && previous.sectionOrd === s.ord && ABBREVIATION.test(text.slice(previous.range.start, previous.range.end))) {
          previous.range.end = start + trimmed.length
          continue
        }
        sentences.push({ ord: sentences.length, sectionOrd: s.ord, range: { start, end: start + trimmed.length } })
      }
    }
  }
  return { sections, sentences }
}
