import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { COLLECTIONS, type CollectionName, type EntityName, type Filters } from '../db/collections.js'
import { sortOf } from '../db/repository.js'
import { toFtsQuery } from '../db/fts.js'
import { invalid, type ProblemField } from '../problems.js'
import { missing } from './missing.js'
import { DEFAULT_LIMIT, MAX_LIMIT } from '../schemas/query.js'
import { formatOf, sendRows } from '../formats/index.js'

// The one list handler every collection, nested view and search shares: filters (a
// comma list or a repeat = OR), ids checked, keyset pagination with signed cursors,
// page.total, Link, include, and the bulk formats.

export interface Parent { collection: EntityName, filter: string }

const asStrings = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string')

/**
 * The checks a schema cannot make: ids that exist, search syntax, a finite limit. They
 * run in the handler, and in the error handler when the schema fails too, so that one
 * 400 names every bad parameter.
 */
export function queryChecks (fastify: FastifyInstance, collection: CollectionName) {
  const c = COLLECTIONS[collection]
  return (query: Record<string, unknown>): { filters: Filters, errors: ProblemField[] } => {
    const filters: Filters = {}
    const errors: ProblemField[] = []
    for (const [name, def] of Object.entries(c.filters)) {
      if (query[name] === undefined) continue
      if (def.number !== undefined) {
        const n = query[name]
        const { minimum, maximum } = def.number
        if (typeof n !== 'number' || !Number.isFinite(n) || n < minimum || n > maximum) errors.push({ in: 'query', name, message: `must be one number from ${minimum} to ${maximum}` })
        else filters[name] = [String(n)]
        continue
      }
      const values = [...new Set(asStrings(query[name]))].sort()
      if (def.search === true) {
        const parsed = values.map(toFtsQuery)
        for (const p of parsed) if (!p.ok) errors.push({ in: 'query', name, message: p.reason })
        filters[name] = parsed.flatMap((p) => (p.ok ? [p.query] : []))
        continue
      }
      if (def.ids !== undefined) {
        const unknown = fastify.repo.unknownIds(def.ids, values.filter((v) => v !== '' && def.special?.[v] === undefined))
        if (unknown.length > 0) {
          const extra = def.special === undefined ? '' : ` or ${Object.keys(def.special).map((k) => `"${k}"`).join(', ')}`
          errors.push({ in: 'query', name, message: `unknown ${COLLECTIONS[def.ids].singular} id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}: use an id from /v1/${def.ids}${extra}` })
        }
      }
      filters[name] = values
    }
    // the validator lets a non-finite number through its range checks
    if (typeof query.limit === 'number' && !Number.isFinite(query.limit)) {
      errors.push({ in: 'query', name: 'limit', message: `must be a whole number from 1 to ${MAX_LIMIT}` })
    }
    return { filters, errors }
  }
}

export function listHandler (fastify: FastifyInstance, collection: CollectionName, parent?: Parent) {
  const c = COLLECTIONS[collection]
  const check = queryChecks(fastify, collection)
  return async function (request: FastifyRequest, reply: FastifyReply) {
    const query = request.query as Record<string, unknown>
    const id = parent === undefined ? undefined : (request.params as { id: string }).id
    if (parent !== undefined && !fastify.repo.exists(parent.collection, id!)) {
      throw missing(fastify, parent.collection, id!)
    }
    const { filters, errors } = check(query)
    if (errors.length > 0) throw invalid(errors)
    if (parent !== undefined) filters[parent.filter] = [id!]
    const sort = typeof query.sort === 'string' ? query.sort : c.defaultSort
    const queryKey = JSON.stringify([collection, sort, Object.keys(filters).sort().map((k) => [k, filters[k]])])
    let after = null
    if (typeof query.cursor === 'string') {
      const decoded = fastify.cursors.decode(queryKey, query.cursor, sortOf(c, sort).columns)
      if (!decoded.ok) throw invalid([{ in: 'query', name: 'cursor', message: `${decoded.reason}. Start again without a cursor, or use page.next of the same query.` }])
      after = decoded.key
    }

    const format = formatOf(request.representation ?? 'application/json')
    if (format !== 'json') {
      return sendRows(request, reply, collection, fastify.repo.rows(collection, filters, sort, after), format, `${collection}-${fastify.repo.version}`)
    }

    const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT
    const page = fastify.repo.page(collection, { filters, sort, limit, after })
    const total = fastify.repo.count(collection, filters, queryKey)
    const next = page.next === null ? null : fastify.cursors.encode(queryKey, page.next)
    if (next !== null) reply.header('link', `<${nextUrl(request.url, next)}>; rel="next"`)

    const includes = Array.isArray(query.include) ? [...new Set(query.include as string[])] : []
    const included = includes.length > 0 ? JSON.stringify(collectIncluded(fastify, collection, includes, page.docs)) : null
    const body = `{"data":[${page.docs.join(',')}],"page":${JSON.stringify({ limit, next, total })}${included === null ? '' : `,"included":${included}`}}`
    return reply.type('application/json; charset=utf-8').send(body)
  }
}

/** The request's own URL with `cursor` set: the target of a `Link: rel="next"`. */
function nextUrl (url: string, cursor: string): string {
  const [path, search = ''] = url.split('?')
  const params = new URLSearchParams(search)
  params.set('cursor', cursor)
  return `${path}?${params.toString()}`
}

function collectIncluded (fastify: FastifyInstance, collection: CollectionName, includes: string[], docs: string[]) {
  const c = COLLECTIONS[collection]
  const wanted = new Map<EntityName, string[]>()
  const parsed = docs.map((d) => JSON.parse(d) as Record<string, unknown>)
  for (const name of includes) {
    const inc = c.includes[name]
    if (inc === undefined) continue
    const ids = wanted.get(inc.collection) ?? []
    for (const doc of parsed) ids.push(...inc.ids(doc))
    wanted.set(inc.collection, ids)
  }
  const out: Record<string, Record<string, unknown>> = {}
  for (const name of [...wanted.keys()].sort()) out[name] = fastify.repo.docsByIds(name, wanted.get(name) ?? [])
  return out
}
