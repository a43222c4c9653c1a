import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { listRoute } from './collection.js'

// Search is a collection like the others (src/db/collections.ts): paginated, filtered
// and exported by the same core; its items are hits, best first.

export default async function search (fastify: FastifyInstance) {
  listRoute(fastify, {
    collection: 'search',
    operationId: 'search',
    tag: 'search',
    item: Type.Unsafe(Type.Ref('SearchHit')),
    listId: 'SearchResults',
    summary: 'Search everything',
    description: 'Full-text search over actor names and aliases, event titles, claim text, question text and the articles\' sentences, ranked by bm25 (best first), each hit with a highlighted snippet. Paginated and exported (`format=ndjson|csv`; CSV columns: type, id, article, title, snippet, score, url, span.start) like every list. `q` takes words (all must match), "quoted phrases", prefixes (`guarant*`), `OR`, and `-word` or `NOT word` to exclude; other search syntax is read as plain words.'
  })
}
