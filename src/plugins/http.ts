import fp from 'fastify-plugin'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'
import rateLimit from '@fastify/rate-limit'
import { HttpProblem } from '../problem.js'

// What a public HTTP API owes its clients: security headers, CORS for any origin, and
// per-client rate limiting with the limit headers on every response. (Compression is
// src/plugins/caching.ts's, done once per cached body; exports and /docs compress their own.)
//
// None of the headers depends on the request: they are computed once and set by one hook.
// @fastify/helmet re-runs helmet(options) on every request, CSP parsing included, and
// @fastify/cors resolves its origin option per request; with both, GET /v1/claims/{id}
// served 0.45× the requests per second it does with the same headers set here (bench/,
// issue #6).

export const EXPOSED_HEADERS = [
  'Link', 'ETag', 'Content-Disposition', 'Retry-After',
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
export function helmetHeaders (options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader (name: string, value: unknown) { headers[name.toLowerCase()] = String(value) },
    removeHeader (name: string) { delete headers[name.toLowerCase()] }
  }
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => { if (err !== undefined) throw err })
  return headers
}

/** Every response's own headers: helmet's, and CORS's for a GET from any origin. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...helmetHeaders(HELMET),
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS.join(', ')
})

async function http (fastify: FastifyInstance, opts: { rateLimitMax: number }) {
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(STATIC_HEADERS)
    done()
  })

  if (opts.rateLimitMax > 0) {
    await fastify.register(rateLimit, {
      global: true,
      max: opts.rateLimitMax,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) => new HttpProblem(429, 'rate-limited',
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

export default fp(http, { name: 'http', fastify: '5.x', dependencies: ['errors'] })
