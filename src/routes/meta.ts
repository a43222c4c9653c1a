import type { FastifyInstance } from 'fastify'
import { BAD_REQUEST, DatasetInfo, Health, NOT_ACCEPTABLE, okResponse } from '../schemas/http.js'
import { ref } from '../schemas/ref.js'
import { NoQuery } from '../schemas/query.js'
import { COLLECTIONS, ENTITY_NAMES } from '../db/collections.js'
import type { DatasetMeta } from '../db/repository.js'
import { CONTEXT, CONTEXT_PATH } from '../jsonld/documents.js'
import { JsonLdContext } from '../schemas/jsonld.js'

const LICENCE = 'Annotations (actors, events, claims, questions) are CC BY 4.0. Article texts belong to their publishers and are included only so that every item can point at its source words.'
const SOURCE = 'Built by the seed pipeline from seed/: each article verbatim and its hand-reviewed annotation. Publisher, URL and date are null where the source does not give them.'

export default async function meta (fastify: FastifyInstance) {
  // made once per dataset version, from the meta row of the request's snapshot
  let made: { version: string, body: string } | undefined
  const describe = ({ version, builtAt, schemaVersion, counts }: DatasetMeta) => {
    if (made?.version !== version) {
      made = {
        version,
        body: JSON.stringify({
          name: 'Structured claims',
          datasetVersion: version,
          builtAt,
          schemaVersion,
          counts,
          licence: LICENCE,
          source: SOURCE,
          links: {
            ...Object.fromEntries(ENTITY_NAMES.map((c) => [c, COLLECTIONS[c].path])),
            search: `${COLLECTIONS.search.path}?q=`,
            docs: '/docs',
            openapi: '/openapi.json',
            health: '/health',
            jsonldContext: CONTEXT_PATH
          }
        })
      }
    }
    return made.body
  }
  fastify.get('/v1', {
    config: { produces: ['application/json'] },
    schema: {
      operationId: 'getDataset',
      tags: ['dataset'],
      summary: 'Describe the dataset',
      description: 'The dataset version (a hash of its content, also in the `Dataset-Version` header of every response), when it was built, counts per type, licence and source notes, and links to every collection.',
      querystring: NoQuery,
      response: { 200: okResponse('The dataset.', { 'application/json': { schema: ref(DatasetInfo) } }), 400: BAD_REQUEST, 406: NOT_ACCEPTABLE }
    }
  }, async (_request, reply) => reply.type('application/json; charset=utf-8').send(fastify.snapshot(reply, (repo) => describe(repo.meta))))

  fastify.get('/health', {
    config: { produces: ['application/json'] },
    schema: {
      operationId: 'getHealth',
      tags: ['dataset'],
      summary: 'Check that the service is up',
      description: 'Liveness: `{"status":"ok"}` and the version of the dataset being served.',
      querystring: NoQuery,
      response: { 200: okResponse('The service is up.', { 'application/json': { schema: ref(Health) } }), 400: BAD_REQUEST, 406: NOT_ACCEPTABLE }
    }
  }, async (_request, reply) => fastify.snapshot(reply, (repo) => ({ status: 'ok' as const, datasetVersion: repo.version })))

  const context = JSON.stringify(CONTEXT)
  fastify.get(CONTEXT_PATH, {
    config: { produces: ['application/ld+json', 'application/json'] },
    schema: {
      operationId: 'getJsonLdContext',
      tags: ['dataset'],
      summary: 'Get the JSON-LD context',
      description: 'The JSON-LD 1.1 `@context` of every JSON-LD answer (`format=jsonld`, `Accept: application/ld+json`): schema.org and W3C Web Annotation terms, and the extension terms (certainty, cue, polarity…) of docs/JSON-LD.md. It refers to no other context, so a processor needs nothing else.',
      querystring: NoQuery,
      response: { 200: okResponse('The context.', { 'application/ld+json': { schema: ref(JsonLdContext) }, 'application/json': { schema: ref(JsonLdContext) } }), 400: BAD_REQUEST, 406: NOT_ACCEPTABLE }
    }
  }, async (request, reply) => reply.type(`${request.representation ?? 'application/ld+json'}; charset=utf-8`).send(context))
}
