import type { SeedQuote, SeedRoleQuote } from '../schemas/seed.js'
import type { Range } from './segment.js'
import { fold, type TextIndex } from './text-index.js'
import { IssueList } from './errors.js'
import type { ValidSeed } from './validate.js'
import type { ActorEntry, ActorTable } from './actors.js'
import type { BuiltActor, BuiltClaim, BuiltEvent, BuiltQuestion, Dataset } from './model.js'

// Stage 4, anchor: a quote becomes a span (W3C TextPositionSelector + TextQuoteSelector),
// with offsets in code points and in UTF-16 units. The stored quote is sliced from the
// article, never copied from the annotation, so look-alike characters cannot drift.

export const CONTEXT_CHARS = 32

export interface Span {
  article: string
  start: number
  end: number
  startUtf16: number
  endUtf16: number
  quote: string
  prefix: string
  suffix: string
  section: string | null
}

export type QuoteSpec = SeedQuote | SeedRoleQuote

export function spanAt (index: TextIndex, range: Range): Span {
  return {
    article: index.articleId,
    start: index.codePoints(range.start),
    end: index.codePoints(range.end),
    startUtf16: range.start,
    endUtf16: range.end,
    quote: index.text.slice(range.start, range.end),
    prefix: index.context(range.start, CONTEXT_CHARS, true),
    suffix: index.context(range.end, CONTEXT_CHARS, false),
    section: index.sectionAt(range.start)?.heading ?? null
  }
}

/** Finds a quote in the article: a span, or the reason it cannot be placed. */
export function anchor (index: TextIndex, spec: QuoteSpec): Span | string {
  const { quote, prefix, occurrence } = typeof spec === 'string' ? { quote: spec, prefix: undefined, occurrence: undefined } : spec
  let found = index.findAll(quote)
  const chars = Array.from(quote)
  const shown = chars.length > 60 ? `${chars.slice(0, 57).join('')}...` : quote
  if (found.length === 0) return `quote "${shown}" is not in the article`
  if (prefix !== undefined) {
    // white space at the seam does not matter: "Maybe." finds the quote after "Maybe.\n"
    const wanted = fold(prefix).folded.trimEnd()
    found = found.filter((r) => fold(index.text.slice(Math.max(0, r.start - 4 * prefix.length - 64), r.start)).folded.trimEnd().endsWith(wanted))
    if (found.length === 0) return `quote "${shown}" never follows the prefix "${prefix}"`
  }
  if (occurrence !== undefined) {
    const hit = found[occurrence - 1]
    return hit === undefined ? `quote "${shown}" occurs ${found.length} time(s), so occurrence ${occurrence} does not exist` : spanAt(index, hit)
  }
  if (found.length > 1) return `quote "${shown}" occurs ${found.length} times: add a prefix or an occurrence number`
  return spanAt(index, found[0] as Range)
}

/** The anchor stage over the whole seed: every evidence quote becomes a span, or an issue naming file and entity. */
export function anchorSeed (seed: ValidSeed, indexes: Map<string, TextIndex>, table: ActorTable): Omit<Dataset, 'articles'> {
  const issues = new IssueList()
  const items = anchorItems(seed, indexes, issues)
  const actors: BuiltActor[] = table.actors.map((entry) => builtActor(entry, (id) => indexes.get(id), issues))
  issues.throwIfAny()
  return { actors, ...items }
}

/** The events, claims and questions of every article of `seed`, their evidence anchored. */
export function anchorItems (seed: ValidSeed, indexes: Map<string, TextIndex>, issues: IssueList): Pick<Dataset, 'events' | 'claims' | 'questions'> {
  const spans = (file: string, entity: string, index: TextIndex, quotes: QuoteSpec[]): Span[] =>
    quotes.flatMap((q, i) => {
      const result = anchor(index, q)
      if (typeof result === 'string') { issues.add(file, entity, `evidence.${i}: ${result}`); return [] }
      return [result]
    })
  const events: BuiltEvent[] = []
  const claims: BuiltClaim[] = []
  const questions: BuiltQuestion[] = []
  for (const { id: article, file, annotation } of seed.articles) {
    const index = indexes.get(article) as TextIndex
    for (const e of annotation.events) events.push({ ...e, article, seq: 0, evidence: spans(file, `event ${e.id}`, index, e.evidence) })
    for (const c of annotation.claims) claims.push({ ...c, article, seq: 0, evidence: spans(file, `claim ${c.id}`, index, c.evidence) })
    for (const q of annotation.questions) questions.push({ ...q, article, seq: 0, evidence: spans(file, `question ${q.id}`, index, q.evidence) })
  }
  return { events, claims, questions }
}

/**
 * An actor ready to write, its roles' evidence anchored (`indexOf` finds an article's text;
 * undefined: an unknown article, which validate reports) and no mentions yet.
 */
export function builtActor ({ actor: a, file, origin, confidence, extraction }: ActorEntry, indexOf: (article: string) => TextIndex | undefined, issues: IssueList): BuiltActor {
  return {
    ...a,
    origin,
    confidence,
    extraction,
    seq: 0,
    firstArticle: null,
    firstStart: null,
    mentions: [],
    roles: (a.roles ?? []).map((role, r) => ({
      ...role,
      evidence: role.evidence.flatMap((q, i) => {
        const index = indexOf(q.article)
        if (index === undefined) return [] // reported by validate
        const result = anchor(index, q)
        if (typeof result === 'string') { issues.add(file, `actor ${a.id}`, `roles.${r}.evidence.${i}: ${result}`); return [] }
        return [result]
      })
    }))
  }
}
