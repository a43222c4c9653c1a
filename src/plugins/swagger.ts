import { readFileSync } from 'node:fs'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import compress from '@fastify/compress'

// OpenAPI 3.1 generated from the route schemas; Swagger UI at /docs; the document at
// /openapi.json (also committed at openapi/openapi.json by `npm run openapi`).

export const TAGS = [
  { name: 'dataset', description: 'What the dataset is and whether the service is up.' },
  { name: 'articles', description: 'Source articles, their text, sections and sentences.' },
  { name: 'actors', description: 'People, states, organisations, alliances and groups, with their mentions.' },
  { name: 'events', description: 'What happened, is happening or is expected.' },
  { name: 'claims', description: 'Who asserts what, how hedged, with the words it comes from.' },
  { name: 'questions', description: 'What the article leaves open, with resolution criteria.' },
  { name: 'search', description: 'Full-text search over every type.' }
]

async function docs (fastify: FastifyInstance) {
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Structured Claims API',
        version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
        description: 'A news article as a knowledge base: the actors involved, the events that happened or are expected, the claims made (who asserts what, how hedged) and the open questions, every item pointing back to the exact words it came from (W3C Web Annotation selectors). Read-only.\n\n' +
          'Three ways in: **apps** query this JSON API; **people browsing** read each article with its structure marked in the [reader view](/); **bulk pulls** stream every row of any list with `format=ndjson` or `format=csv`.\n\n' +
          'Lists are keyset-paginated (`page.next`, `Link: rel="next"`); a filter given twice or as a comma list matches any of its values, different filters must all match. Errors are RFC 9457 problem+json whose `type` resolves to a description (`/problems/{name}`). Every response carries a `Dataset-Version` header: the version of the data, not of the API.\n\n' +
          '**The data grows while it is served.** An answer is read from one snapshot of the dataset, the one its `Dataset-Version` names (an export too, from its first row to its last); a new version is served within a second of its release, and ETags change with it. A cursor walk continues across a new version on orders by fixed keys (id; actors by name; the position of events, claims and questions) with no item that existed throughout skipped or repeated; on orders by changing values (the position of articles and actors, renumbered by a new article; actors by mentions; search by relevance) it answers 410 `/problems/cursor-stale`, and the client starts again.',
        license: { name: 'Annotations CC BY 4.0; article text belongs to its publisher', identifier: 'CC-BY-4.0' }
      },
      servers: [{ url: '/', description: 'The server serving this document.' }],
      // public and read-only: no operation needs credentials
      security: [],
      tags: TAGS
    },
    refResolver: {
      // components keep their $id as name (Claim, not def-3)
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`)
    }
  })
  // Swagger UI's files (its bundle alone is over 1 MiB) are compressed by @fastify/compress,
  // registered in their context only: the API's responses compress once per cached body
  await fastify.register(async function ui (docs) {
    await docs.register(compress, { encodings: ['br', 'gzip', 'deflate'], globalDecompression: false })
    await docs.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false, displayOperationId: true },
      // our CSP (src/plugins/http.ts) covers /docs; swagger-ui's own static CSP blocks the inline styles it applies
      staticCSP: false
    })
  })
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger())
}

export default fp(docs, { name: 'swagger', fastify: '5.x', dependencies: ['schemas'] })
