import fp from 'fastify-plugin'
import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { chooseEncoding, compress, MIN_COMPRESS_BYTES, type Encoding } from '../encoding.js'
import { JSONLD_MEDIA_TYPE, JSONLD_NDJSON_MEDIA_TYPE, originOf } from '../formats/index.js'

// Conditional requests and a cache of serialized responses. A response is a function of
// (dataset version, canonical request, representation): a 200 body once made is replayed
// for the same request, with each Content-Encoding computed once, and its ETag answers
// If-None-Match with a 304. A 304 is only ever given for what would be a 200: a cached
// entry is one, and a request not yet cached is answered in full (routing, validation,
// handler) before onSend turns a 200 into the 304. (@fastify/etag hashes the body after
// the work, and @fastify/compress compresses it again on every request; this does
// neither.)
//
// The cache is keyed by the scheme and host, the raw URL and the Accept header, so a replay costs one Map lookup:
// no query parsing and no hashing. The entry carries the ETag of its canonical request,
// so equivalent URLs still share their tag; an entry of another dataset version is a miss:
// once the server picks up a new version (src/db/live.ts), every entry is stale at once.

export const MAX_AGE = 300
const CACHE_BYTES = 64 * 1024 * 1024
const VARY = 'Accept, Accept-Encoding'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's answers bypass this cache and its compression (a file download). */
    uncached?: boolean
  }
  interface FastifyRequest {
    /** Set on a cache miss of a cacheable request: where its 200 is to be kept. */
    miss?: string
  }
}

/** Representations whose bodies hold IRIs made from the scheme and host the request was made to. */
const ORIGIN_BOUND = new Set([JSONLD_MEDIA_TYPE, JSONLD_NDJSON_MEDIA_TYPE])

/**
 * Path + sorted parameters + the representation negotiated: equal meaning, equal key.
 * Comma lists are split as the query parser splits them; repeated pairs are kept
 * (limit=3&limit=3 is a 400, limit=3 is not), so a request never shares a tag with one
 * that validates differently. The scheme and host count only for a JSON-LD answer, whose
 * IRIs are made from them: any other answer is the same whichever name or port it was asked
 * by, so replicas behind one proxy, each on its own port, give it the same tag.
 */
function canonicalRequest (request: FastifyRequest): string {
  const [rawPath = '/', search = ''] = request.url.split('?')
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath
  const pairs: Array<[string, string]> = []
  for (const [k, v] of new URLSearchParams(search)) {
    for (const part of k === 'q' ? [v] : v.split(',')) pairs.push([k, part])
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  const representation = request.representation ?? ''
  const origin = ORIGIN_BOUND.has(representation) ? originOf(request) : ''
  return `${origin}${path}?${new URLSearchParams(pairs).toString()}#${representation}`
}

/** Whether If-None-Match names the tag (weak comparison, RFC 9110 §13.1.2), or is `*`. */
function matches (ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true
  const bare = etag.charCodeAt(0) === 87 /* W */ ? etag.slice(2) : etag
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare)
}

/** A 200 as sent: its body, the headers that belong to it rather than to the request, and its encodings as made. */
interface Entry {
  version: string
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
    if (entry.bytes > CACHE_BYTES / 16) return
    const old = this.entries.get(key)
    if (old !== undefined) {
      if (old.version === entry.version) return
      this.entries.delete(key)
      this.bytes -= old.bytes
    }
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
  const cache = new ResponseCache()
  const cacheable = (url: string) => url.startsWith('/v1') || url.startsWith('/openapi.json') || url.startsWith('/health') || url.startsWith('/problems')
  // liveness must reach the server: /health may be revalidated, never served from a cache
  const cacheControl = (url: string) => (url.startsWith('/health') ? 'no-cache' : `public, max-age=${MAX_AGE}`)
  const etagOf = (version: string, canonical: string) => `W/"${version}-${createHash('sha1').update(canonical).digest('base64url').slice(0, 16)}"`
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
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !cacheable(request.url) || request.routeOptions.config.uncached === true) return
    // the scheme and host too: a JSON-LD answer's IRIs are made from them
    const key = `${originOf(request)}${request.url}\n${request.headers.accept ?? ''}`
    const hit = cache.get(key)
    // the newest commit, not the last one a poll saw: a commit another process made a moment
    // ago already makes every older entry stale here
    if (hit !== undefined && hit.version === fastify.live.latestVersion()) {
      const conditional = request.headers['if-none-match']
      reply.header('dataset-version', hit.version)
      if (conditional !== undefined && matches(conditional, hit.etag)) return notModified(reply, request.url, hit.etag).send()
      return reply.headers(hit.headers).send(await encodedBody(request, reply, hit))
    }
    request.miss = key
  })

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 304) return payload
    if (reply.statusCode >= 400) {
      reply.header('cache-control', 'no-store')
      return payload
    }
    const key = request.miss
    if (key === undefined || reply.statusCode !== 200) return payload
    // the version of the snapshot the answer was read from (src/plugins/db.ts), which a
    // commit may have moved past the one the request arrived under
    const version = String(reply.getHeader('dataset-version') ?? fastify.repo.version)
    const etag = etagOf(version, canonicalRequest(request))
    const conditional = request.headers['if-none-match']
    if (conditional !== undefined && matches(conditional, etag)) {
      if (typeof payload === 'object' && payload !== null && 'destroy' in payload) (payload as Readable).destroy()
      notModified(reply, request.url, etag).removeHeader('content-type')
      reply.removeHeader('content-disposition')
      reply.removeHeader('content-encoding')
      return ''
    }
    const headers: Record<string, string> = { etag, 'cache-control': cacheControl(request.url), vary: VARY }
    reply.headers(headers)
    // a stream (a bulk export) is neither kept nor compressed here: it compresses itself
    if (typeof payload !== 'string') return payload
    headers['content-type'] = String(reply.getHeader('content-type'))
    for (const name of ['link', 'total-count']) {
      const value = reply.getHeader(name)
      if (value !== undefined) headers[name] = String(value)
    }
    const body = Buffer.from(payload)
    const entry: Entry = { version, etag, body, headers, encoded: {}, bytes: body.length }
    cache.set(key, entry)
    return encodedBody(request, reply, entry)
  })
}

export default fp(caching, { name: 'caching', fastify: '5.x', dependencies: ['db'] })
