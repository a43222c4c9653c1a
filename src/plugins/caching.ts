import fp from 'fastify-plugin'
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { negotiateFormat } from '../routes/export.js'
import { chooseEncoding, compress, MIN_COMPRESS_BYTES, type Encoding } from '../encoding.js'

// Conditional requests and a cache of serialized responses. The dataset is immutable
// while served, so a response is a function of (dataset version, canonical request): the
// ETag is computed from those two before any work is done, a matching If-None-Match is
// a 304 straight away, and a 200 body once made is replayed for the same request, with
// each Content-Encoding computed once. (@fastify/etag hashes the body after the work, and
// @fastify/compress compresses it again on every request; this does neither.)
//
// The cache is keyed by the raw URL and Accept header, so a replay costs one Map lookup:
// no query parsing and no hashing. The entry carries the ETag of its canonical request,
// so equivalent URLs still share their tag.

export const MAX_AGE = 300
const CACHE_BYTES = 64 * 1024 * 1024
const VARY = 'Accept, Accept-Encoding'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on a cache miss of a cacheable request: where its 200 is to be kept, and its tag. */
    miss?: { key: string, etag: string }
  }
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
  const bare = etag.charCodeAt(0) === 87 /* W */ ? etag.slice(2) : etag
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare)
}

/** A 200 as sent: its body, the headers that belong to it rather than to the request, and its encodings as made. */
interface Entry {
  etag: string
  body: Buffer
  headers: Record<string, string>
  encoded: Partial<Record<Encoding, Buffer>>
  bytes: number
}

/** Least recently used entries go first once the bodies and their encodings pass CACHE_BYTES. */
class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  get (key: string): Entry | undefined {
    const hit = this.entries.get(key)
    if (hit !== undefined) { this.entries.delete(key); this.entries.set(key, hit) } // most recent last
    return hit
  }

  set (key: string, entry: Entry) {
    if (entry.bytes > CACHE_BYTES / 16 || this.entries.has(key)) return
    this.entries.set(key, entry)
    this.grow(entry.bytes)
  }

  /** Keeps an encoding of an entry's body, if the entry is still cached. */
  addEncoding (entry: Entry, encoding: Encoding, packed: Buffer) {
    if (entry.encoded[encoding] !== undefined) return
    entry.encoded[encoding] = packed
    entry.bytes += packed.length
    this.grow(packed.length)
  }

  private grow (by: number) {
    this.bytes += by
    for (const [k, v] of this.entries) {
      if (this.bytes <= CACHE_BYTES) break
      this.entries.delete(k)
      this.bytes -= v.bytes
    }
  }
}

async function caching (fastify: FastifyInstance) {
  const version = fastify.repo.meta.version
  const cache = new ResponseCache()
  const cacheable = (url: string) => url.startsWith('/v1') || url.startsWith('/openapi.json') || url.startsWith('/health')
  // liveness must reach the server: /health may be revalidated, never served from a cache
  const cacheControl = (url: string) => (url.startsWith('/health') ? 'no-cache' : `public, max-age=${MAX_AGE}`)
  const etagOf = (canonical: string) => `W/"${version}-${createHash('sha1').update(canonical).digest('base64url').slice(0, 16)}"`
  const notModified = (reply: FastifyReply, url: string, etag: string) =>
    reply.code(304).headers({ etag, 'cache-control': cacheControl(url), vary: VARY })

  /** The entry's body in the encoding the client accepts best, each encoding made at most once. */
  async function encodedBody (request: FastifyRequest, reply: FastifyReply, entry: Entry) {
    const encoding = entry.body.length < MIN_COMPRESS_BYTES ? null : chooseEncoding(request.headers['accept-encoding'])
    if (encoding === null) return entry.body
    let packed = entry.encoded[encoding]
    if (packed === undefined) {
      packed = await compress(entry.body, encoding)
      cache.addEncoding(entry, encoding, packed)
    }
    reply.header('content-encoding', encoding)
    return packed
  }

  // preValidation, not onRequest: route-level onRequest hooks (the rate limit) run first,
  // so a 304 or a cached answer still counts against the client's limit
  fastify.addHook('preValidation', async (request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !cacheable(request.url)) return
    const key = request.headers.accept === undefined ? request.url : `${request.url}\n${request.headers.accept}`
    const hit = cache.get(key)
    const etag = hit?.etag ?? etagOf(canonicalRequest(request))
    const conditional = request.headers['if-none-match']
    // `*` matches once a 200 is known to exist, as a cached one does
    if (conditional !== undefined && (matches(conditional, etag) || (hit !== undefined && conditional.trim() === '*'))) {
      return notModified(reply, request.url, etag).send()
    }
    if (hit !== undefined) return reply.headers(hit.headers).send(await encodedBody(request, reply, hit))
    request.miss = { key, etag }
  })

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 304) return payload
    if (reply.statusCode >= 400) {
      reply.header('cache-control', 'no-store')
      return payload
    }
    const miss = request.miss
    if (miss === undefined || reply.statusCode !== 200) return payload
    if (request.headers['if-none-match']?.trim() === '*' && typeof payload === 'string') {
      notModified(reply, request.url, miss.etag).removeHeader('content-type')
      return ''
    }
    const headers: Record<string, string> = { etag: miss.etag, 'cache-control': cacheControl(request.url), vary: VARY }
    reply.headers(headers)
    // a stream (a bulk export) is neither kept nor compressed here: it compresses itself
    if (typeof payload !== 'string') return payload
    headers['content-type'] = String(reply.getHeader('content-type'))
    const link = reply.getHeader('link')
    if (link !== undefined) headers.link = String(link)
    const body = Buffer.from(payload)
    const entry: Entry = { etag: miss.etag, body, headers, encoded: {}, bytes: body.length }
    cache.set(miss.key, entry)
    return encodedBody(request, reply, entry)
  })
}

export default fp(caching, { name: 'caching', fastify: '5.x', dependencies: ['db'] })
