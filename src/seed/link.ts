import type { Range } from './segment.js'

// Stage 5, link: find each actor's mentions in an article from its aliases. Aliases match
// case-sensitively ("US" is not "us"), as whole words (letters and digits may not touch
// either end, so "Putin's" and "NATO-style" match and "USA" does not), longest first
// (where two matches overlap, the longer wins). An actor's `excludes` lists longer
// strings, such as "non-NATO", inside which an alias is not a mention.
//
// Every alias of every actor is compiled once into a trie of UTF-16 code units, so an
// article is scanned once, whatever the number of actors (a corpus of a million claims
// has tens of thousands of aliases): the candidates are exactly every occurrence of every
// alias, as a search for each alias in turn would find them, and they are ranked the same
// way (longest, then leftmost, then actor and alias order).

export interface AliasSource { id: string, aliases: string[], excludes?: string[] | undefined }
export interface Mention { actorId: string, alias: string, range: Range }

const WORD = /[\p{L}\p{N}\p{M}]/u

/** An ASCII letter or digit: the ASCII members of WORD. */
function asciiWord (c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
}

/** No letter, digit or mark just before `start`. */
function boundaryBefore (text: string, start: number): boolean {
  if (start === 0) return true
  const c = text.charCodeAt(start - 1)
  if (c < 0x80) return !asciiWord(c)
  const lowBefore = start >= 2 && /[\udc00-\udfff]/.test(text[start - 1] as string)
  return !WORD.test(text.slice(lowBefore ? start - 2 : start - 1, start))
}

/** No letter, digit or mark just after `end`. */
function boundaryAfter (text: string, end: number): boolean {
  if (end >= text.length) return true
  const c = text.charCodeAt(end)
  if (c < 0x80) return !asciiWord(c)
  return !WORD.test(String.fromCodePoint(text.codePointAt(end) as number))
}

interface Entry { actor: number, alias: number, length: number }
interface Node { next: Map<number, Node> | undefined, ends: Entry[] | undefined }

function trie (words: Array<{ word: string, entry: Entry }>): Node {
  const root: Node = { next: undefined, ends: undefined }
  for (const { word, entry } of words) {
    if (word.length === 0) continue
    let node = root
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      node.next ??= new Map()
      let child = node.next.get(c)
      if (child === undefined) { child = { next: undefined, ends: undefined }; node.next.set(c, child) }
      node = child
    }
    (node.ends ??= []).push(entry)
  }
  return root
}

/** Calls `hit` for every entry of `root` that occurs at `start`. */
function walk (text: string, start: number, root: Node, hit: (e: Entry) => void): void {
  let node: Node | undefined = root
  for (let i = start; i < text.length; i++) {
    node = node.next?.get(text.charCodeAt(i))
    if (node === undefined) return
    if (node.ends !== undefined) for (const e of node.ends) hit(e)
  }
}

interface Candidate { actor: number, alias: number, start: number, end: number }
interface Compiled { aliasTrie: Node, excludeTrie: Node | undefined, base: number }

/** Compiles the aliases of `actors` once; `base` numbers them after the actors of another list. */
function compile (actors: readonly AliasSource[], base: number): Compiled {
  const aliases: Array<{ word: string, entry: Entry }> = []
  const excludes: Array<{ word: string, entry: Entry }> = []
  actors.forEach((a, i) => {
    const actor = base + i
    a.aliases.forEach((word, alias) => aliases.push({ word, entry: { actor, alias, length: word.length } }))
    ;(a.excludes ?? []).forEach((word, alias) => excludes.push({ word, entry: { actor, alias, length: word.length } }))
  })
  return { aliasTrie: trie(aliases), excludeTrie: excludes.some((e) => e.word.length > 0) ? trie(excludes) : undefined, base }
}

/** Every whole-word occurrence of every alias, minus those inside one of its actor's excludes. */
function candidates (text: string, { aliasTrie, excludeTrie }: Compiled): Candidate[] {
  // the ranges each actor's excludes cover in this text
  const excluded = new Map<number, Range[]>()
  if (excludeTrie !== undefined) {
    for (let start = 0; start < text.length; start++) {
      walk(text, start, excludeTrie, (e) => {
        const list = excluded.get(e.actor)
        const range = { start, end: start + e.length }
        if (list === undefined) excluded.set(e.actor, [range]); else list.push(range)
      })
    }
  }
  const found: Candidate[] = []
  for (let start = 0; start < text.length; start++) {
    if (!boundaryBefore(text, start)) continue
    walk(text, start, aliasTrie, (e) => {
      const end = start + e.length
      if (!boundaryAfter(text, end)) return
      if (excluded.get(e.actor)?.some((r) => r.start <= start && end <= r.end) === true) return
      found.push({ actor: e.actor, alias: e.alias, start, end })
    })
  }
  return found
}

/** Longest first, then leftmost, then actor and alias order: overlapping candidates lose to the first. */
function resolve (text: string, found: Candidate[], actorAt: (i: number) => AliasSource): Mention[] {
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.actor - b.actor || a.alias - b.alias)
  const used = new Uint8Array(text.length)
  const taken: Candidate[] = []
  for (const c of found) {
    let free = true
    for (let i = c.start; i < c.end; i++) if (used[i] === 1) { free = false; break }
    if (!free) continue
    used.fill(1, c.start, c.end)
    taken.push(c)
  }
  taken.sort((a, b) => a.start - b.start)
  return taken.map((c) => {
    const actor = actorAt(c.actor)
    return { actorId: actor.id, alias: actor.aliases[c.alias] as string, range: { start: c.start, end: c.end } }
  })
}

/** Compiles the aliases of `actors` once; the function it returns finds their mentions in a text. */
export function mentionFinder (actors: readonly AliasSource[]): (text: string) => Mention[] {
  const compiled = compile(actors, 0)
  return (text) => resolve(text, candidates(text, compiled), (i) => actors[i] as AliasSource)
}

/**
 * Like mentionFinder for the `shared` aliases, which link in every article, plus aliases
 * `local` to the one article searched, which link there only. A local alias competes with
 * the shared ones as if it were listed after them (an exact tie goes to the shared alias).
 */
export function articleMentionFinder (shared: readonly AliasSource[]): (text: string, local?: readonly AliasSource[]) => Mention[] {
  const compiled = compile(shared, 0)
  return (text, local = []) => {
    if (local.length === 0) return resolve(text, candidates(text, compiled), (i) => shared[i] as AliasSource)
    const own = compile(local, shared.length)
    const actorAt = (i: number) => (i < shared.length ? shared[i] : local[i - shared.length]) as AliasSource
    return resolve(text, [...candidates(text, compiled), ...candidates(text, own)], actorAt)
  }
}

export function findMentions (text: string, actors: readonly AliasSource[]): Mention[] {
  return mentionFinder(actors)(text)
}
