import type { SeedActor, SeedClaim, SeedEvent, SeedQuestion } from '../schemas/seed.js'

// The contract between the extractor (src/extract/, plain text in, a draft annotation out)
// and the seed pipeline (which loads, anchors, validates and writes drafts exactly like
// reviewed annotation files). The extractor never computes offsets: every piece of
// evidence is a quote (an exact substring of the text, with a `prefix` or an `occurrence`
// where the same words occur more than once), placed later by the anchor stage.

/** Where an item came from: written or reviewed by a person, or produced by the extractor. */
export type Origin = 'curated' | 'extracted'

/** Which extractor made an item, and the rule or cue that produced it. */
export interface Extraction { version: string, rule: string }

/** Fields every extracted item carries (curated items carry `origin: curated` or nothing). */
export interface Provenance {
  origin: 'extracted'
  /** 0 to 1, calibrated: the lower, the likelier the item is wrong */
  confidence: number
  extraction: Extraction
}

/**
 * An actor as the extractor proposes it for one article. When `id` is an actor of the
 * registry, the entry only adds `aliases` that link mentions in this article alone; when it
 * is new, it is a whole actor (slug id, name, kind, aliases) that exists because this
 * article mentions it. Either way its aliases never link mentions in any other article.
 */
export type DraftActor = Omit<SeedActor, 'addedFacts' | 'externalIds'> & Provenance

export type DraftEvent = SeedEvent & Provenance
export type DraftClaim = SeedClaim & Provenance
export type DraftQuestion = SeedQuestion & Provenance

/** A draft annotation: the seed annotation format plus article-local actors. */
export interface DraftAnnotation {
  article: {
    id: string
    title: string | null
    publisher: string | null
    url: string | null
    publishedAt: string | null
    language: string | null
  }
  actors: DraftActor[]
  events: DraftEvent[]
  claims: DraftClaim[]
  questions: DraftQuestion[]
}

export interface ExtractInput {
  /** the article id (a slug); extracted ids derive from it and from each item's content */
  id: string
  /** the article text exactly as stored */
  text: string
  /** the reviewed actor registry (seed/actors.yaml): matched first, so one actor has one id */
  registry: readonly SeedActor[]
}

/** The extractor's entry point has this type: `extract(input)` in src/extract/index.ts. */
export type Extract = (input: ExtractInput) => DraftAnnotation
