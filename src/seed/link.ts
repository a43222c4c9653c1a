import type { Range } from './segment.js'

// Stage 5, link: find each actor's mentions in an article from its aliases. Aliases match
// case-sensitively ("US" is not "us"), as whole words (letters and digits may not touch
// either end, so "Putin's" and "NATO-style" match and "USA" does not), longest first
// (where two matches overlap, the longer wins). An actor's `excludes` lists longer
// strings, such as "non-NATO", inside which an alias is not a mention.
//
// Aliases are indexed by their first word, so an article is read once, word by word,
// whatever the number of actors: a corpus of thousands of actors links in linear time.

export interface AliasSource { id: string, aliases: string[], excludes?: string[] | undefined }
export interface Mention { actorId: string, alias: string, range: Range }

const WORD = /[\p{L}\p{N}\p{M}]/u
const WORDS = /[\p{L}\p{N}\p{M}]+/gu

interface Entry { actor: AliasSource, alias: string }

/** Aliases by first word; aliases that do not start with a word character are scanned for. */
export class AliasIndex {
  readonly byFirstWord = new Map<string, Entry[]>()
  readonly others: Entry[] = []
  constructor (actors: AliasSource[]) {
    for (const actor of actors) {
      for (const alias of actor.aliases) {
        const first = alias.match(/^[\p{L}\p{N}\p{M}]+/u)?.[0]
        if (first === undefined) { this.others.push({ actor, alias }); continue }
        const list = this.byFirstWord.get(first) ?? []
        list.push({ actor, alias })
        this.byFirstWord.set(first, list)
      }
    }
  }
}

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

export function findMentions (text: string, actors: AliasSource[] | AliasIndex): Mention[] {
  const index = actors instanceof AliasIndex ? actors : new AliasIndex(actors)
  const candidates: Mention[] = []
  const consider = ({ actor, alias }: Entry, start: number) => {
    const end = start + alias.length
    if (text.startsWith(alias, start) && isWholeWord(text, start, end)) candidates.push({ actorId: actor.id, alias, range: { start, end } })
  }
  // each maximal run of word characters is a word start; an alias can only begin at one
  for (const m of text.matchAll(WORDS)) {
    for (const entry of index.byFirstWord.get(m[0]) ?? []) consider(entry, m.index)
  }
  for (const entry of index.others) for (const start of occurrences(text, entry.alias)) consider(entry, start)

  // drop matches inside an actor's excluded strings
  const excluded = new Map<string, Range[]>()
  const kept = candidates.filter((c) => {
    const actor = findActor(index, c)
    if (actor?.excludes === undefined || actor.excludes.length === 0) return true
    let ranges = excluded.get(actor.id)
    if (ranges === undefined) {
      ranges = actor.excludes.flatMap((ex) => occurrences(text, ex).map((start) => ({ start, end: start + ex.length })))
      excluded.set(actor.id, ranges)
    }
    return !ranges.some((r) => r.start <= c.range.start && c.range.end <= r.end)
  })

  kept.sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start) || a.range.start - b.range.start)
  const taken: Mention[] = []
  for (const c of kept) {
    if (taken.some((t) => c.range.start < t.range.end && t.range.start < c.range.end)) continue
    taken.push(c)
  }
  return taken.sort((a, b) => a.range.start - b.range.start)
}

function findActor (index: AliasIndex, m: Mention): AliasSource | undefined {
  const first = m.alias.match(/^[\p{L}\p{N}\p{M}]+/u)?.[0]
  const pool = first === undefined ? index.others : index.byFirstWord.get(first) ?? []
  return pool.find((e) => e.actor.id === m.actorId)?.actor
}
