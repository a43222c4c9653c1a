import { COLLECTIONS, type EntityName } from '../db/collections.js'
import { deletedIn, type TombstoneType } from '../db/changes.js'
import type { Repository } from '../db/repository.js'
import { gone, notFound, type Problem } from '../problems.js'

/** The problem for an id a collection does not hold, read on the answer's snapshot: 410 if an ingest deleted it, else 404. */
export function missing (repo: Repository, collection: EntityName, id: string): Problem {
  const c = COLLECTIONS[collection]
  const version = deletedIn(repo.db, c.singular as TombstoneType, id)
  return version === undefined
    ? notFound(`There is no ${c.singular} with id "${id}". List them at ${c.path}.`)
    : gone(`The ${c.singular} "${id}" was deleted in dataset version ${version}. See what changed with /v1/changes?since=<your version>.`)
}
