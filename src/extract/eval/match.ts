// The match rule of the extraction evaluation: an extracted item matches a reference item
// when one of its evidence spans overlaps one of the reference item's by at least half of
// the shorter of the two, and is at most three times longer. Matching is one-to-one,
// greedy by the size of the overlap.

export interface Interval { start: number, end: number }

/** The best qualifying overlap (in code points) between two evidence lists, 0 if none. */
export function overlapScore (extracted: Interval[], reference: Interval[]): number {
  let best = 0
  for (const e of extracted) {
    for (const r of reference) {
      const over = Math.min(e.end, r.end) - Math.max(e.start, r.start)
      if (over <= 0) continue
      const le = e.end - e.start
      const lr = r.end - r.start
      if (over >= 0.5 * Math.min(le, lr) && le <= 3 * lr) best = Math.max(best, over)
    }
  }
  return best
}

/** One-to-one greedy matching: extracted index → reference index. */
export function greedyMatch (extracted: Interval[][], reference: Interval[][], score = overlapScore): Map<number, number> {
  const pairs: Array<{ e: number, r: number, s: number }> = []
  extracted.forEach((e, i) => reference.forEach((r, j) => {
    const s = score(e, r)
    if (s > 0) pairs.push({ e: i, r: j, s })
  }))
  pairs.sort((a, b) => b.s - a.s || a.e - b.e || a.r - b.r)
  const byExtracted = new Map<number, number>()
  const taken = new Set<number>()
  for (const p of pairs) {
    if (byExtracted.has(p.e) || taken.has(p.r)) continue
    byExtracted.set(p.e, p.r)
    taken.add(p.r)
  }
  return byExtracted
}

/** Actors match through their mentions: the score is the number of reference mentions an extracted mention matches. */
export function mentionScore (extracted: Interval[], reference: Interval[]): number {
  return reference.filter((r) => overlapScore(extracted, [r]) > 0).length
}

export interface Prf { extracted: number, reference: number, matched: number, precision: number, recall: number, f1: number, perReference: number }

export function prf (extracted: number, reference: number, matched: number): Prf {
  const precision = extracted === 0 ? 0 : matched / extracted
  const recall = reference === 0 ? 0 : matched / reference
  const f1 = precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall)
  return { extracted, reference, matched, precision, recall, f1, perReference: reference === 0 ? 0 : extracted / reference }
}
