import type { IssueList } from './errors.js'
import type { ValidArticle, ValidSeed } from './validate.js'
import type { SeedActor, SeedClaim, SeedEvent, SeedQuestion } from '../schemas/seed.js'

// Part of stage 2, validate: what a schema cannot say. Every referenced id exists, no id
// is used twice, no alias belongs to two actors, attribution is consistent, words said to
// be the article's own occur in it, and an extracted item says how sure and by what rule.

type Kind = 'actor' | 'event' | 'claim' | 'question'
interface IdSet { has: (id: string) => boolean }
type Known = Record<Kind, IdSet>

/** What a database already holds, when the seed checked is one article added to it (an ingest). */
export interface SeedContext {
  /** the other article whose event, claim or question has this id, if any */
  owner: (kind: Exclude<Kind, 'actor'>, id: string) => string | undefined
  /** the other article this id is a duplicate of (by default, `owner`) */
  duplicateOf?: (kind: Exclude<Kind, 'actor'>, id: string) => string | undefined
  /** an actor the database knows: the registry's, or one an article lists */
  hasActor: (id: string) => boolean
  hasArticle: (id: string) => boolean
  /** the registry was checked already (a build checks it once, before its articles) */
  registryChecked?: boolean
}

/** Where an issue goes: the file and the entity, e.g. `claim deal-is-good`. */
interface At { file: string, entity: string, issues: IssueList }
const add = (at: At, message: string) => at.issues.add(at.file, at.entity, message)

export function checkReferences (seed: ValidSeed, issues: IssueList, context?: SeedContext): void {
  const own = knownIds(seed)
  const ownArticles = new Set(seed.articles.map((a) => a.id))
  const either = (mine: IdSet, theirs: (id: string) => boolean): IdSet => context === undefined ? mine : { has: (id) => mine.has(id) || theirs(id) }
  const known: Known = {
    actor: either(own.actor, (id) => context!.hasActor(id)),
    event: either(own.event, (id) => context!.owner('event', id) !== undefined),
    claim: either(own.claim, (id) => context!.owner('claim', id) !== undefined),
    question: either(own.question, (id) => context!.owner('question', id) !== undefined)
  }
  const articleIds = either(ownArticles, (id) => context!.hasArticle(id))
  if (context?.registryChecked !== true) checkRegistry(seed, known, articleIds, issues)
  const seen = { event: new Set<string>(), claim: new Set<string>(), question: new Set<string>() }
  for (const article of seed.articles) {
    checkLocalActors(article, known, articleIds, issues)
    const at = (entity: string): At => ({ file: article.file, entity, issues })
    const unique = (kind: Exclude<Kind, 'actor'>, id: string) => {
      if (seen[kind].has(id)) add(at(`${kind} ${id}`), 'duplicate id')
      seen[kind].add(id)
      const other = context === undefined ? undefined : (context.duplicateOf ?? context.owner)(kind, id)
      if (other !== undefined) add(at(`${kind} ${id}`), `duplicate id: article ${other} has a ${kind} with this id`)
    }
    for (const e of article.annotation.events) { unique('event', e.id); checkEvent(e, article.text, known, at(`event ${e.id}`)) }
    for (const c of article.annotation.claims) { unique('claim', c.id); checkClaim(c, article.text, known, at(`claim ${c.id}`)) }
    for (const q of article.annotation.questions) { unique('question', q.id); checkQuestion(q, known, at(`question ${q.id}`)) }
  }
}

/** Every id an annotation may refer to: the registry's actors, the article-local ones and every item. */
function knownIds ({ actors, articles }: ValidSeed): Record<Kind, IdSet> {
  const local = new Set<string>()
  const known = { event: new Set<string>(), claim: new Set<string>(), question: new Set<string>() }
  for (const { annotation } of articles) {
    annotation.actors?.forEach((a) => local.add(a.id))
    annotation.events.forEach((e) => known.event.add(e.id))
    annotation.claims.forEach((c) => known.claim.add(c.id))
    annotation.questions.forEach((q) => known.question.add(q.id))
  }
  const registry = registryIds(actors)
  return { actor: { has: (id) => registry.has(id) || local.has(id) }, ...known }
}

/**
 * The registry's ids, made once per registry: a streaming build checks one article at a
 * time against the same registry (at a million claims, 23,560 actors for each of 40,013
 * articles: remade each time, 80 s of the build's CPU).
 */
const registrySets = new WeakMap<readonly SeedActor[], ReadonlySet<string>>()
function registryIds (actors: readonly SeedActor[]): ReadonlySet<string> {
  let ids = registrySets.get(actors)
  if (ids === undefined) { ids = new Set(actors.map((a) => a.id)); registrySets.set(actors, ids) }
  return ids
}

function duplicates (ids: string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => seen.has(id) || !seen.add(id))
}

