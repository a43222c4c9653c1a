import Type, { type Static, type TSchema } from 'typebox'
import { Nullable, ref, StringEnum } from './ref.js'

// The envelopes around entities: errors, pages, lists, dataset metadata, health.

export const ProblemError = Type.Object({
  in: StringEnum(['query', 'path', 'header', 'body']),
  name: Type.String({ description: 'The parameter.' }),
  message: Type.String({ description: 'What is wrong, and what is allowed.' })
}, { $id: 'ProblemError', title: 'ProblemError' })

export const Problem = Type.Object({
  type: Type.String({ description: 'A URI reference that identifies the problem type.' }),
  title: Type.String(),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  detail: Type.String(),
  instance: Type.String({ description: 'The request path and query string.' }),
  errors: Type.Optional(Type.Array(ref(ProblemError)))
}, {
  $id: 'Problem',
  title: 'Problem',
  description: 'An RFC 9457 problem detail, served as application/problem+json.',
  examples: [{
    type: '/problems/invalid-parameter',
    title: 'Invalid parameter',
    status: 400,
    detail: 'The request has 1 invalid parameter.',
    instance: '/v1/claims?certainty=sure',
    errors: [{ in: 'query', name: 'certainty', message: 'must be one of: certain, probable, possible, uncommitted' }]
  }]
})

export const Page = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500 }),
  next: Nullable(Type.String({ description: 'Opaque cursor for the next page; null on the last page.' })),
  total: Type.Integer({ minimum: 0, description: 'How many rows match the filters, over all pages.' })
}, { $id: 'Page', title: 'Page', examples: [{ limit: 50, next: null, total: 34 }] })

export const Included = Type.Object({
  actors: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Actor')))),
  events: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Event')))),
  claims: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Claim')))),
  articles: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Article'))))
}, { $id: 'Included', title: 'Included', description: 'Entities named by ids in `data`, keyed by type and id (only with `include`).' })

export function listOf<T extends TSchema> (item: T, name: string) {
  return Type.Object({
    data: Type.Array(item),
    page: ref(Page),
    included: Type.Optional(ref(Included))
  }, { $id: `${name}List`, title: `${name}List` })
}

export const DatasetInfo = Type.Object({
  name: Type.String(),
  version: Type.String({ description: 'Hash of the built dataset\'s content: equal content, equal version.' }),
  builtAt: Type.String({ format: 'date-time' }),
  schemaVersion: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  licence: Type.String(),
  source: Type.String(),
  links: Type.Record(Type.String(), Type.String())
}, { $id: 'DatasetInfo', title: 'DatasetInfo' })

export const Health = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String()
}, { $id: 'Health', title: 'Health', examples: [{ status: 'ok', version: '0123456789abcdef' }] })

export type Problem = Static<typeof Problem>

export const SearchHit = Type.Object({
  type: StringEnum(['actor', 'event', 'claim', 'question', 'article'], { description: 'What was found; `article` is a sentence of an article\'s text.' }),
  id: Type.String({ description: 'Id of the item (for `article`, the article id).' }),
  article: Nullable(Type.String({ description: 'The article the item belongs to; null for actors, which are shared.' })),
  title: Type.String({ description: 'The item\'s name, title or text.' }),
  snippet: Type.String({ description: 'The best-matching passage, HTML-escaped, with matches in <mark>…</mark>.' }),
  score: Type.Number({ description: 'bm25 relevance: lower is better. Results come best first.' }),
  url: Type.String({ description: 'Where the item is in this API.' }),
  span: Nullable(Type.Unsafe(Type.Ref('Span')))
}, {
  $id: 'SearchHit',
  title: 'SearchHit',
  examples: [{ type: 'claim', id: 'putin-agreed-to-guarantees', article: 'ukraine-security-guarantees', title: 'Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees.', snippet: 'Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security <mark>guarantees</mark>.', score: -1.2, url: '/v1/claims/putin-agreed-to-guarantees', span: null }]
})

export const SearchResults = Type.Object({
  data: Type.Array(Type.Unsafe(Type.Ref('SearchHit'))),
  page: Type.Unsafe(Type.Ref('Page'))
}, { $id: 'SearchResults', title: 'SearchResults' })

/** A problem response as OpenAPI should show it: application/problem+json, with what it means here. */
export function problemResponse (description: string) {
  return { description, content: { 'application/problem+json': { schema: ref(Problem) } } }
}
export const BAD_REQUEST = problemResponse('A parameter is invalid: `errors` names each one, what is wrong and what is allowed.')
export const NOT_FOUND = problemResponse('There is no such item.')
