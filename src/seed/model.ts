import type { Span } from './anchor.js'
import type { SeedActor, SeedAnnotation } from '../schemas/seed.js'
import type { ActorEntry } from './actors.js'

// The dataset as the pipeline builds it: every quote replaced by a span, every list in
// its final order. The write stage stores exactly this, and the dataset version is a
// hash of exactly this.

type Entities = SeedAnnotation
type Evidence<T> = Omit<T, 'evidence'> & { evidence: Span[] }

export interface BuiltArticle extends Omit<Entities['article'], never> {
  seq: number
  text: string
  textSha256: string
  sections: Array<{ heading: string | null, headingSpan: Span | null, span: Span }>
  sentences: Array<{ sectionOrd: number, span: Span }>
}

export interface BuiltActor extends Omit<SeedActor, 'roles' | 'origin' | 'confidence' | 'extraction'>, Pick<ActorEntry, 'origin' | 'confidence' | 'extraction'> {
  seq: number
  roles: Array<Evidence<NonNullable<SeedActor['roles']>[number]>>
  mentions: Array<Span & { alias: string }>
}

export type BuiltEvent = Evidence<Entities['events'][number]> & { article: string, seq: number }
export type BuiltClaim = Evidence<Entities['claims'][number]> & { article: string, seq: number }
export type BuiltQuestion = Evidence<Entities['questions'][number]> & { article: string, seq: number }

export interface Dataset {
  articles: BuiltArticle[]
  actors: BuiltActor[]
  events: BuiltEvent[]
  claims: BuiltClaim[]
  questions: BuiltQuestion[]
}
