import type { SeedQuote, SeedRoleQuote } from '../schemas/seed.js'
import type { Range } from '../seed/segment.js'
import { TextIndex } from '../seed/text-index.js'
import type { DraftActor, DraftClaim, DraftEvent, DraftQuestion, Extract } from './types.js'
import { analyse, type Sentence } from './nlp.js'
import { findActors } from './actors.js'
import { findClaims, type ClaimDraft } from './claims.js'
import { findEvents, type EventDraft } from './events.js'
import { findQuestions } from './questions.js'
import { findMetadata } from './metadata.js'
import { IdAllocator } from './ids.js'
import { quoteAt, type QuoteCache } from './quote.js'

// The extractor: plain text in, a draft annotation out (the seed format plus article-local
// actors), every item marked extracted with its confidence and the rule that made it.
// Deterministic: the same text and registry give the same draft, ids included.

export const EXTRACTOR_VERSION = 'rules-1.6.0'

const provenance = (rule: string, confidence: number) => ({
  origin: 'extracted' as const,
  confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
  extraction: { version: EXTRACTOR_VERSION, rule }
})

export const extract: Extract = ({ id, text, registry }) => {
  const analysis = analyse(text)
  const index = new TextIndex(id, text, analysis.sections)
  const cache: QuoteCache = new Map()
  const quotes = (ranges: Range[]): SeedQuote[] => {
    const out: SeedQuote[] = []
    for (const r of ranges) {
      const q = quoteAt(index, r, cache)
      if (q !== null && !out.some((o) => JSON.stringify(o) === JSON.stringify(q))) out.push(q)
    }
    return out
  }
  const meta = findMetadata(analysis)
  const skip = (s: Sentence) => meta.dateline !== null && s.end <= meta.dateline.end
  // a dateline is metadata, not part of the first claim
  const startOf = (s: Sentence) => meta.dateline !== null && s.start < meta.dateline.end ? meta.dateline.end : s.start

  const set = findActors(analysis, registry, meta.dateline)
  // the agency that filed the story is its publisher, not an actor, where the text names it
  // again ("he told Vistula Wire")
  for (const a of [...set.actors.values()]) {
    if (meta.publisher === null || a.registry || a.name !== meta.publisher) continue
    set.actors.delete(a.id)
    for (let i = set.mentions.length - 1; i >= 0; i--) if (set.mentions[i]?.actor === a.id) set.mentions.splice(i, 1)
  }
  const actors: DraftActor[] = []
  for (const a of set.actors.values()) {
    if (a.mentions.length === 0) continue
    const aliases = [...new Set(a.mentions.map((m) => m.surface))].sort()
    const roles = a.roles.flatMap((r) => {
      const q = quoteAt(index, r.evidence, cache)
      if (q === null) return []
      const evidence: SeedRoleQuote = typeof q === 'string' ? { article: id, quote: q } : { article: id, ...q }
      return [{ relation: r.relation, title: r.title, of: r.of, evidence: [evidence], note: null }]
    })
    const known = registry.find((r) => r.id === a.id)
    actors.push({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases,
      description: known?.description ?? roles[0]?.title ?? null,
      ...(roles.length > 0 && known === undefined ? { roles } : {}),
      ...provenance(a.rule, a.registry ? 0.95 : a.confidence + Math.min(0.1, 0.03 * (a.mentions.length - 1)))
    })
  }

  const claimDrafts = findClaims(analysis, set, startOf)
  const eventDrafts = findEvents(analysis, set, claimDrafts)
  const ids = new IdAllocator(id)
  const eventIds = new Map<EventDraft, string>()
  const events: DraftEvent[] = []
  for (const e of eventDrafts) {
    const evidence = quotes(e.evidence)
    if (evidence.length === 0) continue
    const eid = ids.next(e.title, 6)
    eventIds.set(e, eid)
    events.push({
      id: eid,
      title: e.title,
      kind: e.kind,
      status: e.status,
      when: { text: e.when?.text ?? null, start: e.when?.iso ?? null, end: null },
      location: e.location,
      participants: e.participants,
      evidence,
      ...provenance(e.rule, e.confidence)
    })
  }
  const eventsBy = new Map<Sentence, EventDraft[]>()
  for (const e of eventDrafts) eventsBy.set(e.sentence, [...(eventsBy.get(e.sentence) ?? []), e])
  const eventsOf = (c: ClaimDraft) => (eventsBy.get(c.sentence) ?? []).filter((e) => eventIds.has(e) && e.evidence.some((x) => x.start < c.range.end && c.range.start < x.end)).map((e) => eventIds.get(e) as string)
  const claimIds = new Map<ClaimDraft, string>()
  const claims: DraftClaim[] = []
  for (const c of claimDrafts) {
    const evidence = quotes(c.evidence)
    if (evidence.length === 0) continue
    const cid = ids.next(c.text, 7)
    claimIds.set(c, cid)
    claims.push({
      id: cid,
      text: c.text,
      kind: c.kind,
      speaker: c.speaker,
      sourceKind: c.sourceKind,
      cue: c.cue,
      certainty: c.certainty,
      polarity: c.polarity,
      subjects: c.subjects,
      events: [...new Set(eventsOf(c))],
      evidence,
      related: [],
      ...provenance(c.rule, c.confidence)
    })
  }
  const questions: DraftQuestion[] = []
  for (const q of findQuestions(analysis, eventDrafts, claimDrafts, skip)) {
    const evidence = quotes(q.evidence)
    if (evidence.length === 0) continue
    questions.push({
      id: ids.next(q.text, 8),
      text: q.text,
      kind: q.kind,
      status: 'open',
      resolutionCriteria: q.resolutionCriteria,
      actors: [...new Set(q.actors)],
      events: q.events.flatMap((e) => eventIds.get(e) ?? []),
      claims: q.claims.flatMap((c) => claimIds.get(c) ?? []),
      evidence,
      resolution: null,
      ...provenance(q.rule, q.confidence)
    })
  }
  return {
    article: { id, title: meta.title, publisher: meta.publisher, url: null, publishedAt: meta.publishedAt, language: 'en' },
    actors,
    events,
    claims,
    questions
  }
}
