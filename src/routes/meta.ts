import type { FastifyInstance } from 'fastify'
import { BAD_REQUEST, DatasetInfo, Health } from '../schemas/http.js'
import { ref } from '../schemas/ref.js'
import { NoQuery } from '../schemas/query.js'

const COLLECTIONS = ['articles', 'actors', 'events', 'claims', 'questions'] as const

export default async function meta (fastify: FastifyInstance) {
  const { version, builtAt, schemaVersion, counts } = fastify.repo.meta
  const info = {
    name: 'Structured claims',
    version,
    builtAt,
    schemaVersion,
    counts,
    licence: 'Annotations (actors, events, claims, questions) are CC BY 4.0. Article texts belong to their publishers and are included only so that every item can point at its source words.',
    source: 'Built by the seed pipeline from seed/: each article verbatim and its hand-reviewed annotation. Publisher, URL and date are null where the source does not give them.',
    links: {
      ...Object.fromEntries(COLLECTIONS.map((c) => [c, `/v1/${c}`])),
      search: '/v1/search?q=',
      docs: '/docs',
      openapi: '/openapi.json',
      health: '/health'
    }
  }
  const body = JSON.stringify(info)
  fastify.get('/v1', {
    schema: {
      operationId: 'getDataset',
      tags: ['dataset'],
      summary: 'Describe the dataset',
      description: 'The dataset version (a hash of its content), when it was built, counts per type, licence and source notes, and links to every collection.',
      querystring: NoQuery,
      response: { 200: ref(DatasetInfo), 400: BAD_REQUEST }
    }
  }, async (_request, reply) => reply.type('application/json; charset=utf-8').send(body))

  fastify.get('/health', {
    schema: {
      operationId: 'getHealth',
      tags: ['dataset'],
      summary: 'Check that the service is up',
      description: 'Liveness: `{"status":"ok"}` and the dataset version being served.',
      querystring: NoQuery,
      response: { 200: ref(Health), 400: BAD_REQUEST }
    }
  }, async () => ({ status: 'ok' as const, version }))
}
