import type { SeedActor } from '../../schemas/seed.js'
import { anchor, type Span } from '../../seed/anchor.js'
import { mentionFinder } from '../../seed/link.js'
import type { Dataset } from '../../seed/model.js'
import { segment } from '../../seed/segment.js'
import { TextIndex } from '../../seed/text-index.js'
import { extract } from '../index.js'
import type { DraftAnnotation } from '../types.js'
import { greedyMatch, mentionScore, prf, type Interval, type Prf } from './match.js'

// Scores the extractor against reference annotations built by the seed pipeline. Extracted
// quotes are placed by the same anchor stage; an actor's evidence is its mentions in the
// article (the reference's from the registry it was built with, the draft's from the
// aliases it proposes). Attribute accuracies are over the REFERENCE items: an unmatched
// reference item counts as wrong. Speakers are compared through the actor matching, so a
// draft's new id for a reference actor still counts as that actor.

export const TYPES = ['actors', 'claims', 'events', 'questions'] as const
const BANDS = [[0, 0.4], [0.4, 0.6], [0.6, 0.8], [0.8, 1.01]] as const

export interface Counted { right: number, total: number }
export interface SplitScore {
  articles: number
  types: Record<typeof TYPES[number], Prf>
  accuracy: Record<'speaker' | 'sourceKind' | 'cue' | 'certainty' | 'polarity' | 'eventStatus' | 'denialPolarity', Counted>
  spans: Counted
  bands: Array<{ band: string, extracted: number, matched: number, precision: number }>
  errors: string[]
}

interface Item { spans: Interval[], confidence: number }
const iv = (s: Span): Interval => ({ start: s.start, end: s.end })
const cueNorm = (c: string | null) => (c ?? '').toLowerCase().replace(/[^a-z ]/g, '').trim()
const cueRight = (e: string | null, r: string | null) => cueNorm(e) === cueNorm(r) ||
  (e !== null && r !== null && (cueNorm(e).includes(cueNorm(r)) || cueNorm(r).includes(cueNorm(e))))

export class Accumulator {
  articles = 0
  spans: Counted = { right: 0, total: 0 }
  errors: string[] = []
  readonly misses: string[] = []
  private readonly counts = new Map<string, { extracted: number, reference: number, matched: number }>()
  private readonly acc = new Map<string, Counted>()
  private readonly bands = BANDS.map(() => ({ extracted: 0, matched: 0 }))

  add (type: string, items: Item[], reference: number, match: Map<number, number>): void {
    const c = this.counts.get(type) ?? { extracted: 0, reference: 0, matched: 0 }
    c.extracted += items.length; c.reference += reference; c.matched += match.size
    this.counts.set(type, c)
    items.forEach((item, i) => {
      const band = this.bands[BANDS.findIndex(([lo, hi]) => item.confidence >= lo && item.confidence < hi)]
      if (band === undefined) return
      band.extracted++
      if (match.has(i)) band.matched++
    })
  }

  count (what: string, right: boolean, miss?: string): void {
    const c = this.acc.get(what) ?? { right: 0, total: 0 }
    c.total++
    if (right) c.right++
    else if (miss !== undefined) this.misses.push(miss)
    this.acc.set(what, c)
  }

  result (): SplitScore {
    const t = (type: string) => { const c = this.counts.get(type) ?? { extracted: 0, reference: 0, matched: 0 }; return prf(c.extracted, c.reference, c.matched) }
    const a = (what: string) => this.acc.get(what) ?? { right: 0, total: 0 }
    return {
      articles: this.articles,
      types: { actors: t('actors'), claims: t('claims'), events: t('events'), questions: t('questions') },
      accuracy: { speaker: a('speaker'), sourceKind: a('sourceKind'), cue: a('cue'), certainty: a('certainty'), polarity: a('polarity'), eventStatus: a('eventStatus'), denialPolarity: a('denialPolarity') },
      spans: this.spans,
      bands: BANDS.map(([lo, hi], i) => {
        const b = this.bands[i] as { extracted: number, matched: number }
        return { band: `${lo.toFixed(1)}-${Math.min(1, hi).toFixed(1)}`, extracted: b.extracted, matched: b.matched, precision: b.extracted === 0 ? 0 : b.matched / b.extracted }
      }),
      errors: this.errors
    }
  }
}

