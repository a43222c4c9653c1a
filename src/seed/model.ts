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
  /** the content hash of the article's files (see version.ts) */
  contentHash: string
  /** the actors its annotation lists itself, as written */
  localActors: SeedActor[]
  sections: Array<{ heading: string | null, headingSpan: Span | null, span: Span }>
  sentences: Array<{ sectionOrd: number, span: Span }>
}

export interface BuiltActor extends Omit<SeedActor, 'roles' | 'origin' | 'confidence' | 'extraction'>, Pick<ActorEntry, 'origin' | 'confidence' | 'extraction'> {
  seq: number
  /** its first mention's article and offset (UTF-16): its place in the default order */
  firstArticle: string | null
  firstStart: number | null
  roles: Array<Evidence<NonNullable<SeedActor['roles']>[number]>>
  mentions: Array<Span & { alias: string }>
}

export type BuiltEvent = Evidence<Entities['events'][number]> & { article: string, seq: number }
export type BuiltClaim = Evidence<Entities['claims'][number]> & { article: string, seq: number }
export type BuiltQuestion = Evidence<Entities['questions'][number]> & { article: string, seq: number }

export interface Dataset {
  /** the hash of the registry file's bytes, when the dataset was loaded from files */
  registryHash?: string | undefined
  articles: BuiltArticle[]
  actors: BuiltActor[]
  events: BuiltEvent[]
  claims: BuiltClaim[]
  questions: BuiltQuestion[]
}