/** The shared registry: unique ids, each alias of one actor only, roles that point at what exists. */
function checkRegistry ({ actorsFile, actors }: ValidSeed, known: Known, articleIds: IdSet, issues: IssueList): void {
  for (const id of duplicates(actors.map((a) => a.id))) issues.add(actorsFile, `actor ${id}`, 'duplicate id')
  const aliasOwner = new Map<string, string>()
  for (const actor of actors) {
    const at: At = { file: actorsFile, entity: `actor ${actor.id}`, issues }
    for (const alias of actor.aliases) {
      const owner = aliasOwner.get(alias)
      if (owner !== undefined && owner !== actor.id) add(at, `alias "${alias}" is also an alias of ${owner}: mentions would be ambiguous`)
      aliasOwner.set(alias, actor.id)
    }
    for (const alias of duplicates(actor.aliases)) add(at, `alias "${alias}" is listed twice`)
    if (actor.origin === 'extracted') add(at, 'an actor of the registry is reviewed: origin must be curated (or absent); an extracted actor belongs in its article\'s annotation')
    checkRoles(actor, known, articleIds, at)
  }
}

/** Article-local actors: each listed once, aliases not shared among them, provenance complete. */
function checkLocalActors ({ file, annotation }: ValidArticle, known: Known, articleIds: IdSet, issues: IssueList): void {
  const local = annotation.actors ?? []
  for (const id of duplicates(local.map((a) => a.id))) issues.add(file, `actor ${id}`, 'listed twice in this article')
  const aliasOwner = new Map<string, string>()
  for (const actor of local) {
    const at: At = { file, entity: `actor ${actor.id}`, issues }
    for (const alias of actor.aliases) {
      const owner = aliasOwner.get(alias)
      if (owner !== undefined && owner !== actor.id) add(at, `alias "${alias}" is also an alias of ${owner} in this article: mentions would be ambiguous`)
      aliasOwner.set(alias, actor.id)
    }
    checkProvenance(actor, at)
    checkRoles(actor, known, articleIds, at)
  }
}

function checkRoles (actor: SeedActor, known: Known, articleIds: IdSet, at: At): void {
  for (const [i, role] of (actor.roles ?? []).entries()) {
    if (role.of !== null && !known.actor.has(role.of)) add(at, `roles.${i}.of: unknown actor "${role.of}"`)
    for (const ev of role.evidence) {
      if (!articleIds.has(ev.article)) add(at, `roles.${i}.evidence: unknown article "${ev.article}"`)
    }
  }
}

/** An extracted item says how sure the extractor is and which rule produced it. */
function checkProvenance (item: { origin?: string, confidence?: number, extraction?: unknown }, at: At): void {
  if (item.origin !== 'extracted') return
  if (item.confidence === undefined) add(at, 'an extracted item needs its confidence (0 to 1)')
  if (item.extraction === undefined) add(at, 'an extracted item needs its extraction (the extractor\'s version and rule)')
}

function ref (known: Known, at: At, field: string, kind: Kind, id: string | null): void {
  if (id !== null && !known[kind].has(id)) add(at, `${field}: unknown ${kind} "${id}"`)
}

/** Words that must be the article's own (a cue, a location, a `when`) occur in it. */
function fromArticle (text: string, at: At, field: string, words: string | null | undefined): void {
  if (words != null && !text.includes(words)) add(at, `${field}: "${words}" does not occur in the article; it must be the article's own words`)
}

function checkEvent (e: SeedEvent, text: string, known: Known, at: At): void {
  e.participants.forEach((p, i) => ref(known, at, `participants.${i}.actor`, 'actor', p.actor))
  fromArticle(text, at, 'when.text', e.when?.text)
  fromArticle(text, at, 'location', e.location)
  checkProvenance(e, at)
}

function checkClaim (c: SeedClaim, text: string, known: Known, at: At): void {
  ref(known, at, 'speaker', 'actor', c.speaker)
  c.subjects.forEach((s, i) => ref(known, at, `subjects.${i}`, 'actor', s))
  c.events.forEach((s, i) => ref(known, at, `events.${i}`, 'event', s))
  c.related?.forEach((r, i) => {
    ref(known, at, `related.${i}.claim`, 'claim', r.claim)
    if (r.claim === c.id) add(at, `related.${i}.claim: a claim cannot relate to itself`)
  })
  fromArticle(text, at, 'cue', c.cue)
  checkAttribution(c, at)
  checkProvenance(c, at)
}

/** PARC: the article's own voice has no speaker and no cue; a named source has both; an anonymous one a cue only. */
function checkAttribution (c: SeedClaim, at: At): void {
  if (c.sourceKind === 'author' && (c.speaker !== null || c.cue !== null)) add(at, 'sourceKind author (the article\'s own voice) takes speaker: null and cue: null')
  if (c.sourceKind === 'named' && c.speaker === null) add(at, 'sourceKind named needs a speaker')
  if (c.sourceKind === 'anonymous' && c.speaker !== null) add(at, 'sourceKind anonymous takes speaker: null')
  if (c.sourceKind !== 'author' && c.cue === null) add(at, `sourceKind ${c.sourceKind} needs the cue that attributes it`)
}

function checkQuestion (q: SeedQuestion, known: Known, at: At): void {
  q.actors.forEach((a, i) => ref(known, at, `actors.${i}`, 'actor', a))
  q.events.forEach((a, i) => ref(known, at, `events.${i}`, 'event', a))
  q.claims.forEach((a, i) => ref(known, at, `claims.${i}`, 'claim', a))
  if (q.status === 'open' && q.resolution !== null) add(at, 'an open question has resolution: null')
  if (q.status !== 'open' && q.resolution === null) add(at, `a ${q.status} question needs its resolution`)
  checkProvenance(q, at)
}
