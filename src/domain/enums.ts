// Every enum of DATA-MODEL.md, declared once. The TypeBox schemas and the SQL CHECK
// constraints both come from (or are tested against) these lists.
export const ACTOR_KINDS = ['person', 'state', 'organization', 'alliance', 'group'] as const
export const ROLE_RELATIONS = ['holds_post', 'represents', 'member_of', 'leads'] as const
export const EVENT_KINDS = [
  'summit', 'meeting', 'agreement', 'negotiation', 'deliberation',
  'statement', 'armed_conflict', 'attack', 'other'
] as const
export const EVENT_STATUSES = [
  'occurred', 'ongoing', 'scheduled', 'expected', 'proposed', 'hypothetical', 'cancelled'
] as const
export const PARTICIPANT_ROLES = ['initiator', 'target', 'participant', 'host', 'mediator'] as const
export const CLAIM_KINDS = ['report', 'assessment', 'prediction', 'position'] as const
export const SOURCE_KINDS = ['named', 'anonymous', 'author'] as const
export const CERTAINTIES = ['certain', 'probable', 'possible', 'uncommitted'] as const
export const POLARITIES = ['positive', 'negative'] as const
export const CLAIM_RELATIONS = ['supports', 'contradicts', 'qualifies', 'elaborates'] as const
export const QUESTION_KINDS = ['forecast', 'unknown_fact', 'disputed', 'watch'] as const
export const QUESTION_STATUSES = ['open', 'resolved', 'annulled'] as const
/** Written or reviewed by a person, or produced by the extractor and not yet reviewed. */
export const ORIGINS = ['curated', 'extracted'] as const
/** The kinds of entity whose deleted ids answer 410 Gone. */
const TOMBSTONE_TYPES = ['article', 'actor', 'event', 'claim', 'question'] as const

/** Enum lists by the SQL table.column whose CHECK constraint must list exactly these values. */
export const CHECKED_COLUMNS = {
  'actors.kind': ACTOR_KINDS,
  'actor_roles.relation': ROLE_RELATIONS,
  'events.kind': EVENT_KINDS,
  'events.status': EVENT_STATUSES,
  'event_participants.role': PARTICIPANT_ROLES,
  'claims.kind': CLAIM_KINDS,
  'claims.source_kind': SOURCE_KINDS,
  'claims.certainty': CERTAINTIES,
  'claims.polarity': POLARITIES,
  'claim_relations.relation': CLAIM_RELATIONS,
  'questions.kind': QUESTION_KINDS,
  'questions.status': QUESTION_STATUSES,
  'actors.origin': ORIGINS,
  'events.origin': ORIGINS,
  'claims.origin': ORIGINS,
  'questions.origin': ORIGINS,
  'tombstones.type': TOMBSTONE_TYPES
} as const
