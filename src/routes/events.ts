import type { FastifyInstance } from 'fastify'
import { Claim, Event, Question } from '../schemas/entities.js'
import { ref } from '../schemas/ref.js'
import { detailRoute, listRoute } from './collection.js'

export default async function events (fastify: FastifyInstance) {
  const tag = 'events'
  listRoute(fastify, {
    collection: 'events',
    operationId: 'listEvents',
    tag,
    item: ref(Event),
    summary: 'List events',
    description: 'Events in order of appearance, with their status (occurred, scheduled, expected, hypothetical…), participants and evidence.'
  })
  detailRoute(fastify, {
    collection: 'events',
    operationId: 'getEvent',
    tag,
    item: ref(Event),
    summary: 'Get an event',
    description: 'One event with its participants and the spans it comes from.'
  })
  const parent = { collection: 'events', filter: 'event' } as const
  listRoute(fastify, {
    collection: 'claims',
    operationId: 'listClaimsForEvent',
    tag,
    item: ref(Claim),
    parent,
    summary: 'List claims about an event',
    description: 'The same as /v1/claims?event={id}. 404 when the event does not exist.'
  })
  listRoute(fastify, {
    collection: 'questions',
    operationId: 'listQuestionsForEvent',
    tag,
    item: ref(Question),
    parent,
    summary: 'List open questions bearing on an event',
    description: 'The same as /v1/questions?event={id}. 404 when the event does not exist.'
  })
}
