import * as chrono from 'chrono-node'
import type { Range } from '../seed/segment.js'

// Time expressions ("next week", "on March 4", "in 2027") from chrono-node, as the article
// words them. `start` is an ISO date only where the text fixes it (a year is stated or the
// date is absolute); relative expressions keep their words and no date: the article's own
// date is not known to the extractor unless its dateline states it.

export interface TimeExpression extends Range { text: string, start: number, end: number, iso: string | null }

const REFERENCE = new Date(Date.UTC(2000, 0, 1))

export function timeExpressions (text: string, within: Range): TimeExpression[] {
  const body = text.slice(within.start, within.end)
  return chrono.parse(body, REFERENCE).map((r) => {
    const certainYear = r.start.isCertain('year')
    let iso: string | null = null
    if (certainYear) {
      const y = String(r.start.get('year')).padStart(4, '0')
      const m = r.start.isCertain('month') ? `-${String(r.start.get('month')).padStart(2, '0')}` : ''
      const day = m !== '' && r.start.isCertain('day') ? `-${String(r.start.get('day')).padStart(2, '0')}` : ''
      iso = `${y}${m}${day}`
    }
    const start = within.start + r.index
    return { text: r.text, start, end: start + r.text.length, iso }
  })
}
