import fp from 'fastify-plugin'
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { negotiateFormat } from '../routes/export.js'

// Conditional requests and a cache of serialized responses. The dataset is immutable
// while served, so a response is a function of (dataset version, canonical request): the
// ETag is computed from those two before any work is done, a matching If-None-Match is
// a 304 straight away, and a 200 body once made can be replayed for the same request.
// (@fastify/etag hashes the body after the work; this answers without doing it.)

export const MAX_AGE = 300
const CACHE_BYTES = 64 * 1024 * 1024

declare module 'fastify' {
  interface FastifyRequest { canonical?: string, etag?: string }
}

/**
 * Path + sorted parameters (+ the representation chosen by Accept): equal meaning, equal
 * key. Repeated pairs are kept (limit=3&limit=3 is a 400, limit=3 is not), so a request
 * never shares a key with one that validates differently.
 */
export function canonicalRequest (request: FastifyRequest): string {
  const [rawPath = '/', search = ''] = request.url.split('?')
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath
  const pairs: Array<[string, string]> = []
  const params = new URLSearchParams(search)
  for (const [k, v] of params) {
    for (const part of k === 'include' ? v.split(',') : [v]) pairs.push([k, part])
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  const format = negotiateFormat(params.get('format') ?? undefined, request.headers.accept)
  return `${path}?${new URLSearchParams(pairs).toString()}#${format}`
}

// `*` ("any current representation") is not matched here, before routing and validation
// know whether one exists: onSend turns a 200 into the 304 instead
function matches (ifNoneMatch: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare)
}

/** A 200 as sent: its body and the headers that belong to it rather than to the request. */
interface CachedResponse { body: string, type: string, link: string | undefined }

class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>()
  private bytes = 0
  get (key: string) {
    const hit = this.entries.get(key)
    if (hit !== undefined) { this.entries.delete(key); this.entries.set(key, hit) } // most recent last
    return hit
  }

  set (key: string, entry: CachedResponse) {
    if (entry.body.length > CACHE_BYTES / 16 || this.entries.has(key)) return
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    for (const [k, v] of this.entries) {
      if (this.bytes <= CACHE_BYTES) break
      this.entries.delete(k)
      this.bytes -= v.body.length
    }
  }
}

async function caching (fastify: FastifyInstance) {
  const version = fastify.repo.meta.version
  const cache = new ResponseCache()
  const cacheable = (url: string) => url.startsWith('/v1') || url.startsWith('/openapi.json') || url.startsWith('/health')
  // liveness must reach the server: /health may be revalidated, never served from a cache
  const cacheControl = (url: string) => (url.startsWith('/health') ? 'no-cache' : `public, max-age=${MAX_AGE}`)

  // preValidation, not onRequest: route-level onRequest hooks (the rate limit) run first,
  // so a 304 or a cached answer still counts against the client's limit
  fastify.addHook('preValidation', async (request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !cacheable(request.url)) return
    const canonical = canonicalRequest(request)
    request.canonical = canonical
    request.etag = `W/"${version}-${createHash('sha1').update(canonical).digest('base64url').slice(0, 16)}"`
    const conditional = request.headers['if-none-match']
    if (conditional !== undefined && matches(conditional, request.etag)) {
      return reply.code(304).headers({ etag: request.etag, 'cache-control': cacheControl(request.url), vary: 'Accept, Accept-Encoding' }).send()
    }
    const hit = cache.get(canonical)
    if (hit !== undefined) {
      if (hit.link !== undefined) reply.header('link', hit.link)
      return reply.type(hit.type).send(hit.body)
    }
  })

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 304) return payload
    if (reply.statusCode >= 400) {
      reply.header('cache-control', 'no-store')
      return payload
    }
    if (request.etag === undefined || reply.statusCode !== 200) return payload
    if (request.headers['if-none-match']?.trim() === '*' && typeof payload === 'string') {
      reply.code(304).removeHeader('content-type')
      reply.headers({ etag: request.etag, 'cache-control': cacheControl(request.url), vary: 'Accept, Accept-Encoding' })
      return ''
    }
    reply.header('etag', request.etag)
    reply.header('cache-control', cacheControl(request.url))
    reply.header('vary', 'Accept')
    if (typeof payload === 'string' && request.canonical !== undefined) {
      const link = reply.getHeader('link')
      cache.set(request.canonical, { body: payload, type: String(reply.getHeader('content-type')), link: link === undefined ? undefined : String(link) })
    }
    return payload
  })
}

export default fp(caching, { name: 'caching', fastify: '5.x', dependencies: ['db'] })
