import Type, { type TSchema } from 'typebox'
import type { FastifyInstance } from 'fastify'
import type { Collection } from '../db/resources.js'
import { IdParams, listQuery, NoQuery } from '../schemas/query.js'
import { BAD_REQUEST, listOf, NOT_FOUND, problemResponse } from '../schemas/http.js'
import { ref } from '../schemas/ref.js'
import { notFound } from '../problem.js'
import { listHandler, type Parent } from './list.js'
import { EXAMPLE_IDS } from '../schemas/examples.js'

const PARENT_EXAMPLE: Record<string, string> = { articles: EXAMPLE_IDS.article, actors: EXAMPLE_IDS.actor, events: EXAMPLE_IDS.event, claims: EXAMPLE_IDS.claim }

// Route builders shared by the resource plugins: a list (with its bulk formats), a
// detail, and nested lists under a parent. Each route carries its full OpenAPI schema.

const BULK = {
  'application/x-ndjson': { schema: { type: 'string', description: 'One JSON entity per line (format=ndjson or Accept: application/x-ndjson).' } },
  'text/csv': { schema: { type: 'string', description: 'A header row, then one row per entity (format=csv or Accept: text/csv). Arrays are joined with "; ", evidence quotes with " | ".' } }
}

/** What every route of a collection states about itself. */
interface RouteSpec {
  collection: Collection
  url: string
  operationId: string
  summary: string
  description: string
  tag: string
  item: TSchema
}

export interface ListSpec extends RouteSpec {
  parent?: Parent
  example?: unknown
}

const lists = new Map<string, TSchema>()
function listSchema (item: TSchema, name: string): TSchema {
  let schema = lists.get(name)
  if (schema === undefined) {
    schema = listOf(item, name)
    lists.set(name, schema)
  }
  return schema
}

export function listRoute (fastify: FastifyInstance, spec: ListSpec) {
  const name = (spec.item as { $ref?: string }).$ref ?? 'Item'
  const list = listSchema(spec.item, name)
  if (!fastify.getSchema(`${name}List`)) fastify.addSchema(list)
  fastify.get(spec.url, {
    schema: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      ...(spec.parent === undefined ? {} : { params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [PARENT_EXAMPLE[spec.parent.collection]] }) }) }),
      querystring: listQuery(spec.collection, spec.parent === undefined ? [] : [spec.parent.filter]),
      response: {
        200: {
          description: 'A page of results (JSON), or every result streamed (NDJSON, CSV).',
          content: {
            'application/json': { schema: ref(list), ...(spec.example === undefined ? {} : { example: spec.example }) },
            ...BULK
          }
        },
        400: BAD_REQUEST,
        ...(spec.parent === undefined ? {} : { 404: problemResponse(`There is no ${spec.parent.singular} with that id.`) })
      }
    }
  }, listHandler(fastify, spec.collection, spec.parent))
}

export interface DetailSpec extends RouteSpec {
  detail?: boolean
  exampleId: string
}

export function detailRoute (fastify: FastifyInstance, spec: DetailSpec) {
  const singular = spec.collection.slice(0, -1)
  fastify.get(spec.url, {
    schema: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [spec.exampleId] }) }),
      querystring: NoQuery,
      response: { 200: spec.item, 400: BAD_REQUEST, 404: NOT_FOUND }
    }
  }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const doc = fastify.repo.doc(spec.collection, id, spec.detail === true)
    if (doc === undefined) throw notFound(`There is no ${singular} with id "${id}". List them at /v1/${spec.collection}.`)
    return reply.type('application/json; charset=utf-8').send(doc)
  })
}
