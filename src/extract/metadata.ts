import type { Analysis } from './nlp.js'
import { timeExpressions } from './time.js'

// Article metadata, only where the text states it: a title line (a first line set apart
// that is not a section heading of the question form), the dateline's date and an agency
// named in it ("KYIV, Ukraine (Reuters) —").

export interface Metadata { title: string | null, publisher: string | null, publishedAt: string | null, dateline: { start: number, end: number } | null }

const DATELINE = /^\s*(\p{Lu}[\p{Lu}\p{M} .'-]+(?:,\s*[\p{L}\p{M}\p{N} .,]+?)?)\s*(?:\(([^)]{2,40})\))?\s*[—–-]{1,2}\s+/u

export function findMetadata (a: Analysis): Metadata {
  const first = a.sections[0]
  let title: string | null = null
  // a title is the article's first line set apart as a heading; the question headings of the
  // four-section form ("What's Happening?") are section names, not titles
  if (first?.heading != null && first.headingRange?.start === a.text.length - a.text.trimStart().length && !/\?$/.test(first.heading)) title = first.heading
  const bodyStart = a.sentences[0]?.start ?? 0
  const head = a.text.slice(bodyStart, bodyStart + 200)
  const m = DATELINE.exec(head)
  let publisher: string | null = null
  let publishedAt: string | null = null
  let dateline = null
  if (m !== null) {
    dateline = { start: bodyStart + m.index, end: bodyStart + m[0].trimEnd().length }
    // the parenthesis of a dateline names the agency or publisher that filed it
    if (m[2] !== undefined) publisher = m[2].trim()
  }
  // a full date at the very top of the article (dateline or a line before the body)
  const top = { start: 0, end: Math.min(a.text.length, bodyStart + (m?.[0].length ?? 0) + 40) }
  const date = timeExpressions(a.text, top).find((t) => t.iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(t.iso))
  if (date?.iso != null) publishedAt = date.iso
  return { title, publisher, publishedAt, dateline }
}
