import Type, { type Static, type TSchema } from 'typebox'
import { Nullable, ref, StringEnum } from './ref.js'
import { PROBLEM_TYPES, type ProblemName } from '../problems.js'
import { SEARCH_TYPES } from '../db/collections.js'

// The envelopes around entities: errors, pages, lists, dataset metadata, health.

export const ProblemError = Type.Object({
  in: StringEnum(['query', 'path', 'header', 'body']),
  name: Type.String({ description: 'The parameter.' }),
  message: Type.String({ description: 'What is wrong, and what is allowed.' })
}, { $id: 'ProblemError', title: 'ProblemError' })

// Examples of problems are real answers of the server: test/contract/problems.test.ts
// requests each `instance` and compares.
const example = (problem: ProblemName, detail: string, instance: string, errors?: unknown[]) =>
  ({ type: `/problems/${problem}`, title: PROBLEM_TYPES[problem].title, status: PROBLEM_TYPES[problem].status, detail, instance, ...(errors === undefined ? {} : { errors }) })
const INVALID_EXAMPLE = example('invalid-parameter', 'The request has 1 invalid parameter.', '/v1/claims?certainty=sure',
  [{ in: 'query', name: 'certainty', message: 'must be one of: certain, probable, possible, uncommitted' }])
const NOT_FOUND_EXAMPLE = example('not-found', 'There is no claim with id "no-such-claim". List them at /v1/claims.', '/v1/claims/no-such-claim')

export const Problem = Type.Object({
  type: Type.String({ description: 'A URI reference that identifies the problem type; GET it for a description (/problems/{name}).' }),
  title: Type.String({ description: 'The problem type\'s title: the same for every problem of the type.' }),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  detail: Type.String(),
  instance: Type.String({ description: 'The request path and query string.' }),
  errors: Type.Optional(Type.Array(ref(ProblemError)))
}, {
  $id: 'Problem',
  title: 'Problem',
  description: 'An RFC 9457 problem detail, served as application/problem+json.',
  examples: [INVALID_EXAMPLE]
})

export const ProblemTypeInfo = Type.Object({
  type: Type.String({ description: 'The type URI problems of this type carry.' }),
  name: Type.String(),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  title: Type.String(),
  description: Type.String()
}, { $id: 'ProblemTypeInfo', title: 'ProblemTypeInfo', description: 'What a problem type means.' })

export const Page = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500 }),
  next: Nullable(Type.String({ description: 'Opaque cursor for the next page; null on the last page.' })),
  total: Type.Integer({ minimum: 0, description: 'How many rows match the filters, over all pages.' })
}, { $id: 'Page', title: 'Page', examples: [{ limit: 50, next: null, total: 34 }] })

export const ArticleChange = Type.Object({
  article: Type.String({ description: 'The article\'s id.' }),
  change: StringEnum(['added', 'replaced', 'deleted'] as const, { description: 'Its net change since `since`: new, given again with other content, or removed (its ids now answer 410).' }),
  version: Type.String({ description: 'The dataset version its last change produced.' })
}, { $id: 'ArticleChange', title: 'ArticleChange' })

export const Changes = Type.Object({
  datasetVersion: Type.String({ description: 'The version now.' }),
  since: Type.String({ description: 'The version asked about.' }),
  data: Type.Array(Type.Unsafe(Type.Ref('ArticleChange'))),
  next: Nullable(Type.String({ description: 'Opaque cursor for the next page; null on the last page.' }))
}, {
  $id: 'Changes',
  title: 'Changes',
  description: 'The articles changed since a dataset version.',
  // from the curated article, then the fixture texts of test/fixtures/texts ingested one by one, then `feature` deleted
  examples: [{
    datasetVersion: '4dd6406789b383ee',
    since: '8bc3903978fda107',
    data: [
      { article: 'brief', change: 'added', version: '339188cedabe570f' },
      { article: 'dateline', change: 'added', version: 'f4cb9095861c2034' },
      { article: 'wire', change: 'added', version: '4dd6406789b383ee' }
    ],
    next: null
  }]
})

