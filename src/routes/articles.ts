import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { Article, ArticleDetail } from '../schemas/entities.js'
import { BAD_REQUEST, GONE, NOT_ACCEPTABLE, NOT_FOUND, okResponse } from '../schemas/http.js'
import { IdParams, NoQuery } from '../schemas/query.js'
import { ref } from '../schemas/ref.js'
import { detailRoute, listRoute } from './collection.js'
import { missing } from './missing.js'
import { EXAMPLE_IDS } from '../schemas/examples.js'

export default async function articles (fastify: FastifyInstance) {
  const tag = 'articles'
  listRoute(fastify, {
    collection: 'articles',
    operationId: 'listArticles',
    tag,
    item: ref(Article),
    summary: 'List articles',
    description: 'Every source article, in id order, with counts of what was annotated in each.'
  })
  detailRoute(fastify, {
    collection: 'articles',
    operationId: 'getArticle',
    tag,
    item: ref(ArticleDetail),
    detail: true,
    summary: 'Get an article with its sections and sentences',
    description: 'The article with its full text, its sections (heading and body span) and its sentences (spans), as found by the seed pipeline.'
  })
  fastify.get('/v1/articles/:id/text', {
    config: { produces: ['text/plain'] },
    schema: {
      operationId: 'getArticleText',
      tags: [tag],
      summary: 'Get the article text, byte for byte',
      description: 'The text exactly as given to the seed, as text/plain; charset=utf-8. Span offsets index into it: `start`/`end` in code points, `startUtf16`/`endUtf16` in UTF-16 units.',
      params: Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [EXAMPLE_IDS.article] }) }),
      querystring: NoQuery,
      response: {
        200: okResponse('The article text.', { 'text/plain': { schema: Type.String() } }),
        400: BAD_REQUEST,
        404: NOT_FOUND,
        406: NOT_ACCEPTABLE,
        410: GONE
      }
    }
  }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const text = fastify.snapshot(reply, (repo) => repo.articleText(id) ?? missing(repo, 'articles', id))
    if (typeof text !== 'string') throw text
    return reply.type('text/plain; charset=utf-8').send(text)
  })
  const parent = { collection: 'articles', filter: 'article' } as const
  for (const [collection, item, name] of [['actors', 'Actor', 'Actors'], ['events', 'Event', 'Events'], ['claims', 'Claim', 'Claims'], ['questions', 'Question', 'Questions']] as const) {
    listRoute(fastify, {
      collection,
      operationId: `list${name}ForArticle`,
      tag,
      item: Type.Unsafe(Type.Ref(item)),
      parent,
      summary: `List the ${collection} of an article`,
      description: `The ${collection} annotated in (or, for actors, mentioned in) one article: the same as /v1/${collection}?article={id}, with the same filters. 404 when the article does not exist.`
    })
  }
}
