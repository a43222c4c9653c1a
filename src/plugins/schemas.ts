import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import * as entities from '../schemas/entities.js'
import { JsonLdContext, JsonLdDocument } from '../schemas/jsonld.js'
import { ArticleChange, Changes, DatasetInfo, Health, Included, Page, Problem, ProblemError, ProblemTypeInfo, SearchHit } from '../schemas/http.js'

// Every shared schema, registered once by its $id: OpenAPI shows each as a named
// component, and routes point at them with ref().

const SHARED_SCHEMAS = [
  entities.Span, entities.Mention, entities.AddedFact, entities.Extraction, entities.Role, entities.Actor, entities.ActorDetail,
  entities.Participant, entities.Event, entities.RelatedClaim, entities.Claim, entities.Question,
  entities.Article, entities.ArticleDetail,
  ProblemError, Problem, ProblemTypeInfo, Page, Included, DatasetInfo, Health, SearchHit, JsonLdDocument, JsonLdContext, ArticleChange, Changes
]

async function schemas (fastify: FastifyInstance) {
  for (const schema of SHARED_SCHEMAS) fastify.addSchema(schema)
}

export default fp(schemas, { name: 'schemas', fastify: '5.x' })
