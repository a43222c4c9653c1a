import Type, { type Static } from 'typebox'
import {
  ACTOR_KINDS, CERTAINTIES, CLAIM_KINDS, CLAIM_RELATIONS, EVENT_KINDS, EVENT_STATUSES,
  ORIGINS, PARTICIPANT_ROLES, POLARITIES, QUESTION_KINDS, QUESTION_STATUSES, ROLE_RELATIONS, SOURCE_KINDS
} from '../domain/enums.js'
import { Nullable, ref, StringEnum } from './ref.js'
import { examples } from './examples.js'

// The entities of DATA-MODEL.md as the API serves them. Each has an $id, is registered
// once (src/plugins/schemas.ts) and is referenced with ref(), so OpenAPI names it.

const Id = Type.String({ description: 'Stable slug identifier.', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })

export const Span = Type.Object({
  article: Type.String({ description: 'Id of the article the span is in.' }),
  start: Type.Integer({ minimum: 0, description: 'Start offset in Unicode code points (W3C TextPositionSelector).' }),
  end: Type.Integer({ minimum: 0, description: 'End offset in code points, exclusive.' }),
  startUtf16: Type.Integer({ minimum: 0, description: 'Start offset in UTF-16 code units, for JavaScript\'s String.prototype.slice.' }),
  endUtf16: Type.Integer({ minimum: 0, description: 'End offset in UTF-16 code units, exclusive.' }),
  quote: Type.String({ description: 'The exact text at the offsets, sliced from the article (W3C TextQuoteSelector exact).' }),
  prefix: Type.String({ description: 'Up to 32 code points of text just before the quote.' }),
  suffix: Type.String({ description: 'Up to 32 code points of text just after the quote.' }),
  section: Nullable(Type.String({ description: 'Heading of the section the span falls under.' }))
}, { $id: 'Span', title: 'Span', description: 'Where an item comes from: a W3C TextPositionSelector plus TextQuoteSelector on one article.', examples: [examples.span] })

export const Mention = Type.Object({
  ...Span.properties,
  alias: Type.String({ description: 'The alias of the actor that matched here.' })
}, { $id: 'Mention', title: 'Mention', description: 'A span where the article names an actor.' })

export const AddedFact = Type.Object({
  field: Type.String({ description: 'The field whose value does not come from the article.' }),
  note: Type.String({ description: 'Where the value comes from instead.' })
}, { $id: 'AddedFact', title: 'AddedFact', description: 'A fact added from outside the article, marked as such.' })

export const Extraction = Type.Object({
  version: Type.String({ description: 'The extractor\'s version.' }),
  rule: Type.String({ description: 'The rule or cue that produced the item.' })
}, { $id: 'Extraction', title: 'Extraction', description: 'Which extractor produced an item, and how.' })

// Where each item came from (DATA-MODEL.md, "Origin of each item")
const provenance = {
  origin: StringEnum(ORIGINS, { description: '`curated`: written or reviewed by a person; `extracted`: produced by the extractor and not yet reviewed.' }),
  confidence: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'For an extracted item, 0 to 1: the lower, the likelier it is wrong. Null when curated.' })),
  extraction: Nullable(ref(Extraction))
}

export const Role = Type.Object({
  relation: StringEnum(ROLE_RELATIONS),
  title: Nullable(Type.String()),
  of: Nullable(Type.String({ description: 'Actor id the role is held in relation to.' })),
  note: Nullable(Type.String({ description: 'What was inferred rather than read in the article.' })),
  evidence: Type.Array(ref(Span))
}, { $id: 'Role', title: 'Role', description: 'A post, membership or representation (Popolo).' })

export const Actor = Type.Object({
  id: Id,
  name: Type.String({ description: 'Canonical full name.' }),
  kind: StringEnum(ACTOR_KINDS),
  aliases: Type.Array(Type.String(), { description: 'Every surface form the articles use.' }),
  description: Nullable(Type.String()),
  roles: Type.Array(ref(Role)),
  externalIds: Type.Record(Type.String(), Type.String(), { description: 'Verified external identifiers (e.g. wikidata); empty when none is verified.' }),
  addedFacts: Type.Array(ref(AddedFact)),
  articleCount: Type.Integer({ minimum: 0, description: 'How many articles mention the actor (which ones: /v1/actors/{id}, or /v1/actors?article=…).' }),
  mentionCount: Type.Integer({ minimum: 0 }),
  ...provenance
}, { $id: 'Actor', title: 'Actor', examples: [examples.actor] })

export const ActorDetail = Type.Object({
  ...Actor.properties,
  articles: Type.Array(Type.String(), { description: 'Ids of the articles that mention the actor.' }),
  mentions: Type.Array(ref(Mention))
}, { $id: 'ActorDetail', title: 'ActorDetail', description: 'An actor with every mention of it.' })

