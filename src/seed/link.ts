import type { Range } from './segment.js'

// Stage 5, link: find each actor's mentions in an article from its aliases. Aliases match
// case-sensitively ("US" is not "us"), as whole words (letters and digits may not touch
// either end, so "Putin's" and "NATO-style" match and "USA" does not), longest first
// (where two matches overlap, the longer wins). An actor's `excludes` lists longer
// strings, such as "non-NATO", inside which an alias is not a mention.

export interface AliasSource { id: string, aliases: string[], excludes?: string[] | undefined }
export interface Mention { actorId: string, alias: string, range: Range }

const WORD = /[\p{L}\p{N}\p{M}]/u

function occurrences (text: string, needle: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i)
  return out
}

function isWholeWord (text: string, start: number, end: number): boolean {
  const lowBefore = start >= 2 && /[\udc00-\udfff]/.test(text[start - 1] as string)
  const before = start === 0 ? '' : text.slice(lowBefore ? start - 2 : start - 1, start)
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end) as number) : ''
  return !WORD.test(before) && !WORD.test(after)
}

export function findMentions (text: string, actors: AliasSource[]): Mention[] {
  const candidates: Mention[] = []
  for (const actor of actors) {
    const excluded: Range[] = (actor.excludes ?? []).flatMap((ex) =>
      occurrences(text, ex).map((start) => ({ start, end: start + ex.length })))
    for (const alias of actor.aliases) {
      for (const start of occurrences(text, alias)) {
        const end = start + alias.length
        if (!isWholeWord(text, start, end)) continue
        if (excluded.some((r) => r.start <= start && end <= r.end)) continue
        candidates.push({ actorId: actor.id, alias, range: { start, end } })
      }
    }
  }
  candidates.sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start) || a.range.start - b.range.start)
  const taken: Mention[] = []
  for (const c of candidates) {
    if (taken.some((t) => c.range.start < t.range.end && t.range.start < c.range.end)) continue
    taken.push(c)
  }
  return taken.sort((a, b) => a.range.start - b.range.start)
}
