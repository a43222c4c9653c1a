import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { listRoute } from './collection.js'
import { RANKED_MATCHES } from '../db/ranked.js'

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
    description: 'Full-text search over actor names and aliases, event titles, claim text, question text and the articles\' sentences, ranked by bm25 (best first), each hit with a highlighted snippet. Paginated and exported (`format=ndjson|csv`; CSV columns: type, id, article, title, snippet, score, url, span.start) like every list. `q` takes words (all must match), "quoted phrases", prefixes (`guarant*`), `OR`, and `-word` or `NOT word` to exclude; other search syntax is read as plain words.\n\n' +
      `**Ranking.** A query matching at most ${RANKED_MATCHES.toLocaleString('en')} items has all of them ranked by bm25. One matching more is ranked on a sample: ` +
      `about ${RANKED_MATCHES.toLocaleString('en')} of its matches, spread evenly over the index (those in one run of 64 index rows out of every k, k = matches ÷ ${RANKED_MATCHES.toLocaleString('en')} rounded up), come first, best first; ` +
      'its other matches follow in index order (by type: articles\' sentences, actors, events, claims, questions; each type in the order added), unranked. Ranking every match of a very common word would take time in proportion to its matches ' +
      '(up to a second at a million claims); the sample bounds it. With `type`, the sample and the rest are of those types only (about as many ranked). Every match is still served exactly once across the pages, `page.total` counts them all, and each hit\'s `score` is its own bm25. ' +
        '`after` (an export restarted after its last hit) continues exactly where the pages would, after a ranked hit or an unranked one, and `Total-Count` counts what follows.'
  })
}
