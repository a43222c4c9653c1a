import type { FastifyInstance } from 'fastify'
import { Question } from '../schemas/entities.js'
import { ref } from '../schemas/ref.js'
import { detailRoute, listRoute } from './collection.js'

export default async function questions (fastify: FastifyInstance) {
  const tag = 'questions'
  listRoute(fastify, {
    collection: 'questions',
    operationId: 'listQuestions',
    tag,
    item: ref(Question),
    summary: 'List open questions',
    description: 'What the article leaves open (forecasts, unknown facts, disputes, things to watch), each with resolution criteria and the actors, events and claims it bears on.'
  })
  detailRoute(fastify, {
    collection: 'questions',
    operationId: 'getQuestion',
    tag,
    item: ref(Question),
    summary: 'Get an open question',
    description: 'One question with its resolution criteria, what it bears on and the spans that raise it.'
  })
}
