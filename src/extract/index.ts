// Baseline, replaced by the rule-based extractor: it exists so that the pipeline around the
// extractor (the extract stage of the build, `npm run extract`, origin in the data) has
// something honest to run. Registry actors by alias, one claim in the article's own voice
// per sentence, and a low confidence that says how little this is worth.
import { createHash } from 'node:crypto'
import { segment } from '../seed/segment.js'
import { TextIndex } from '../seed/text-index.js'
import { findMentions } from '../seed/link.js'
import type { SeedQuote } from '../schemas/seed.js'
import type { DraftActor, DraftClaim, Extract } from './types.js'

const EXTRACTOR_VERSION = 'baseline-0'
const CONFIDENCE = 0.2

/** An id from the article and the item's content: extracting the same text again gives the same id. */
function itemId (article: string, kind: string, content: string): string {
  const hash = createHash('sha256').update(`${article}\0${kind}\0${content}`).digest('hex').slice(0, 12)
  return `${article.slice(0, 60).replace(/-+$/, '')}-${kind}-${hash}`
}

export const extract: Extract = ({ id, text, registry }) => {
  const { sections, sentences } = segment(text)
  const index = new TextIndex(id, text, sections)
  const mentions = findMentions(text, registry)
  const provenance = (rule: string) => ({ origin: 'extracted' as const, confidence: CONFIDENCE, extraction: { version: EXTRACTOR_VERSION, rule } })

  const claims = sentences.map(({ range }): DraftClaim => {
    const quote = text.slice(range.start, range.end)
    const found = index.findAll(quote)
    const occurrence = found.findIndex((r) => r.start === range.start) + 1
    const evidence: SeedQuote = found.length > 1 ? { quote, occurrence } : quote
    const subjects = [...new Set(mentions.filter((m) => m.range.start >= range.start && m.range.end <= range.end).map((m) => m.actorId))]
    return {
      id: itemId(id, 'claim', `${quote}\0${occurrence}`),
      text: quote,
      kind: 'report',
      speaker: null,
      sourceKind: 'author',
      cue: null,
      certainty: 'certain',
      polarity: 'positive',
      subjects,
      events: [],
      evidence: [evidence],
      ...provenance('sentence')
    }
  })

  const actors = registry.flatMap((actor): DraftActor[] => {
    const aliases = [...new Set(mentions.filter((m) => m.actorId === actor.id).map((m) => m.alias))]
    if (aliases.length === 0) return []
    return [{ id: actor.id, name: actor.name, kind: actor.kind, aliases, description: actor.description, ...provenance('registry-alias') }]
  })

  const first = sections[0]
  const titled = first?.headingRange != null && text.slice(0, first.headingRange.start).trim() === ''
  return {
    article: { id, title: titled ? first.heading : null, publisher: null, url: null, publishedAt: null, language: 'en' },
    actors,
    events: [],
    claims,
    questions: []
  }
}
