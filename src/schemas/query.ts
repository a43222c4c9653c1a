import Type from 'typebox'
import { RESOURCES, type Collection } from '../db/resources.js'
import { StringEnum } from './ref.js'

// Query-string schemas, generated from the filters and sorts of src/db/resources.ts so
// that what the SQL accepts and what OpenAPI documents are one list.

export const FORMATS = ['json', 'ndjson', 'csv'] as const
export const MAX_LIMIT = 500
export const DEFAULT_LIMIT = 50

const Limit = Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Rows per page, 1 to ${MAX_LIMIT}.` })
const Cursor = Type.String({ minLength: 1, maxLength: 2048, description: 'Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort.' })
const Format = StringEnum(FORMATS, { description: '`ndjson` or `csv` streams every matching row, unpaginated; the `Accept` header does the same.' })

/** The query string of a collection's list, minus filters fixed by a nested route. */
export function listQuery (collection: Collection, fixed: string[] = []) {
  const r = RESOURCES[collection]
  const filters: Record<string, ReturnType<typeof Type.Array>> = {}
  for (const [name, f] of Object.entries(r.filters)) {
    if (fixed.includes(name)) continue
    const item = name === 'q'
      ? Type.String({ minLength: 1, maxLength: 1000 })
      : f.values !== undefined
        ? StringEnum([...f.values])
        : Type.String({ minLength: 1, maxLength: 200 })
    const repeat = name === 'q' ? 'Given twice, either query matches.' : 'Repeat the parameter for any of several values.'
    filters[name] = Type.Optional(Type.Array(item, { description: `${f.description} ${repeat}`, examples: [[f.example]], maxItems: 50 }))
  }
  const includes = Object.keys(r.includes)
  return Type.Object({
    ...filters,
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
    sort: Type.Optional(StringEnum(Object.keys(r.sorts), {
      default: 'position',
      description: Object.entries(r.sorts).map(([k, s]) => `\`${k}\`: ${s.description}`).join('; ')
    })),
    ...(includes.length > 0
      ? { include: Type.Optional(Type.Array(StringEnum(includes), { description: `Adds the named related entities under \`included\`, comma-separated or repeated: ${includes.join(', ')}.` })) }
      : {}),
    format: Type.Optional(Format)
  }, { additionalProperties: false })
}

export const IdParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, description: 'The id (a slug).' })
})

export const NoQuery = Type.Object({}, { additionalProperties: false })
