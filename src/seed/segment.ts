// Stage 3, segment: find an article's sections and sentences. Offsets here are UTF-16
// code units (JavaScript string indexes); the anchor stage converts them for spans.
//
// A heading is a line of its own, of at most 12 words, that does not end like a sentence
// of prose ('.', ',', ';', ':') and is followed by more text; a Markdown `#` line is one
// too. Sentences come from Intl.Segmenter (ICU's sentence rules), trimmed of white space;
// ICU splits after "U.S." or "Mr." before a capital, so a piece ending in a known
// abbreviation is joined to the next.

export interface Range { start: number, end: number }
export interface Section { ord: number, heading: string | null, headingRange: Range | null, range: Range }
interface Sentence { ord: number, sectionOrd: number, range: Range }
export interface Segmentation { sections: Section[], sentences: Sentence[] }

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

function isHeading (line: string, hasTextAfter: boolean): boolean {
  const t = line.trim()
  if (t === '' || !hasTextAfter) return false
  if (/^#{1,6}\s/.test(t)) return true
  return t.split(/\s+/).length <= 12 && !/[.,;:]["'\u2019\u201D\u00BB)\]]?$/.test(t)
}

const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Pres|No|vs|etc|e\.g|i\.e|[A-Z](?:\.[A-Z])+)\.$/

export function segment (text: string, locale = 'en'): Segmentation {
  const all = lines(text)
  const sections: Section[] = []
  let current: Section | null = null
  all.forEach((line, i) => {
    const hasTextAfter = all.slice(i + 1).some((l) => l.text.trim() !== '')
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
    const body = text.slice(s.range.start, s.range.end)
    for (const piece of segmenter.segment(body)) {
      const lead = piece.segment.length - piece.segment.trimStart().length
      const trimmed = piece.segment.trim()
      if (trimmed === '') continue
      const start = s.range.start + piece.index + lead
      const previous = sentences.at(-1)
      if (previous !== undefined && previous.sectionOrd === s.ord && ABBREVIATION.test(text.slice(previous.range.start, previous.range.end))) {
        previous.range.end = start + trimmed.length
        continue
      }
      sentences.push({ ord: sentences.length, sectionOrd: s.ord, range: { start, end: start + trimmed.length } })
    }
  }
  return { sections, sentences }
}