export const Included = Type.Object({
  actors: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Actor')))),
  events: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Event')))),
  claims: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Claim')))),
  articles: Type.Optional(Type.Record(Type.String(), Type.Unsafe(Type.Ref('Article'))))
}, { $id: 'Included', title: 'Included', description: 'Entities named by ids in `data`, keyed by type and id (only with `include`).' })

export function listOf<T extends TSchema> (item: T, id: string) {
  return Type.Object({
    data: Type.Array(item),
    page: ref(Page),
    included: Type.Optional(ref(Included))
  }, { $id: id, title: id })
}

export const DatasetInfo = Type.Object({
  name: Type.String(),
  datasetVersion: Type.String({ description: 'Version of the data served (a hash of the built dataset\'s content: equal content, equal version), also sent as the `Dataset-Version` header of every response. Not the version of the API.' }),
  builtAt: Type.String({ format: 'date-time' }),
  schemaVersion: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  licence: Type.String(),
  source: Type.String(),
  links: Type.Record(Type.String(), Type.String())
}, { $id: 'DatasetInfo', title: 'DatasetInfo' })

export const Health = Type.Object({
  status: Type.Literal('ok'),
  datasetVersion: Type.String({ description: 'Version of the data served.' })
}, { $id: 'Health', title: 'Health', examples: [{ status: 'ok', datasetVersion: '0123456789abcdef' }] })

export type Problem = Static<typeof Problem>

export const SearchHit = Type.Object({
  type: StringEnum(SEARCH_TYPES, { description: 'What was found; `article` is a sentence of an article\'s text.' }),
  id: Type.String({ description: 'Id of the item (for `article`, the article id).' }),
  article: Nullable(Type.String({ description: 'The article the item belongs to; null for actors, which are shared.' })),
  title: Type.String({ description: 'The item\'s name, title or text.' }),
  snippet: Type.String({ description: 'The best-matching passage, HTML-escaped, with matches in <mark>…</mark>.' }),
  score: Type.Number({ description: 'bm25 relevance: lower is better. Hits come best first, but for a query matching more than the ranked bound, whose unranked hits follow the ranked ones in index order (see `GET /v1/search`).' }),
  url: Type.String({ description: 'Where the item is in this API.' }),
  span: Nullable(Type.Unsafe(Type.Ref('Span')))
}, {
  $id: 'SearchHit',
  title: 'SearchHit',
  examples: [{ type: 'claim', id: 'putin-agreed-to-guarantees', article: 'ukraine-security-guarantees', title: 'Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees.', snippet: 'Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security <mark>guarantees</mark>.', score: -1.2, url: '/v1/claims/putin-agreed-to-guarantees', span: null }]
})

/** A problem response as OpenAPI should show it: application/problem+json, with what it means here. */
export function problemResponse (description: string, example?: unknown) {
  return { description, content: { 'application/problem+json': { schema: ref(Problem), ...(example === undefined ? {} : { example }) } } }
}
export const BAD_REQUEST = problemResponse('A parameter is invalid: `errors` names each one, what is wrong and what is allowed.', INVALID_EXAMPLE)
export const NOT_FOUND = problemResponse('There is no such item.', NOT_FOUND_EXAMPLE)
// no example: a dataset built from seed/ has deleted nothing, and every example is one the server really sends
export const GONE = problemResponse('The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version.')
export const NOT_ACCEPTABLE = problemResponse('The Accept header allows none of the media types this operation answers with.')

/** Sent with every response: which dataset answered. */
const RESPONSE_HEADERS = {
  'Dataset-Version': { type: 'string', description: 'Version of the dataset that answered (as `datasetVersion` in /v1).' }
}

/** What a list sends besides: how many items, and where the next page is. */
const LIST_HEADERS = {
  ...RESPONSE_HEADERS,
  'Total-Count': { type: 'integer', description: 'A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds.' },
  Link: { type: 'string', description: 'A page that has a next one: `<url>; rel="next"`.' }
}

/** A 200 as OpenAPI should show it: its media types and the headers every response carries. */
export function okResponse (description: string, content: Record<string, { schema: unknown, example?: unknown }>, list = false) {
  return { description, headers: list ? LIST_HEADERS : RESPONSE_HEADERS, content }
}
