import Type, { type TSchema } from 'typebox'
import type { FastifyInstance } from 'fastify'
import { COLLECTIONS, type CollectionName, type EntityName } from '../db/collections.js'
import { IdParams, ItemQuery, listQuery } from '../schemas/query.js'
import { BAD_REQUEST, GONE, listOf, NOT_ACCEPTABLE, NOT_FOUND, okResponse, problemResponse } from '../schemas/http.js'
import { missing } from './missing.js'
import { ITEM_MEDIA_TYPES, JSONLD_MEDIA_TYPE, JSONLD_NDJSON_MEDIA_TYPE, listMediaTypes, originOf } from '../formats/index.js'
import { JsonLdDocument } from '../schemas/jsonld.js'
import { ref } from '../schemas/ref.js'
import { toJsonLd } from '../jsonld/documents.js'
import { CSV_COLUMNS } from '../formats/csv.js'
import { listHandler, queryChecks, type Parent } from './list.js'
import { EXAMPLE_IDS } from '../schemas/examples.js'

// Route builders shared by the resource plugins: a list (with its bulk formats), a
// detail, and nested lists under a parent. Each route carries its full OpenAPI schema;
// paths and names come from the registry of collections.

const EXAMPLE_ID: Record<EntityName, string> = { articles: EXAMPLE_IDS.article, actors: EXAMPLE_IDS.actor, events: EXAMPLE_IDS.event, claims: EXAMPLE_IDS.claim, questions: EXAMPLE_IDS.question }

const bulk = (collection: CollectionName) => ({
  'application/x-ndjson': { schema: { type: 'string', description: 'One JSON item per line, for `format=ndjson` or `Accept: application/x-ndjson`.' } },
  'text/csv': { schema: { type: 'string', description: `A header row (${CSV_COLUMNS[collection].map(([name]) => name).join(', ')}), then one row per item, for \`format=csv\` or \`Accept: text/csv\`. Arrays are joined with "; ", evidence quotes with " | ".` } },
  ...(collection === 'search'
    ? {}
    : {
        [JSONLD_MEDIA_TYPE]: { schema: ref(JsonLdDocument) },
        [JSONLD_NDJSON_MEDIA_TYPE]: { schema: { type: 'string', description: 'One JSON-LD document per line (each with its `@context`), for `format=jsonld-ndjson`.' } }
      })
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
  const check = queryChecks(spec.collection)
  const stale = Object.entries(c.sorts).filter(([, s]) => s.mutable === true).map(([name]) => name)
  fastify.get(url, {
    config: { produces: listMediaTypes(spec.collection), checkQuery: (query) => check(fastify.repo, query).errors },
    schema: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      ...(spec.parent === undefined ? {} : { params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [EXAMPLE_ID[spec.parent.collection]] }) }) }),
      querystring: listQuery(spec.collection, spec.parent === undefined ? [] : [spec.parent.filter]),
      response: {
        200: okResponse('A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines).', { 'application/json': { schema: Type.Unsafe(Type.Ref(listId)) }, ...bulk(spec.collection) }, true),
        400: BAD_REQUEST,
        ...(parent === undefined ? {} : { 404: problemResponse(`There is no ${parent.singular} with that id.`) }),
        406: NOT_ACCEPTABLE,
        ...(parent === undefined && stale.length === 0
          ? {}
          : { 410: problemResponse([parent === undefined ? null : `The ${parent.singular} with that id was deleted (\`/problems/gone\`).`, stale.length === 0 ? null : `The cursor is stale (\`/problems/cursor-stale\`): the dataset changed since it was issued, and the order ${stale.map((s) => `\`${s}\``).join(', ')} depends on values that changed with it. Start again without a cursor.`].filter((x) => x !== null).join(' Or: ')) })
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
    config: { produces: ITEM_MEDIA_TYPES },
    schema: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [EXAMPLE_ID[spec.collection]] }) }),
      querystring: ItemQuery,
      response: {
        200: okResponse(`The ${c.singular}.`, { 'application/json': { schema: spec.item }, [JSONLD_MEDIA_TYPE]: { schema: ref(JsonLdDocument) } }),
        400: BAD_REQUEST,
        404: NOT_FOUND,
        406: NOT_ACCEPTABLE,
        410: GONE
      }
    }
  }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const doc = fastify.snapshot(reply, (repo) => repo.doc(spec.collection, id, spec.detail === true) ?? missing(repo, spec.collection, id))
    if (typeof doc !== 'string') throw doc
    if (request.representation === JSONLD_MEDIA_TYPE) {
      return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(toJsonLd(spec.collection, JSON.parse(doc) as Record<string, unknown>, originOf(request))))
    }
    return reply.type('application/json; charset=utf-8').send(doc)
  })
}
