import fp from 'fastify-plugin'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'
import rateLimit from '@fastify/rate-limit'
import { Problem, problemBody } from '../problems.js'
import { mediaTypeOf, negotiate } from '../formats/index.js'

// What a public HTTP API owes its clients: security headers, CORS for any origin, the
// dataset version, per-client rate limiting with the limit headers on every response,
// content negotiation (406 when nothing acceptable), and RFC 9112's Host rules.
// (Compression is src/plugins/caching.ts's, done once per cached body; exports and
// /docs compress their own.)
//
// None of the static headers depends on the request: they are computed once and set by
// one hook. @fastify/helmet re-runs helmet(options) on every request, CSP parsing
// included, and @fastify/cors resolves its origin option per request; with both,
// GET /v1/claims/{id} served 0.45× the requests per second it does with the same
// headers set here.

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Media types the route answers with, the server's preference first. */
    produces?: readonly string[]
  }
  interface FastifyRequest {
    /** The media type negotiated for the answer (`format=` first, else Accept). */
    representation?: string
  }
}

const EXPOSED_HEADERS = [
  'Link', 'ETag', 'Content-Disposition', 'Content-Range', 'Accept-Ranges', 'Retry-After', 'Dataset-Version', 'Total-Count',
  'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'
]
const METHODS = 'GET, HEAD, OPTIONS'

const HELMET: HelmetOptions = {
  // Swagger UI at /docs is served from this origin; everything else is JSON or text
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      // plain-http deployments (and localhost) must not have their requests rewritten to https
      upgradeInsecureRequests: null
    }
  },
  // a public API is meant to be read from other origins
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false
}

/** The headers helmet's middleware sets for these options (none of them depends on the request). */
function helmetHeaders (options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader (name: string, value: unknown) { headers[name.toLowerCase()] = String(value) },
    removeHeader (name: string) { delete headers[name.toLowerCase()] }
  }
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => { if (err !== undefined) throw err })
  return headers
}

/** Every response's own headers: helmet's, and CORS's for a GET from any origin. */
const STATIC_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...helmetHeaders(HELMET),
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS.join(', ')
})

/** How many Host fields the request has (Node keeps only the first in `headers`). */
function hostFields (raw: string[]): number {
  let n = 0
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === 4 && raw[i]!.toLowerCase() === 'host') n++
  return n
}

async function http (fastify: FastifyInstance, opts: { rateLimitMax: number }) {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(STATIC_HEADERS).header('dataset-version', fastify.repo.version)
    // RFC 9112 §3.2: an HTTP/1.1 request with no Host, or more than one, is a 400
    if (request.raw.httpVersion === '1.1') {
      const hosts = hostFields(request.raw.rawHeaders)
      if (hosts !== 1) {
        done(new Problem('bad-request', hosts === 0 ? 'An HTTP/1.1 request must have a Host header.' : 'The request has more than one Host header.'))
        return
      }
    }
    done()
  })

  // Node answers an Expect it does not know with a bare 417 unless someone listens
  fastify.server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const body = problemBody('expectation-failed', `The Expect header "${String(req.headers.expect)}" cannot be met: only 100-continue is.`, req.url ?? '')
    res.writeHead(417, { ...STATIC_HEADERS, 'dataset-version': fastify.repo.version, 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', connection: 'close' })
    res.end(body)
  })

  // preValidation, after src/plugins/caching.ts's: a cached answer skips it; a 406 comes
  // before any other check, since no answer could be read anyway
  fastify.addHook('preValidation', (request, _reply, done) => {
    const offered = request.routeOptions.config.produces
    if (offered === undefined) { done(); return }
    const format = (request.query as { format?: unknown } | undefined)?.format
    // a format the route does not offer is left to the query's schema (a 400 naming it)
    const asked = typeof format === 'string' ? mediaTypeOf(format) : undefined
    const chosen = asked !== undefined && offered.includes(asked) ? asked : negotiate(request.headers.accept, offered)
    if (chosen === null) {
      done(new Problem('not-acceptable', `The Accept header allows none of the media types this resource is available as: ${offered.join(', ')}.`))
      return
    }
    request.representation = chosen
    done()
  })

  if (opts.rateLimitMax > 0) {
    await fastify.register(rateLimit, {
      global: true,
      max: opts.rateLimitMax,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) => new Problem('rate-limited',
        `Rate limit exceeded: at most ${context.max} requests per ${context.after === '1 minute' ? 'minute' : context.after} per client. Retry after ${Math.ceil(context.ttl / 1000)} s.`)
    })
  }

  // OPTIONS on any path: a CORS preflight is allowed GET and HEAD with any request header
  // (there are no credentials to protect); a plain OPTIONS learns the methods (RFC 9110 §9.3.7)
  fastify.options('*', { schema: { hide: true } }, async (request, reply) => {
    reply.code(204).header('allow', METHODS)
    if (request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined) {
      reply.headers({
        'access-control-allow-methods': METHODS,
        'access-control-allow-headers': '*',
        'access-control-max-age': '86400'
      })
    }
    return reply.send()
  })
}

export default fp(http, { name: 'http', fastify: '5.x', dependencies: ['errors', 'db'] })
