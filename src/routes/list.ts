import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { RESOURCES, type Collection } from '../db/resources.js'
import type { Filters } from '../db/repository.js'
import { toFtsQuery } from '../db/fts.js'
import { invalid, notFound, type ProblemField } from '../problem.js'
import { DEFAULT_LIMIT } from '../schemas/query.js'
import { negotiateFormat, sendExport } from './export.js'

// The one list handler every collection and nested view shares: filters (repeated = OR),
// ids checked, keyset pagination with signed cursors, page.total, Link, include, and
// the bulk formats.

export interface Parent { collection: Collection, filter: string, singular: string }

export interface ParsedList { filters: Filters, sort: string, queryKey: string }

const SINGULAR: Record<Collection, string> = { articles: 'article', actors: 'actor', events: 'event', claims: 'claim', questions: 'question' }

/** Reads and checks the filters of a list request; throws a 400 naming every bad one, or a 404 for a missing parent. */
export function parseList (fastify: FastifyInstance, collection: Collection, query: Record<string, unknown>, parent?: { def: Parent, id: string }): ParsedList {
  const r = RESOURCES[collection]
  const filters: Filters = {}
  const errors: ProblemField[] = []
  if (parent !== undefined) {
    if (!fastify.repo.exists(parent.def.collection, parent.id)) throw notFound(`There is no ${parent.def.singular} with id "${parent.id}".`)
    filters[parent.def.filter] = [parent.id]
  }
  for (const [name, def] of Object.entries(r.filters)) {
    const raw = query[name]
    if (!Array.isArray(raw) || raw.length === 0) continue
    const values = [...new Set(raw as string[])].sort()
    if (def.ids !== undefined) {
      const unknown = fastify.repo.unknownIds(def.ids, values.filter((v) => def.special?.[v] === undefined))
      if (unknown.length > 0) {
        const extra = def.special === undefined ? '' : ` or ${Object.keys(def.special).map((k) => `"${k}"`).join(', ')}`
        errors.push({ in: 'query', name, message: `unknown ${SINGULAR[def.ids]} id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}: use an id from /v1/${def.ids}${extra}` })
      }
    }
    if (name === 'q') {
      const queries = values.map((v) => ({ v, fts: toFtsQuery(v) }))
      for (const { fts } of queries) if (!fts.ok) errors.push({ in: 'query', name: 'q', message: fts.reason })
      filters.q = queries.flatMap(({ fts }) => (fts.ok ? [fts.query] : []))
      continue
    }
    filters[name] = values
  }
  if (errors.length > 0) throw invalid(errors)
  const sort = typeof query.sort === 'string' ? query.sort : 'position'
  const canonical = Object.keys(filters).sort().map((k) => [k, filters[k]])
  return { filters, sort, queryKey: JSON.stringify([collection, sort, canonical]) }
}

export function listHandler (fastify: FastifyInstance, collection: Collection, parent?: Parent) {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    const query = request.query as Record<string, unknown>
    const id = (request.params as { id?: string }).id
    const { filters, sort, queryKey } = parseList(fastify, collection, query, parent && id !== undefined ? { def: parent, id } : undefined)

    const format = negotiateFormat(query.format as string | undefined, request.headers.accept)
    if (format !== 'json') return sendExport(fastify, request, reply, collection, filters, sort, format)

    let after = null
    if (typeof query.cursor === 'string') {
      const decoded = fastify.cursors.decode(queryKey, query.cursor)
      if (!decoded.ok) throw invalid([{ in: 'query', name: 'cursor', message: `${decoded.reason}. Start again without a cursor, or use page.next of the same query.` }])
      after = decoded.key
    }
    const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT
    const page = fastify.repo.list(collection, { filters, sort, limit, after })
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
export function nextUrl (url: string, cursor: string): string {
  const [path, search = ''] = url.split('?')
  const params = new URLSearchParams(search)
  params.set('cursor', cursor)
  return `${path}?${params.toString()}`
}

function collectIncluded (fastify: FastifyInstance, collection: Collection, includes: string[], docs: string[]) {
  const r = RESOURCES[collection]
  const wanted = new Map<Collection, string[]>()
  const parsed = docs.map((d) => JSON.parse(d) as Record<string, unknown>)
  for (const name of includes) {
    const inc = r.includes[name]
    if (inc === undefined) continue
    const ids = wanted.get(inc.collection) ?? []
    for (const doc of parsed) ids.push(...inc.ids(doc))
    wanted.set(inc.collection, ids)
  }
  const out: Record<string, Record<string, unknown>> = {}
  for (const c of [...wanted.keys()].sort()) out[c] = fastify.repo.docsByIds(c, wanted.get(c) ?? [])
  return out
}
