import Type from 'typebox'
import type { FastifyInstance } from 'fastify'
import { changesSince } from '../db/changes.js'
import { invalid } from '../problems.js'
import { BAD_REQUEST, Changes, NOT_ACCEPTABLE, okResponse } from '../schemas/http.js'
import { ref } from '../schemas/ref.js'
import { DEFAULT_LIMIT, MAX_LIMIT } from '../schemas/query.js'

// The changes feed: which articles were added, replaced or deleted since a dataset version,
// so that a client that pulled version V fetches only those articles' items again. A
// version the database never had (or had before its last full build, which starts the
// feed afresh) is a 400 on `since`: the client must pull everything again.

/** `example`: a version the database has had (the one it is at when the app starts). */
const query = (example: string) => Type.Object({
  since: Type.String({ minLength: 1, maxLength: 64, examples: [example], description: `A dataset version this client has (\`datasetVersion\` of /v1, or the \`Dataset-Version\` header of any response). Example: \`${example}\`.` }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Articles per page, 1 to ${MAX_LIMIT}.` })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, description: 'Opaque cursor from `next` of the previous page, valid only with the same `since`.' }))
}, { additionalProperties: false })

const KEY = [{ sql: 'article_id', desc: false, type: 'text' as const }]

export default async function changes (fastify: FastifyInstance) {
  fastify.get('/v1/changes', {
    config: { produces: ['application/json'] },
    schema: {
      operationId: 'listChanges',
      tags: ['dataset'],
      summary: 'List the articles changed since a version',
      description: 'The articles added, replaced or deleted (by `npm run ingest`) since dataset version `since`, one entry per article with its net change and the version that made it, in article id order; `datasetVersion` is the version now. ' +
        'An article added and deleted again since then is not listed. Fetch a listed article\'s items again with `/v1/claims?article={id}` (and events, questions); a deleted one\'s ids answer 410 Gone. ' +
        'A version this database never had, or had before its last full build (which starts the feed afresh), is a 400 problem on `since`: pull everything again.',
      querystring: query(fastify.repo.version),
      response: { 200: okResponse('The changes since `since`.', { 'application/json': { schema: ref(Changes) } }), 400: BAD_REQUEST, 406: NOT_ACCEPTABLE }
    }
  }, async (request, reply) => {
    const q = request.query as { since: string, limit?: number, cursor?: string }
    const limit = q.limit ?? DEFAULT_LIMIT
    let after: string | null = null
    if (q.cursor !== undefined) {
      const decoded = fastify.cursors.decode(`changes:${q.since}`, q.cursor, KEY)
      if (!decoded.ok) throw invalid([{ in: 'query', name: 'cursor', message: `${decoded.reason}` }])
      after = decoded.key[0] as string
    }
    // the feed and its version from one snapshot, so the header and the body agree
    return fastify.snapshot(reply, (repo) => {
      const version = repo.version
      const rows = changesSince(repo.db, q.since, after, limit + 1)
      if (rows === null) {
        throw invalid([{ in: 'query', name: 'since', message: `version "${q.since}" is not one this dataset has had since its last full build (it is now ${version}): pull everything again` }])
      }
      const more = rows.length > limit
      const data = more ? rows.slice(0, limit) : rows
      const next = more ? fastify.cursors.encode(`changes:${q.since}`, [data.at(-1)!.article], version) : null
      return reply.type('application/json; charset=utf-8').send(JSON.stringify({ datasetVersion: version, since: q.since, data, next }))
    })
  })
}