export const Participant = Type.Object({
  actor: Type.String({ description: 'Actor id.' }),
  role: StringEnum(PARTICIPANT_ROLES)
}, { $id: 'Participant', title: 'Participant' })

export const Event = Type.Object({
  id: Id,
  article: Type.String(),
  title: Type.String(),
  kind: StringEnum(EVENT_KINDS),
  cameo: Nullable(Type.String({ description: 'CAMEO event code, where one applies.' })),
  status: StringEnum(EVENT_STATUSES),
  when: Type.Object({
    text: Nullable(Type.String({ description: 'The article\'s own words for when.' })),
    start: Nullable(Type.String({ description: 'ISO date, only where the article gives it.' })),
    end: Nullable(Type.String())
  }),
  location: Nullable(Type.String()),
  participants: Type.Array(ref(Participant)),
  evidence: Type.Array(ref(Span)),
  ...provenance
}, { $id: 'Event', title: 'Event', description: 'Something that happened, is happening or is expected (TimeML status).', examples: [examples.event] })

export const RelatedClaim = Type.Object({
  claim: Type.String({ description: 'Claim id.' }),
  relation: StringEnum(CLAIM_RELATIONS)
}, { $id: 'RelatedClaim', title: 'RelatedClaim' })

export const Claim = Type.Object({
  id: Id,
  article: Type.String(),
  text: Type.String({ description: 'The proposition in plain words: one assertion.' }),
  kind: StringEnum(CLAIM_KINDS),
  speaker: Nullable(Type.String({ description: 'Actor id of whoever asserts it; null for the article\'s own voice or an anonymous source.' })),
  sourceKind: StringEnum(SOURCE_KINDS),
  cue: Nullable(Type.String({ description: 'The words that attribute it (PARC cue).' })),
  certainty: StringEnum(CERTAINTIES, { description: 'FactBank factuality as committed by the source.' }),
  polarity: StringEnum(POLARITIES),
  subjects: Type.Array(Type.String(), { description: 'Ids of the actors the claim is about.' }),
  events: Type.Array(Type.String(), { description: 'Ids of the events the claim is about.' }),
  evidence: Type.Array(ref(Span)),
  related: Type.Array(ref(RelatedClaim)),
  ...provenance
}, { $id: 'Claim', title: 'Claim', description: 'Who asserts what, how hedged (PARC source, cue, content).', examples: [examples.claim] })

export const Question = Type.Object({
  id: Id,
  article: Type.String(),
  text: Type.String({ description: 'A real question, ending in "?".' }),
  kind: StringEnum(QUESTION_KINDS),
  status: StringEnum(QUESTION_STATUSES),
  resolutionCriteria: Type.String({ description: 'What would answer it.' }),
  actors: Type.Array(Type.String()),
  events: Type.Array(Type.String()),
  claims: Type.Array(Type.String()),
  evidence: Type.Array(ref(Span)),
  resolution: Nullable(Type.String({ description: 'Null while open.' })),
  ...provenance
}, { $id: 'Question', title: 'Question', description: 'What the article leaves open, with resolution criteria (Metaculus-style).', examples: [examples.question] })

export const Article = Type.Object({
  id: Id,
  title: Nullable(Type.String()),
  publisher: Nullable(Type.String()),
  url: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  language: Nullable(Type.String()),
  textSha256: Type.String({ description: 'SHA-256 of the article text as UTF-8.' }),
  length: Type.Object({ codePoints: Type.Integer(), utf16: Type.Integer() }),
  counts: Type.Object({ sentences: Type.Integer(), actors: Type.Integer(), events: Type.Integer(), claims: Type.Integer(), questions: Type.Integer() })
}, { $id: 'Article', title: 'Article', description: 'A source article. Fields the source does not give are null, never invented.', examples: [examples.article] })

export const ArticleDetail = Type.Object({
  ...Article.properties,
  text: Type.String({ description: 'The article text, byte for byte.' }),
  sections: Type.Array(Type.Object({
    index: Type.Integer(),
    heading: Nullable(Type.String()),
    headingSpan: Nullable(ref(Span)),
    span: ref(Span)
  })),
  sentences: Type.Array(Type.Object({
    index: Type.Integer(),
    section: Type.Integer({ description: 'Index of the section the sentence is in.' }),
    span: ref(Span)
  }))
}, { $id: 'ArticleDetail', title: 'ArticleDetail', description: 'An article with its text, sections and sentences.' })

export type Span = Static<typeof Span>
export type Mention = Static<typeof Mention>
export type Actor = Static<typeof Actor>
export type ActorDetail = Static<typeof ActorDetail>
export type Event = Static<typeof Event>
export type Claim = Static<typeof Claim>
export type Question = Static<typeof Question>
export type Article = Static<typeof Article>
export type ArticleDetail = Static<typeof ArticleDetail>
