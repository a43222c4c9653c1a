import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import compress from '@fastify/compress'
import rateLimit from '@fastify/rate-limit'
import { HttpProblem } from '../problem.js'

// What a public HTTP API owes its clients, from the @fastify plugins: security headers
// (helmet), CORS for any origin on GET with our headers exposed, compression where it
// helps, and per-client rate limiting with the limit headers on every response.

export const EXPOSED_HEADERS = [
  'Link', 'ETag', 'Content-Disposition', 'Retry-After',
  'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'
]

async function http (fastify: FastifyInstance, opts: { rateLimitMax: number }) {
  await fastify.register(helmet, {
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
  })
  await fastify.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 86_400
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
  await fastify.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip', 'deflate'],
    // quality 4 gives most of brotli's gain at a fraction of its default cost
    brotliOptions: { params: { [(await import('node:zlib')).constants.BROTLI_PARAM_QUALITY]: 4 } }
  })
}

export default fp(http, { name: 'http', fastify: '5.x', dependencies: ['errors'] })
