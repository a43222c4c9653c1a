import Type, { type Static } from 'typebox'
import {
  ACTOR_KINDS, CERTAINTIES, CLAIM_KINDS, CLAIM_RELATIONS, EVENT_KINDS, EVENT_STATUSES,
  ORIGINS, PARTICIPANT_ROLES, POLARITIES, QUESTION_KINDS, QUESTION_STATUSES, ROLE_RELATIONS, SOURCE_KINDS
} from '../domain/enums.js'

// The shape of the files people write in seed/. Quotes, not offsets: the pipeline finds
// the offsets. A quote is a plain string, or an object that disambiguates a quote found
// more than once by the text just before it (`prefix`) or by its 1-based `occurrence`.

const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 })
const Text = Type.String({ minLength: 1 })
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()])
const IsoDate = Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })

export const SeedQuote = Type.Union([
  Text,
  Type.Object({
    quote: Text,
    prefix: Type.Optional(Text),
    occurrence: Type.Optional(Type.Integer({ minimum: 1 }))
  }, { additionalProperties: false })
])

export const SeedRoleQuote = Type.Object({
  article: Slug,
  quote: Text,
  prefix: Type.Optional(Text),
  occurrence: Type.Optional(Type.Integer({ minimum: 1 }))
}, { additionalProperties: false })

// Where an item came from. Absent means curated. An extracted item carries the
// extractor's confidence and the rule that produced it; a person who reviews it sets
// `origin: curated` (the other two may stay as a record: curated items serve them as null).
const Provenance = {
  origin: Type.Optional(Type.Enum(ORIGINS)),
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  extraction: Type.Optional(Type.Object({ version: Text, rule: Text }, { additionalProperties: false }))
}

const AddedFact = Type.Object({ field: Text, note: Text }, { additionalProperties: false })

export const SeedActor = Type.Object({
  id: Slug,
  name: Text,
  kind: Type.Enum(ACTOR_KINDS),
  aliases: Type.Array(Text, { minItems: 1 }),
  excludes: Type.Optional(Type.Array(Text)),
  description: Nullable(Text),
  roles: Type.Optional(Type.Array(Type.Object({
    relation: Type.Enum(ROLE_RELATIONS),
    title: Nullable(Text),
    of: Nullable(Slug),
    evidence: Type.Array(SeedRoleQuote, { minItems: 1 }),
    note: Type.Optional(Nullable(Text))
  }, { additionalProperties: false }))),
  externalIds: Type.Optional(Type.Record(Type.String(), Text)),
  addedFacts: Type.Optional(Type.Array(AddedFact)),
  ...Provenance
}, { additionalProperties: false })

export const SeedActors = Type.Array(SeedActor)

export const SeedEvent = Type.Object({
  id: Slug,
  title: Text,
  kind: Type.Enum(EVENT_KINDS),
  cameo: Type.Optional(Nullable(Type.String({ pattern: '^\\d{2,4}$' }))),
  status: Type.Enum(EVENT_STATUSES),
  when: Type.Optional(Type.Object({
    text: Nullable(Text),
    start: Type.Optional(Nullable(IsoDate)),
    end: Type.Optional(Nullable(IsoDate))
  }, { additionalProperties: false })),
  location: Type.Optional(Nullable(Text)),
  participants: Type.Array(Type.Object({
    actor: Slug,
    role: Type.Enum(PARTICIPANT_ROLES)
  }, { additionalProperties: false })),
  evidence: Type.Array(SeedQuote, { minItems: 1 }),
  ...Provenance
}, { additionalProperties: false })

export const SeedClaim = Type.Object({
  id: Slug,
  text: Text,
  kind: Type.Enum(CLAIM_KINDS),
  speaker: Nullable(Slug),
  sourceKind: Type.Enum(SOURCE_KINDS),
  cue: Nullable(Text),
  certainty: Type.Enum(CERTAINTIES),
  polarity: Type.Enum(POLARITIES),
  subjects: Type.Array(Slug),
  events: Type.Array(Slug),
  evidence: Type.Array(SeedQuote, { minItems: 1 }),
  related: Type.Optional(Type.Array(Type.Object({
    claim: Slug,
    relation: Type.Enum(CLAIM_RELATIONS)
  }, { additionalProperties: false }))),
  ...Provenance
}, { additionalProperties: false })

export const SeedQuestion = Type.Object({
  id: Slug,
  text: Type.String({ minLength: 2, pattern: '\\?$' }),
  kind: Type.Enum(QUESTION_KINDS),
  status: Type.Enum(QUESTION_STATUSES),
  resolutionCriteria: Text,
  actors: Type.Array(Slug),
  events: Type.Array(Slug),
  claims: Type.Array(Slug),
  evidence: Type.Array(SeedQuote, { minItems: 1 }),
  resolution: Nullable(Text),
  ...Provenance
}, { additionalProperties: false })

export const SeedAnnotation = Type.Object({
  article: Type.Object({
    id: Slug,
    title: Nullable(Text),
    publisher: Nullable(Text),
    url: Nullable(Type.String({ pattern: '^https?://' })),
    publishedAt: Nullable(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}' })),
    language: Nullable(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' }))
  }, { additionalProperties: false }),
  // Article-local actors: extra aliases of a registry actor, or a whole new actor. Their
  // aliases find mentions in this article only.
  actors: Type.Optional(Type.Array(SeedActor)),
  events: Type.Array(SeedEvent),
  claims: Type.Array(SeedClaim),
  questions: Type.Array(SeedQuestion)
}, { additionalProperties: false })

export type SeedQuote = Static<typeof SeedQuote>
export type SeedRoleQuote = Static<typeof SeedRoleQuote>
export type SeedActor = Static<typeof SeedActor>
export type SeedEvent = Static<typeof SeedEvent>
export type SeedClaim = Static<typeof SeedClaim>
export type SeedQuestion = Static<typeof SeedQuestion>
export type SeedAnnotation = Static<typeof SeedAnnotation>
