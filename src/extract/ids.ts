// Ids derive from the article and the item's content only, so extracting the same text again
// gives the same ids (deep links keep working) and two items of one article never share one.

const MAX = 100
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'for', 'that', 'is', 'are', 'was', 'were', 'be', 'it', 'its', 'with', 'as', 'by', 'at', 'this', 'has', 'have', 'had'])

/** Lower-case ASCII slug of any text: accents dropped, other characters as separators. */
export function slug (text: string, maxWords = 8): string {
  const ascii = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  const all = ascii.split(/[^a-z0-9]+/).filter(Boolean)
  const content = all.filter((w) => !STOP.has(w))
  const chosen = (content.length > 0 ? content : all).slice(0, maxWords)
  return chosen.join('-').slice(0, 60).replace(/-+$/, '') || 'item'
}

/** Hands out ids unique within one article: a clash gets -2, -3 in order of appearance. */
export class IdAllocator {
  private readonly used = new Set<string>()
  /** where each base's search for a free number resumes: numbers below were all taken, and
   * ids are never freed, so the answer is the one a search from 2 would give, in linear time */
  private readonly resume = new Map<string, number>()
  constructor (private readonly prefix: string) {}

  next (content: string, words = 6): string {
    const head = this.prefix === '' ? '' : `${slug(this.prefix, 6).slice(0, 36).replace(/-+$/, '')}-`
    const base = `${head}${slug(content, words)}`.slice(0, MAX - 4).replace(/-+$/, '')
    let id = base
    let n = this.resume.get(base) ?? 2
    if (this.used.has(id)) { for (id = `${base}-${n}`; this.used.has(id); n++) id = `${base}-${n + 1}`; this.resume.set(base, n + 1) }
    this.used.add(id)
    return id
  }

  /** Reserves an id (a registry actor's) so no new item takes it. */
  reserve (id: string): void { this.used.add(id) }
}
