import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { SeedActor, SeedQuote } from '../../src/schemas/seed.js'
import { extract } from '../../src/extract/index.js'
import { anchor } from '../../src/seed/anchor.js'
import { segment } from '../../src/seed/segment.js'
import { TextIndex } from '../../src/seed/text-index.js'
import type { DraftAnnotation } from '../../src/extract/types.js'

export const registry = parse(readFileSync('seed/actors.yaml', 'utf8')) as SeedActor[]

export function run (text: string, id = 'test-article', reg: SeedActor[] = []): DraftAnnotation {
  return extract({ id, text, registry: reg })
}

/** Every evidence quote of a draft placed by the seed's anchor stage: the list of those that fail. */
export function unplaced (draft: DraftAnnotation, text: string): string[] {
  const index = new TextIndex(draft.article.id, text, segment(text).sections)
  const bad: string[] = []
  const check = (what: string, q: SeedQuote) => { const r = anchor(index, q); if (typeof r === 'string') bad.push(`${what}: ${r}`) }
  for (const e of draft.events) e.evidence.forEach((q) => check(e.id, q))
  for (const c of draft.claims) c.evidence.forEach((q) => check(c.id, q))
  for (const q of draft.questions) q.evidence.forEach((x) => check(q.id, x))
  for (const a of draft.actors) for (const r of a.roles ?? []) r.evidence.forEach((q) => check(a.id, q))
  return bad
}
