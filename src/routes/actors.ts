import type { FastifyInstance } from 'fastify'
import { Actor, ActorDetail, Claim, Event, Question } from '../schemas/entities.js'
import { ref } from '../schemas/ref.js'
import { detailRoute, listRoute } from './collection.js'

export default async function actors (fastify: FastifyInstance) {
  const tag = 'actors'
  listRoute(fastify, {
    collection: 'actors',
    operationId: 'listActors',
    tag,
    item: ref(Actor),
    summary: 'List actors',
    description: 'People, states, organisations, alliances and groups, in order of first mention. Sort by `-mentions` for the most mentioned first; `q` searches names and aliases.'
  })
  detailRoute(fastify, {
    collection: 'actors',
    operationId: 'getActor',
    tag,
    item: ref(ActorDetail),
    detail: true,
    summary: 'Get an actor with its mentions',
    description: 'The actor, its roles with evidence, facts added from outside the article (marked), and every mention found in the articles as a span.'
  })
  const parent = { collection: 'actors', filter: 'actor' } as const
  listRoute(fastify, {
    collection: 'claims',
    operationId: 'listClaimsForActor',
    tag,
    item: ref(Claim),
    parent,
    summary: 'List claims by or about an actor',
    description: 'Claims whose speaker or a subject is the actor: the same as /v1/claims?actor={id}. 404 when the actor does not exist.'
  })
  listRoute(fastify, {
    collection: 'events',
    operationId: 'listEventsForActor',
    tag,
    item: ref(Event),
    parent,
    summary: 'List events an actor takes part in',
    description: 'Events with the actor among their participants: the same as /v1/events?actor={id}. 404 when the actor does not exist.'
  })
  listRoute(fastify, {
    collection: 'questions',
    operationId: 'listQuestionsForActor',
    tag,
    item: ref(Question),
    parent,
    summary: 'List open questions bearing on an actor',
    description: 'The same as /v1/questions?actor={id}. 404 when the actor does not exist.'
  })
}
