import { Compile } from 'typebox/compile'
import { IssueList } from './errors.js'
import type { LoadedFile, LoadedSeed } from './load.js'
import { SeedActors, SeedAnnotation, type SeedActor, type SeedAnnotation as Annotation } from '../schemas/seed.js'

// Stage 2, validate: every file against its TypeBox schema, then the cross-references
// (every referenced id exists, no duplicate ids) and the rules of DATA-MODEL.md that a
// schema cannot say (attribution consistency, words that must come from the article).

interface ValidArticle { id: string, file: string, textFile: string, text: string, annotation: Annotation }
export interface ValidSeed { actorsFile: string, actors: SeedActor[], articles: ValidArticle[] }

const actorsCheck = Compile(SeedActors)
const annotationCheck = Compile(SeedAnnotation)
const ENTITY_OF: Record<string, string> = { events: 'event', claims: 'claim', questions: 'question' }

function checkSchema<T> (check: { Check: (v: unknown) => boolean, Errors: (v: unknown) => Iterable<SchemaError> }, loaded: LoadedFile, issues: IssueList): loaded is LoadedFile<T> {
  if (check.Check(loaded.data)) return true
  const seen = new Set<string>()
  for (const err of check.Errors(loaded.data)) {
    if (err.message === 'schema is false') continue // additionalProperties: false says it better
    const { entity, field } = locate(loaded.data, err.instancePath)
    const key = `${entity}|${field}`
    if (seen.has(key)) continue // a union reports each branch; the first says enough
    seen.add(key)
    issues.add(loaded.file, entity, `${field === '' ? '' : `${field}: `}${describe(err)}`)
  }
  return false
}

interface SchemaError { instancePath: string, message: string, params: Record<string, unknown> }

function describe (err: SchemaError): string {
  const allowed = err.params.allowedValues
  if (Array.isArray(allowed)) return `${err.message} (${allowed.join(', ')})`
  const extra = err.params.additionalProperties
  if (Array.isArray(extra)) return `unknown field(s) ${extra.join(', ')}`
  if (Array.isArray(err.params.requiredProperties)) return `missing required field(s) ${err.params.requiredProperties.join(', ')}`
  return err.message
}

/** Turns `/claims/3/certainty` into `claim <id>` and `certainty`, so a message names the entity. */
function locate (data: unknown, pointer: string): { entity: string | null, field: string } {
  const parts = pointer.split('/').slice(1)
  const pick = (container: unknown, index: string | undefined) =>
    (container as Record<string, unknown> | undefined)?.[index ?? '']
  const named = (kind: string, item: unknown, index: string) => {
    const id = (item as { id?: unknown } | undefined)?.id
    return `${kind} ${typeof id === 'string' ? id : `#${Number(index) + 1}`}`
  }
  if (Array.isArray(data)) { // actors.yaml
    const [index, ...rest] = parts
    if (index === undefined) return { entity: null, field: '' }
    return { entity: named('actor', data[Number(index)], index), field: rest.join('.') }
  }
  const [section, index, ...rest] = parts
  const kind = ENTITY_OF[section ?? '']
  if (kind !== undefined && index !== undefined) {
    return { entity: named(kind, pick(pick(data, section), index), index), field: rest.join('.') }
  }
  return { entity: section === 'article' ? 'article' : null, field: parts.join('.') }
}

export function validate (seed: LoadedSeed): ValidSeed {
  const issues = new IssueList()
  const actorsOk = checkSchema<SeedActor[]>(actorsCheck, seed.actors, issues)
  const articles: ValidArticle[] = []
  for (const a of seed.articles) {
    if (!checkSchema<Annotation>(annotationCheck, a.annotation, issues)) continue
    const annotation = a.annotation.data as Annotation
    if (annotation.article.id !== a.id) {
      issues.add(a.annotation.file, 'article', `id "${annotation.article.id}" must equal the file name "${a.id}"`)
    }
    articles.push({ id: a.id, file: a.annotation.file, textFile: a.textFile, text: a.text, annotation })
  }
  issues.throwIfAny()
  const valid: ValidSeed = { actorsFile: seed.actors.file, actors: actorsOk ? seed.actors.data as SeedActor[] : [], articles }
  checkReferences(valid, issues)
  issues.throwIfAny()
  return valid
}

function duplicates (ids: string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => seen.has(id) || !seen.add(id))
}