export function evaluateArticle (ref: Dataset, articleId: string, registry: readonly SeedActor[], acc: Accumulator): DraftAnnotation {
  const article = ref.articles.find((a) => a.id === articleId)
  if (article === undefined) throw new Error(`no article ${articleId}`)
  acc.articles++
  const draft = extract({ id: articleId, text: article.text, registry })
  const index = new TextIndex(articleId, article.text, segment(article.text).sections)
  const place = (what: string, quotes: Array<Parameters<typeof anchor>[1]>): Interval[] => quotes.flatMap((q) => {
    acc.spans.total++
    const r = anchor(index, q)
    if (typeof r === 'string') { acc.errors.push(`${articleId} ${what}: ${r}`); return [] }
    acc.spans.right++
    return [iv(r)]
  })

  // actors, through their mentions in this article
  const refActors = ref.actors.map((a) => ({ a, spans: a.mentions.filter((m) => m.article === articleId).map(iv) })).filter((x) => x.spans.length > 0)
  const find = mentionFinder(draft.actors.map((a) => ({ id: a.id, aliases: a.aliases })))
  const mentions = new Map<string, Interval[]>()
  for (const m of find(article.text)) {
    const list = mentions.get(m.actorId) ?? []
    list.push({ start: index.codePoints(m.range.start), end: index.codePoints(m.range.end) })
    mentions.set(m.actorId, list)
  }
  const exActors = draft.actors.map((a) => ({ a, spans: mentions.get(a.id) ?? [] }))
  const actorMatch = greedyMatch(exActors.map((x) => x.spans), refActors.map((x) => x.spans), mentionScore)
  const actorMap = new Map<string, string>()
  actorMatch.forEach((r, e) => actorMap.set(exActors[e]!.a.id, refActors[r]!.a.id))
  acc.add('actors', exActors.map((x) => ({ spans: x.spans, confidence: x.a.confidence })), refActors.length, actorMatch)
  refActors.forEach((x, r) => { if (![...actorMatch.values()].includes(r)) acc.misses.push(`${articleId} actor not found: ${x.a.id}`) })
  exActors.forEach((x, e) => { if (!actorMatch.has(e)) acc.misses.push(`${articleId} actor extra: ${x.a.id} (${x.a.kind}, ${x.a.extraction.rule})`) })

  // claims
  const refClaims = ref.claims.filter((c) => c.article === articleId)
  const exClaims = draft.claims.map((c) => ({ c, spans: place(`claim ${c.id}`, c.evidence) }))
  const claimMatch = greedyMatch(exClaims.map((x) => x.spans), refClaims.map((c) => c.evidence.map(iv)))
  acc.add('claims', exClaims.map((x) => ({ spans: x.spans, confidence: x.c.confidence })), refClaims.length, claimMatch)
  const byRef = new Map<number, typeof exClaims[number]['c']>()
  claimMatch.forEach((r, e) => byRef.set(r, exClaims[e]!.c))
  exClaims.forEach((x, e) => { if (!claimMatch.has(e)) acc.misses.push(`${articleId} claim extra: "${x.c.text}"`) })
  refClaims.forEach((rc, r) => {
    const ec = byRef.get(r)
    if (ec === undefined) acc.misses.push(`${articleId} claim not found: ${rc.id} "${rc.evidence[0]?.quote ?? ''}"`)
    const speaker = ec === undefined ? undefined : ec.speaker === null ? null : actorMap.get(ec.speaker) ?? `unmatched:${ec.speaker}`
    acc.count('speaker', ec !== undefined && speaker === rc.speaker, ec === undefined ? undefined : `${articleId} speaker of ${rc.id}: ${speaker} vs ${rc.speaker}`)
    acc.count('sourceKind', ec?.sourceKind === rc.sourceKind, ec === undefined ? undefined : `${articleId} sourceKind of ${rc.id}: ${ec.sourceKind} vs ${rc.sourceKind}`)
    acc.count('cue', ec !== undefined && cueRight(ec.cue, rc.cue), ec === undefined ? undefined : `${articleId} cue of ${rc.id}: ${ec.cue} vs ${rc.cue}`)
    acc.count('certainty', ec?.certainty === rc.certainty, ec === undefined ? undefined : `${articleId} certainty of ${rc.id}: ${ec.certainty} vs ${rc.certainty}`)
    acc.count('polarity', ec?.polarity === rc.polarity, ec === undefined ? undefined : `${articleId} polarity of ${rc.id}: ${ec.polarity} vs ${rc.polarity}`)
    if (rc.polarity === 'negative') acc.count('denialPolarity', ec?.polarity === 'negative', `${articleId} negative claim ${rc.id}: ${ec?.polarity ?? 'unmatched'}`)
  })

  // events
  const refEvents = ref.events.filter((e) => e.article === articleId)
  const exEvents = draft.events.map((e) => ({ e, spans: place(`event ${e.id}`, e.evidence) }))
  const eventMatch = greedyMatch(exEvents.map((x) => x.spans), refEvents.map((e) => e.evidence.map(iv)))
  acc.add('events', exEvents.map((x) => ({ spans: x.spans, confidence: x.e.confidence })), refEvents.length, eventMatch)
  const eventByRef = new Map<number, typeof exEvents[number]['e']>()
  eventMatch.forEach((r, e) => eventByRef.set(r, exEvents[e]!.e))
  exEvents.forEach((x, e) => { if (!eventMatch.has(e)) acc.misses.push(`${articleId} event extra: "${x.e.title}" ${x.e.kind}/${x.e.status}`) })
  refEvents.forEach((re, r) => {
    const ee = eventByRef.get(r)
    acc.count('eventStatus', ee?.status === re.status, ee === undefined ? `${articleId} event not found: ${re.id} "${re.evidence[0]?.quote ?? ''}"` : `${articleId} status of ${re.id}: ${ee.status} vs ${re.status}`)
  })

  // questions
  const refQuestions = ref.questions.filter((q) => q.article === articleId)
  const exQuestions = draft.questions.map((q) => ({ q, spans: place(`question ${q.id}`, q.evidence) }))
  const questionMatch = greedyMatch(exQuestions.map((x) => x.spans), refQuestions.map((q) => q.evidence.map(iv)))
  acc.add('questions', exQuestions.map((x) => ({ spans: x.spans, confidence: x.q.confidence })), refQuestions.length, questionMatch)
  exQuestions.forEach((x, e) => { if (!questionMatch.has(e)) acc.misses.push(`${articleId} question extra: "${x.q.text}" (${x.q.extraction.rule})`) })
  refQuestions.forEach((rq, r) => { if (![...questionMatch.values()].includes(r)) acc.misses.push(`${articleId} question not found: ${rq.id} "${rq.evidence[0]?.quote ?? ''}"`) })
  return draft
}
