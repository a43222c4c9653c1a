import type { FastifyInstance } from 'fastify'
import { COLLECTIONS, type EntityName } from '../db/collections.js'
import { deletedIn, type TombstoneType } from '../db/changes.js'
import { gone, notFound, type Problem } from '../problems.js'

/** The problem for an id a collection does not hold: 410 if an ingest deleted it, else 404. */
export function missing (fastify: FastifyInstance, collection: EntityName, id: string): Problem {
  const c = COLLECTIONS[collection]
  const version = deletedIn(fastify.repo.db, c.singular as TombstoneType, id)
  return version === undefined
    ? notFound(`There is no ${c.singular} with id "${id}". List them at ${c.path}.`)
    : gone(`The ${c.singular} "${id}" was deleted in dataset version ${version}. See what changed with /v1/changes?since=<your version>.`)
}
