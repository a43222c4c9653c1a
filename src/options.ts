import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'
import { STATUS_CODES } from 'node:http'
import { Problem, PROBLEM_TYPES, problemBody, sendProblem, type ProblemName } from './problems.js'
import type { Config } from './config.js'

// One function gives the Fastify options to production and to tests, so validation and
// serialization never differ between the two.

/**
 * Repeated keys become arrays, and so do comma lists (`status=a,b` = `status=a&status=b`),
 * except in `q`, where a comma is part of what is searched for.
 */
function parseQuery (raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null)
  for (const [key, value] of new URLSearchParams(raw)) {
    const values = key !== 'q' && value.includes(',') ? value.split(',') : [value]
    const prev = out[key]
    out[key] = prev === undefined && values.length === 1 ? values[0]! : [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), ...values]
  }
  return out
}

export function serverOptions (config: Pick<Config, 'logLevel' | 'trustProxy'>): FastifyServerOptions {
  return {
    clientErrorHandler,
    frameworkErrors,
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: config.trustProxy,
    // a missing Host is answered by src/plugins/http.ts as problem+json, not by Node with
    // an empty 400 (Fastify hands `http` to http.createServer; its types omit it)
    ...({ http: { requireHostHeader: false } } as object),
    // the API is read-only: no route takes a body, so any body is small and refused
    bodyLimit: 1024,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    // opening a database of up to 1 GiB reads every page once (src/db/open.ts): up to ~10 s
    // when the file is not in the page cache, Fastify's default limit for a plugin to load
    pluginTimeout: 120_000,
    forceCloseConnections: 'idle',
    routerOptions: {
      ignoreTrailingSlash: true,
      // = the maxLength of every path parameter (IdParams in src/schemas/query.ts)
      maxParamLength: 200,
      querystringParser: parseQuery
    },
    ajv: {
      customOptions: {
        removeAdditional: false, // an unknown parameter is a 400, not silently dropped
        coerceTypes: 'array',
        useDefaults: true,
        allErrors: true
      }
    }
  }
}

/**
 * Errors the router raises before any route (or our error handler) runs: a path whose
 * percent-encoding cannot be decoded (`/v1/claims/%zz`) and a path parameter over
 * maxParamLength. Fastify answers them outside the route's hook chain, so the headers
 * every answer carries are set here too.
 */
function frameworkErrors (err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const version = (request.server as { repo?: { version: string } }).repo?.version
  reply.headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*', ...(version === undefined ? {} : { 'dataset-version': version }) })
  if (err.code === 'FST_ERR_BAD_URL') {
    sendProblem(reply, request, new Problem('bad-request', 'The path is not valid percent-encoding: a % must be followed by two hex digits that encode UTF-8.'))
  } else if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    // every path parameter of this API is at most 200 characters long; it is `id`, but for
    // the one route that names a problem type
    const name = request.url.startsWith('/problems/') ? 'name' : 'id'
    sendProblem(reply, request, new Problem('invalid-parameter', 'The request has 1 invalid parameter.', [{ in: 'path', name, message: 'must be at most 200 characters long' }]))
  } else {
    request.log.error({ err }, 'request failed')
    sendProblem(reply, request, new Problem('internal', 'The server failed to answer this request. It has been logged.'))
  }
}

/**
 * Requests Node's parser rejects before Fastify sees them (a request line or headers over
 * 16 KiB, malformed HTTP) still get a problem+json answer rather than Node's bare one.
 * There is no request yet: the answer is written to the socket.
 */
function clientErrorHandler (err: NodeJS.ErrnoException, socket: Socket): void {
  // a reset connection has nobody to answer (as Fastify's default handler does)
  if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return }
  // a client too slow to send its request (requestTimeout) is told so with a 408, not
  // with "not valid HTTP"
  const [problem, detail]: [ProblemName, string] = err.code === 'HPE_HEADER_OVERFLOW'
    ? ['request-too-large', 'The request line and headers must fit in 16 KiB: shorten the URL (fewer or shorter parameters).']
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['request-timeout', 'The request was not received in time.']
      : ['bad-request', 'The request is not valid HTTP.']
  const body = problemBody(problem, detail, '')
  const status = PROBLEM_TYPES[problem].status
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`)
}
