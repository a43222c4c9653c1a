import Type, { type TSchema } from 'typebox'
import { COLLECTIONS, type CollectionName } from '../db/collections.js'
import { ITEM_FORMATS, listFormats } from '../formats/index.js'
import { StringEnum } from './ref.js'

// Query-string schemas, generated from the registry (src/db/collections.ts) so that what
// the SQL accepts and what OpenAPI documents are one list. No filter has an `example`,
// `examples` or `default`: Swagger UI's "Try it out" would prefill them all, ANDed, and
// show a newcomer one row; the example is written in the description instead.

export const MAX_LIMIT = 500
export const DEFAULT_LIMIT = 50
const MAX_VALUES = 50

const Limit = Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Rows per page, 1 to ${MAX_LIMIT}.` })
const Cursor = Type.String({ minLength: 1, maxLength: 2048, description: 'Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor.' })
const formatDescription = (collection: CollectionName) => collection === 'search'
  ? '`json`: a page (default). `ndjson` or `csv` streams every matching row, unpaginated. The `Accept` header (`application/json`, `application/x-ndjson`, `text/csv`) does the same; `format` wins over `Accept`.'
  : '`json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). ' +
    '`ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. ' +
    'The `Accept` header with those media types does the same; `format` wins over `Accept`.'

/** The query string of a collection's list, minus filters fixed by a nested route. */
export function listQuery (collection: CollectionName, fixed: string[] = []) {
  const c = COLLECTIONS[collection]
  const filters: Record<string, TSchema> = {}
  for (const [name, f] of Object.entries(c.filters)) {
    if (fixed.includes(name)) continue
    if (f.number !== undefined) {
      filters[name] = Type.Optional(Type.Number({ ...f.number, description: `${f.description} Example: \`${f.example}\`.` }))
      continue
    }
    const item = f.search === true
      ? Type.String({ minLength: 1, maxLength: 1000 })
      : f.values !== undefined
        ? StringEnum([...f.values])
        : Type.String({ minLength: 1, maxLength: 200 })
    const how = f.search === true
      ? 'Given twice, either query matches.'
      : 'Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match.'
    // a required parameter keeps its example: "Try it out" cannot run without a value
    const schema = Type.Array(item, { description: `${f.description} ${how} Example: \`${f.example}\`.`, maxItems: MAX_VALUES, ...(f.required === true ? { minItems: 1, examples: [[f.example]] } : {}) })
    filters[name] = f.required === true ? schema : Type.Optional(schema)
  }
  const sorts = Object.keys(c.sorts)
  const includes = Object.keys(c.includes)
  return Type.Object({
    ...filters,
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
    ...(sorts.length > 1
      ? {
          sort: Type.Optional(StringEnum(sorts, {
            default: c.defaultSort,
            description: Object.entries(c.sorts).map(([k, s]) => `\`${k}\`: ${s.description}`).join('; ')
          }))
        }
      : {}),
    ...(includes.length > 0
      ? { include: Type.Optional(Type.Array(StringEnum(includes), { description: `Adds the named related entities under \`included\`, comma-separated or repeated: ${includes.join(', ')}.` })) }
      : {}),
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 1100, description: c.resumeKey.description + ' Not with `cursor`.' })),
    format: Type.Optional(StringEnum(listFormats(collection), { description: formatDescription(collection) }))
  }, { additionalProperties: false })
}

export const IdParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, description: 'The id (a slug).' })
})

/** The query of an item: which representation. */
export const ItemQuery = Type.Object({
  format: Type.Optional(StringEnum(ITEM_FORMATS, { description: '`json` (default) or `jsonld`: the item as a JSON-LD document (`application/ld+json`; its `@context` is /v1/context.jsonld). The `Accept` header does the same; `format` wins.' }))
}, { additionalProperties: false })

export const NoQuery = Type.Object({}, { additionalProperties: false })
