import type { FastifyInstance } from 'fastify'
import { Claim, Question } from '../schemas/entities.js'
import { ref } from '../schemas/ref.js'
import { detailRoute, listRoute } from './collection.js'

export default async function claims (fastify: FastifyInstance) {
  const tag = 'claims'
  listRoute(fastify, {
    collection: 'claims',
    operationId: 'listClaims',
    tag,
    item: ref(Claim),
    summary: 'List claims',
    description: 'Claims in order of appearance: who asserts what (speaker, sourceKind, cue), how hedged (certainty), about whom (subjects) and which events, with the exact words as evidence. `speaker=none` selects the article\'s own voice and anonymous sources.'
  })
  detailRoute(fastify, {
    collection: 'claims',
    operationId: 'getClaim',
    tag,
    item: ref(Claim),
    summary: 'Get a claim',
    description: 'One claim with its attribution, certainty, subjects, events, evidence spans and related claims.'
  })
  listRoute(fastify, {
    collection: 'questions',
    operationId: 'listQuestionsForClaim',
    tag,
    item: ref(Question),
    parent: { collection: 'claims', filter: 'claim' },
    summary: 'List open questions bearing on a claim',
    description: 'The same as /v1/questions?claim={id}. 404 when the claim does not exist.'
  })
}
