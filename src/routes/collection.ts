import Type, { type TSchema } from 'typebox'
import type { FastifyInstance } from 'fastify'
import { COLLECTIONS, type CollectionName, type EntityName } from '../db/collections.js'
import { IdParams, listQuery, NoQuery } from '../schemas/query.js'
import { BAD_REQUEST, GONE, listOf, NOT_ACCEPTABLE, NOT_FOUND, okResponse, problemResponse } from '../schemas/http.js'
import { missing } from './missing.js'
import { LIST_MEDIA_TYPES } from '../formats/index.js'
import { CSV_COLUMNS } from '../formats/csv.js'
import { listHandler, queryChecks, type Parent } from './list.js'
import { EXAMPLE_IDS } from '../schemas/examples.js'

// Route builders shared by the resource plugins: a list (with its bulk formats), a
// detail, and nested lists under a parent. Each route carries its full OpenAPI schema;
// paths and names come from the registry of collections.

const EXAMPLE_ID: Record<EntityName, string> = { articles: EXAMPLE_IDS.article, actors: EXAMPLE_IDS.actor, events: EXAMPLE_IDS.event, claims: EXAMPLE_IDS.claim, questions: EXAMPLE_IDS.question }

const bulk = (collection: CollectionName) => ({
  'application/x-ndjson': { schema: { type: 'string', description: 'One JSON item per line, for `format=ndjson` or `Accept: application/x-ndjson`.' } },
  'text/csv': { schema: { type: 'string', description: `A header row (${CSV_COLUMNS[collection].map(([name]) => name).join(', ')}), then one row per item, for \`format=csv\` or \`Accept: text/csv\`. Arrays are joined with "; ", evidence quotes with " | ".` } }
})

/** What every route of a collection states about itself. */
interface RouteSpec {
  operationId: string
  summary: string
  description: string
  tag: string
  item: TSchema
}

interface ListSpec extends RouteSpec {
  collection: CollectionName
  /** nested under /v1/{parent}/{id}/{collection}, fixing one filter to the parent's id */
  parent?: Parent
  /** the list envelope's schema id, `<Item>List` unless given */
  listId?: string
}

export function listRoute (fastify: FastifyInstance, spec: ListSpec) {
  const c = COLLECTIONS[spec.collection]
  const listId = spec.listId ?? `${(spec.item as { $ref?: string }).$ref ?? 'Item'}List`
  if (fastify.getSchema(listId) === undefined) fastify.addSchema(listOf(spec.item, listId))
  const parent = spec.parent === undefined ? undefined : COLLECTIONS[spec.parent.collection]
  const url = parent === undefined ? c.path : `${parent.path}/:id/${c.name}`
  const check = queryChecks(fastify, spec.collection)
  fastify.get(url, {
    config: { produces: LIST_MEDIA_TYPES, checkQuery: (query) => check(query).errors },
    schema: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      ...(spec.parent === undefined ? {} : { params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [EXAMPLE_ID[spec.parent.collection]] }) }) }),
      querystring: listQuery(spec.collection, spec.parent === undefined ? [] : [spec.parent.filter]),
      response: {
        200: okResponse('A page of results (JSON), or every result streamed (NDJSON, CSV).', { 'application/json': { schema: Type.Unsafe(Type.Ref(listId)) }, ...bulk(spec.collection) }),
        400: BAD_REQUEST,
        ...(parent === undefined ? {} : { 404: problemResponse(`There is no ${parent.singular} with that id.`), 410: problemResponse(`The ${parent.singular} with that id was deleted (\`type\` /problems/gone).`) }),
        406: NOT_ACCEPTABLE
      }
    }
  }, listHandler(fastify, spec.collection, spec.parent))
}

interface DetailSpec extends RouteSpec {
  collection: EntityName
  detail?: boolean
}

export function detailRoute (fastify: FastifyInstance, spec: DetailSpec) {
  const c = COLLECTIONS[spec.collection]
  fastify.get(`${c.path}/:id`, {
    config: { produces: ['application/json'] },
    schema: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [EXAMPLE_ID[spec.collection]] }) }),
      querystring: NoQuery,
      response: { 200: okResponse(`The ${c.singular}.`, { 'application/json': { schema: spec.item } }), 400: BAD_REQUEST, 404: NOT_FOUND, 406: NOT_ACCEPTABLE, 410: GONE }
    }
  }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const doc = fastify.repo.doc(spec.collection, id, spec.detail === true)
    if (doc === undefined) throw missing(fastify, spec.collection, id)
    return reply.type('application/json; charset=utf-8').send(doc)
  })
}
