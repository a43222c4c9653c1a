import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { SEARCH_TYPES, type SearchFilters, type SearchRow } from '../db/search.js'
import type { CursorKey } from '../db/cursor.js'
import { negotiateFormat, sendStream } from './export.js'
import { nextUrl } from './list.js'
import { csvField } from './csv.js'
import { toFtsQuery } from '../db/fts.js'
import { invalid, type ProblemField } from '../problem.js'
import { DEFAULT_LIMIT, FORMATS, MAX_LIMIT } from '../schemas/query.js'
import { ref, StringEnum } from '../schemas/ref.js'
import { BAD_REQUEST, SearchResults } from '../schemas/http.js'

const PATH: Record<SearchRow['type'], string> = { actor: 'actors', event: 'events', claim: 'claims', question: 'questions', article: 'articles' }

const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 1000, description: 'Words (all must match), "quoted phrases", prefixes (guarant*) and OR between terms. Other search syntax is read as plain words.', examples: ['security guarant*'] }),
  type: Type.Optional(Type.Array(StringEnum([...SEARCH_TYPES]), { description: 'Only these types; repeat for several.', examples: [['claim']] })),
  article: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { description: 'Only items of these articles (actors: those mentioned in them).', examples: [['ukraine-security-guarantees']] })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, description: 'Opaque cursor from `page.next`.' })),
  format: Type.Optional(StringEnum(FORMATS, { description: '`ndjson` or `csv` streams every hit, best first, unpaginated; the `Accept` header does the same. CSV columns: type, id, article, title, snippet, score, url.' }))
}, { additionalProperties: false })

function hitJson (fastify: FastifyInstance, r: SearchRow): string {
  const span = r.type === 'article' && r.spanId !== null ? fastify.searchIndex.span(r.spanId) : undefined
  return `{"type":${JSON.stringify(r.type)},"id":${JSON.stringify(r.id)},"article":${JSON.stringify(r.article)},"title":${JSON.stringify(r.title)},"snippet":${JSON.stringify(r.snippet)},"score":${r.score},"url":${JSON.stringify(`/v1/${PATH[r.type]}/${r.id}`)},"span":${span ?? 'null'}}`
}

const CSV_COLUMNS = ['type', 'id', 'article', 'title', 'snippet', 'score', 'url'] as const

/** Every hit, best first, read in batches like the collections' bulk pulls. */
function * searchExport (fastify: FastifyInstance, filters: SearchFilters, format: 'ndjson' | 'csv'): Generator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\r\n`
  let after: CursorKey | null = null
  do {
    const { rows, next } = fastify.searchIndex.page(filters, 1000, after)
    yield rows.map((r) => format === 'ndjson'
      ? `${hitJson(fastify, r)}\n`
      : `${CSV_COLUMNS.map((c) => csvField(c === 'url' ? `/v1/${PATH[r.type]}/${r.id}` : r[c])).join(',')}\r\n`).join('')
    after = next
  } while (after !== null)
}

export default async function search (fastify: FastifyInstance) {
  fastify.get('/v1/search', {
    schema: {
      operationId: 'search',
      tags: ['search'],
      summary: 'Search everything',
      description: 'Full-text search over actor names and aliases, event titles, claim text, question text and the articles\' sentences, ranked by bm25 (best first), each hit with a highlighted snippet. Paginated like every list.',
      querystring: SearchQuery,
      response: {
        200: {
          description: 'A page of hits (JSON), or every hit streamed (NDJSON, CSV).',
          content: {
            'application/json': { schema: ref(SearchResults) },
            'application/x-ndjson': { schema: { type: 'string', description: 'One hit per line.' } },
            'text/csv': { schema: { type: 'string', description: 'A header row (type, id, article, title, snippet, score, url), then one row per hit.' } }
          }
        },
        400: BAD_REQUEST
      }
    }
  }, async (request, reply) => {
    const query = request.query as { q: string, type?: string[], article?: string[], limit?: number, cursor?: string, format?: string }
    const errors: ProblemField[] = []
    const fts = toFtsQuery(query.q)
    if (!fts.ok) errors.push({ in: 'query', name: 'q', message: fts.reason })
    const articles = [...new Set(query.article ?? [])].sort()
    const unknown = fastify.repo.unknownIds('articles', articles)
    if (unknown.length > 0) errors.push({ in: 'query', name: 'article', message: `unknown article id ${unknown.map((u) => `"${u}"`).join(', ')}: use an id from /v1/articles` })
    if (errors.length > 0 || !fts.ok) throw invalid(errors)
    const filters = { match: fts.query, types: [...new Set(query.type ?? [])].sort(), articles }
    const queryKey = JSON.stringify(['search', filters])
    let after = null
    if (query.cursor !== undefined) {
      const decoded = fastify.cursors.decode(queryKey, query.cursor)
      if (!decoded.ok) throw invalid([{ in: 'query', name: 'cursor', message: `${decoded.reason}. Start again without a cursor, or use page.next of the same query.` }])
      after = decoded.key
    }
    const format = negotiateFormat(query.format, request.headers.accept)
    if (format !== 'json') {
      return sendStream(request, reply, searchExport(fastify, filters, format), format, `search-${fastify.repo.meta.version}`)
    }
    const limit = query.limit ?? DEFAULT_LIMIT
    const { rows, next: key } = fastify.searchIndex.page(filters, limit, after)
    const next = key === null ? null : fastify.cursors.encode(queryKey, key)
    if (next !== null) reply.header('link', `<${nextUrl(request.url, next)}>; rel="next"`)
    const data = rows.map((r) => hitJson(fastify, r))
    const page = { limit, next, total: fastify.searchIndex.count(filters, queryKey) }
    return reply.type('application/json; charset=utf-8').send(`{"data":[${data.join(',')}],"page":${JSON.stringify(page)}}`)
  })
}