function checkReferences ({ actorsFile, actors, articles }: ValidSeed, issues: IssueList): void {
  const actorIds = new Set(actors.map((a) => a.id))
  const articleIds = new Set(articles.map((a) => a.id))
  for (const id of duplicates(actors.map((a) => a.id))) issues.add(actorsFile, `actor ${id}`, 'duplicate id')

  const aliasOwner = new Map<string, string>()
  for (const actor of actors) {
    const entity = `actor ${actor.id}`
    for (const alias of actor.aliases) {
      const owner = aliasOwner.get(alias)
      if (owner !== undefined && owner !== actor.id) issues.add(actorsFile, entity, `alias "${alias}" is also an alias of ${owner}: mentions would be ambiguous`)
      aliasOwner.set(alias, actor.id)
    }
    for (const alias of duplicates(actor.aliases)) issues.add(actorsFile, entity, `alias "${alias}" is listed twice`)
    for (const [i, role] of (actor.roles ?? []).entries()) {
      if (role.of !== null && !actorIds.has(role.of)) issues.add(actorsFile, entity, `roles.${i}.of: unknown actor "${role.of}"`)
      for (const ev of role.evidence) {
        if (!articleIds.has(ev.article)) issues.add(actorsFile, entity, `roles.${i}.evidence: unknown article "${ev.article}"`)
      }
    }
  }

  const all = { event: new Set<string>(), claim: new Set<string>(), question: new Set<string>() }
  for (const { annotation } of articles) {
    annotation.events.forEach((e) => all.event.add(e.id))
    annotation.claims.forEach((c) => all.claim.add(c.id))
    annotation.questions.forEach((q) => all.question.add(q.id))
  }
  const seenIds = { event: new Set<string>(), claim: new Set<string>(), question: new Set<string>() }

  for (const { file, text, annotation } of articles) {
    const ref = (entity: string, field: string, kind: 'actor' | 'event' | 'claim', id: string | null) => {
      if (id === null) return
      const known = kind === 'actor' ? actorIds : all[kind]
      if (!known.has(id)) issues.add(file, entity, `${field}: unknown ${kind} "${id}"`)
    }
    const unique = (kind: keyof typeof seenIds, id: string) => {
      if (seenIds[kind].has(id)) issues.add(file, `${kind} ${id}`, 'duplicate id')
      seenIds[kind].add(id)
    }
    const fromArticle = (entity: string, field: string, words: string | null | undefined) => {
      if (words != null && !text.includes(words)) issues.add(file, entity, `${field}: "${words}" does not occur in the article; it must be the article's own words`)
    }

    for (const e of annotation.events) {
      const entity = `event ${e.id}`
      unique('event', e.id)
      e.participants.forEach((p, i) => ref(entity, `participants.${i}.actor`, 'actor', p.actor))
      fromArticle(entity, 'when.text', e.when?.text)
      fromArticle(entity, 'location', e.location)
    }
    for (const c of annotation.claims) {
      const entity = `claim ${c.id}`
      unique('claim', c.id)
      ref(entity, 'speaker', 'actor', c.speaker)
      c.subjects.forEach((s, i) => ref(entity, `subjects.${i}`, 'actor', s))
      c.events.forEach((s, i) => ref(entity, `events.${i}`, 'event', s))
      c.related?.forEach((r, i) => {
        ref(entity, `related.${i}.claim`, 'claim', r.claim)
        if (r.claim === c.id) issues.add(file, entity, `related.${i}.claim: a claim cannot relate to itself`)
      })
      fromArticle(entity, 'cue', c.cue)
      if (c.sourceKind === 'author' && (c.speaker !== null || c.cue !== null)) issues.add(file, entity, 'sourceKind author (the article\'s own voice) takes speaker: null and cue: null')
      if (c.sourceKind === 'named' && c.speaker === null) issues.add(file, entity, 'sourceKind named needs a speaker')
      if (c.sourceKind === 'anonymous' && c.speaker !== null) issues.add(file, entity, 'sourceKind anonymous takes speaker: null')
      if (c.sourceKind !== 'author' && c.cue === null) issues.add(file, entity, `sourceKind ${c.sourceKind} needs the cue that attributes it`)
    }
    for (const q of annotation.questions) {
      const entity = `question ${q.id}`
      unique('question', q.id)
      q.actors.forEach((a, i) => ref(entity, `actors.${i}`, 'actor', a))
      q.events.forEach((a, i) => ref(entity, `events.${i}`, 'event', a))
      q.claims.forEach((a, i) => ref(entity, `claims.${i}`, 'claim', a))
      if (q.status === 'open' && q.resolution !== null) issues.add(file, entity, 'an open question has resolution: null')
      if (q.status !== 'open' && q.resolution === null) issues.add(file, entity, `a ${q.status} question needs its resolution`)
    }
  }
}
