import type { components, paths } from './generated/api.js'

// Names an app author reaches for, derived from the generated types: the entities, and
// for any GET path its query, its path parameters, its JSON body and (for lists) its item.

type Schemas = components['schemas']
export type Article = Schemas['Article']
export type ArticleDetail = Schemas['ArticleDetail']
export type Actor = Schemas['Actor']
export type ActorDetail = Schemas['ActorDetail']
export type Event = Schemas['Event']
export type Claim = Schemas['Claim']
export type Question = Schemas['Question']
export type Span = Schemas['Span']
export type SearchHit = Schemas['SearchHit']
export type Page = Schemas['Page']
export type DatasetInfo = Schemas['DatasetInfo']
export type Problem = Schemas['Problem']
export type ProblemField = Schemas['ProblemError']

/** Every path that answers GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: { parameters: unknown } } ? P : never }[keyof paths]
type Operation<P extends GetPath> = paths[P]['get']
export type QueryOf<P extends GetPath> = NonNullable<Operation<P>['parameters']['query']>
export type BodyOf<P extends GetPath> = Operation<P>['responses'] extends { 200: { content: { 'application/json': infer B } } } ? B : never

/** The request parameters of a GET path: `path` is required where the path has parameters. */
export type ParamsOf<P extends GetPath> = Operation<P>['parameters'] extends { path: infer Path }
  ? { path: Path, query?: QueryOf<P> }
  : { query?: QueryOf<P> }
export type ParamsArg<P extends GetPath> = Operation<P>['parameters'] extends { path: unknown }
  ? [params: ParamsOf<P>]
  : [params?: ParamsOf<P>]

/** Paths that answer a page (`data` + `page.next`): collections, nested lists and search. */
export type ListPath = { [P in GetPath]: BodyOf<P> extends { data: unknown[], page: Page } ? P : never }[GetPath]
export type ItemOf<P extends ListPath> = BodyOf<P> extends { data: Array<infer T> } ? T : never
