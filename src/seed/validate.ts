import { Compile } from 'typebox/compile'
import { IssueList } from './errors.js'
import { checkReferences, type SeedContext } from './references.js'
import type { LoadedFile, LoadedSeed } from './load.js'
import { SeedActors, SeedAnnotation, type SeedActor, type SeedAnnotation as Annotation } from '../schemas/seed.js'

// Stage 2, validate: every file against its TypeBox schema, then the cross-references
// (every referenced id exists, no duplicate ids) and the rules of DATA-MODEL.md that a
// schema cannot say (attribution consistency, words that must come from the article).

export interface ValidArticle { id: string, file: string, textFile: string, text: string, annotation: Annotation, hash: string }
export interface ValidSeed { actorsFile: string, actors: SeedActor[], articles: ValidArticle[], registryHash?: string | undefined }

const actorsCheck = Compile(SeedActors)
const annotationCheck = Compile(SeedAnnotation)
const ENTITY_OF: Record<string, string> = { actors: 'actor', events: 'event', claims: 'claim', questions: 'question' }

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

export function validate (seed: LoadedSeed, context?: SeedContext): ValidSeed {
  const issues = new IssueList()
  // a build checks the registry once, not with each of its articles
  const actorsOk = context?.registryChecked === true || checkSchema<SeedActor[]>(actorsCheck, seed.actors, issues)
  const articles: ValidArticle[] = []
  for (const a of seed.articles) {
    if (a.annotation === null) throw new Error(`article ${a.id} has no annotation: the extract stage runs before validate`)
    if (!checkSchema<Annotation>(annotationCheck, a.annotation, issues)) continue
    const annotation = a.annotation.data as Annotation
    if (annotation.article.id !== a.id) {
      issues.add(a.annotation.file, 'article', `id "${annotation.article.id}" must equal the file name "${a.id}"`)
    }
    articles.push({ id: a.id, file: a.annotation.file, textFile: a.textFile, text: a.text, annotation, hash: a.hash ?? '' })
  }
  issues.throwIfAny()
  const valid: ValidSeed = { actorsFile: seed.actors.file, actors: actorsOk ? seed.actors.data as SeedActor[] : [], articles, registryHash: seed.registryHash }
  checkReferences(valid, issues, context)
  issues.throwIfAny()
  return valid
}
