import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { COLLECTIONS, type CollectionName, type EntityName, type Filters } from '../db/collections.js'
import { sortOf, type Repository } from '../db/repository.js'
import { toFtsQuery } from '../db/fts.js'
import { invalid, Problem, type ProblemField } from '../problems.js'
import { missing } from './missing.js'
import { DEFAULT_LIMIT, MAX_LIMIT } from '../schemas/query.js'
import { formatOf, isBulk, originOf, sendRows } from '../formats/index.js'
import { pageToJsonLd, type LdCollection } from '../jsonld/documents.js'

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
export function queryChecks (collection: CollectionName) {
  const c = COLLECTIONS[collection]
  return (repo: Repository, query: Record<string, unknown>): { filters: Filters, errors: ProblemField[] } => {
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
        const unknown = repo.unknownIds(def.ids, values.filter((v) => v !== '' && def.special?.[v] === undefined))
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
  const check = queryChecks(collection)
  /** Everything the answer reads, on one snapshot: the parent, the ids named, the cursor's version. */
  function plan (repo: Repository, version: string, request: FastifyRequest) {
    const query = request.query as Record<string, unknown>
    const id = parent === undefined ? undefined : (request.params as { id: string }).id
    if (parent !== undefined && !repo.exists(parent.collection, id!)) {
      throw missing(repo, parent.collection, id!)
    }
    const { filters, errors } = check(repo, query)
    if (errors.length > 0) throw invalid(errors)
    if (parent !== undefined) filters[parent.filter] = [id!]
    const sort = typeof query.sort === 'string' ? query.sort : c.defaultSort
    const queryKey = JSON.stringify([collection, sort, Object.keys(filters).sort().map((k) => [k, filters[k]])])
    let after = null
    if (typeof query.cursor === 'string') {
      if (typeof query.after === 'string') throw invalid([{ in: 'query', name: 'after', message: 'give either a cursor or after, not both' }])
      const decoded = fastify.cursors.decode(queryKey, query.cursor, sortOf(c, sort).columns)
      if (!decoded.ok) throw invalid([{ in: 'query', name: 'cursor', message: `${decoded.reason}. Start again without a cursor, or use page.next of the same query.` }])
      // a walk goes on across dataset versions where the keys it orders by never change for
      // an item; where they do (a count, a score), it must start again
      if (decoded.version !== version && sortOf(c, sort).mutable === true) {
        throw new Problem('cursor-stale', `The dataset has changed since this cursor was issued (version ${decoded.version}, now ${version}), and the order "${sort}" depends on values that changed with it. Start again without a cursor.`)
      }
      after = decoded.key
    } else if (typeof query.after === 'string') {
      after = repo.keyOf(collection, filters, sort, query.after)
      if (after === null) throw invalid([{ in: 'query', name: 'after', message: `no ${c.singular} of this list (with these filters) is "${query.after}": give the key of an item it holds, as received` }])
    }
    return { query, filters, sort, queryKey, after }
  }

  return async function (request: FastifyRequest, reply: FastifyReply) {
    const format = formatOf(request.representation ?? 'application/json')
    if (isBulk(format)) {
      // an export reads many batches across turns of the event loop: on a connection of its
      // own, in one read transaction, so all of it is one snapshot whatever commits meanwhile
      const lease = await fastify.live.lease()
      try {
        const { filters, sort, after } = plan(lease.repo, lease.version, request)
        reply.header('dataset-version', lease.version)
        // what this answer is about to stream: a client checks it has them all at the end
        const coming = after === null ? lease.repo.count(collection, filters) : lease.repo.countAfter(collection, filters, sort, after)
        reply.header('total-count', String(coming))
        return sendRows(request, reply, collection, lease.repo.rows(collection, filters, sort, after), format, `${collection}-${lease.version}`, lease.release)
      } catch (err) {
        lease.release()
        throw err
      }
    }

    return fastify.snapshot(reply, (repo) => {
      const version = repo.version
      const { query, filters, sort, queryKey, after } = plan(repo, version, request)
      const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT
      const page = repo.page(collection, { filters, sort, limit, after })
      const total = repo.count(collection, filters)
      const next = page.next === null ? null : fastify.cursors.encode(queryKey, page.next, version)
      if (next !== null) reply.header('link', `<${nextUrl(request.url, next)}>; rel="next"`)
      reply.header('total-count', String(total))
      if (format === 'jsonld') {
        const ld = pageToJsonLd(collection as LdCollection, page.docs.map((d) => JSON.parse(d) as Record<string, unknown>), originOf(request))
        return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(ld))
      }

      const includes = Array.isArray(query.include) ? [...new Set(query.include as string[])] : []
      const included = includes.length > 0 ? JSON.stringify(collectIncluded(repo, collection, includes, page.docs)) : null
      const body = `{"data":[${page.docs.join(',')}],"page":${JSON.stringify({ limit, next, total })}${included === null ? '' : `,"included":${included}`}}`
      return reply.type('application/json; charset=utf-8').send(body)
    })
  }
}

/** The request's own URL with `cursor` set: the target of a `Link: rel="next"`. */
function nextUrl (url: string, cursor: string): string {
  const [path, search = ''] = url.split('?')
  const params = new URLSearchParams(search)
  params.set('cursor', cursor)
  return `${path}?${params.toString()}`
}

function collectIncluded (repo: Repository, collection: CollectionName, includes: string[], docs: string[]) {
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
  for (const name of [...wanted.keys()].sort()) out[name] = repo.docsByIds(name, wanted.get(name) ?? [])
  return out
}
