import { resolve } from 'node:path'
import { availableParallelism } from 'node:os'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'
import { STATUS_CODES } from 'node:http'
import { problemBody, type ProblemField } from './problem.js'
import { DEFAULT_DB_PATH } from './config.js'

// One function gives the Fastify options to production and to tests, so validation and
// serialization never differ between the two (STYLE.md).

export interface Config {
  port: number
  host: string
  dbPath: string
  logLevel: string
  rateLimitMax: number
  workers: number
  trustProxy: boolean
}

export class ConfigError extends Error {}

export function configFromEnv (env: NodeJS.ProcessEnv = process.env): Config {
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
    return n
  }
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!levels.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}, not "${logLevel}"`)
  return {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    dbPath: env.DB_PATH !== undefined && env.DB_PATH !== '' ? resolve(env.DB_PATH) : DEFAULT_DB_PATH,
    logLevel,
    rateLimitMax: int('RATE_LIMIT_MAX', 1200, 0, 1_000_000_000),
    // WORKERS=auto uses every core (node:cluster); the default is one process
    workers: env.WORKERS === 'auto' ? availableParallelism() : int('WORKERS', 1, 1, 64),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true'
  }
}

/** Repeated keys become arrays; `include=a,b` becomes `include=[a, b]`. */
export function parseQuery (raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null)
  for (const [key, value] of new URLSearchParams(raw)) {
    const values = key === 'include' ? value.split(',').filter((v) => v !== '') : [value]
    const prev = out[key]
    const merged = prev === undefined ? values : [...(Array.isArray(prev) ? prev : [prev]), ...values]
    out[key] = merged.length === 1 && key !== 'include' ? merged[0]! : merged
  }
  return out
}

export function serverOptions (config: Pick<Config, 'logLevel' | 'trustProxy'>): FastifyServerOptions {
  return {
    clientErrorHandler,
    frameworkErrors,
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: config.trustProxy,
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
 * maxParamLength. Fastify answers them in its own JSON shape (and the second as a 414 no
 * operation documents); this answers them as the 400 problem+json every route declares.
 * (reliability review, issue #5)
 */
function frameworkErrors (err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const send = (status: number, type: string, detail: string, errors?: ProblemField[]) => {
    // Fastify answers these outside the route's hook chain, so helmet's and CORS's onSend
    // hooks do not run: the headers a browser needs to read the problem are set here
    reply.code(status).type('application/problem+json; charset=utf-8')
      .headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*' })
      .send(problemBody(status, type, detail, request.url, errors))
  }
  if (err.code === 'FST_ERR_BAD_URL') {
    send(400, 'bad-request', 'The path is not valid percent-encoding: a % must be followed by two hex digits that encode UTF-8.')
  } else if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    // every path parameter of this API is `id`
    send(400, 'invalid-parameter', 'The request has 1 invalid parameter.', [{ in: 'path', name: 'id', message: 'must NOT have more than 200 characters' }])
  } else {
    request.log.error({ err }, 'request failed')
    send(500, 'internal', 'The server failed to answer this request. It has been logged.')
  }
}

/**
 * Requests Node's parser rejects before Fastify sees them (a request line or headers over
 * 16 KiB, malformed HTTP) still get a problem+json answer rather than Node's bare one.
 */
function clientErrorHandler (err: NodeJS.ErrnoException, socket: Socket): void {
  // a reset connection has nobody to answer (as Fastify's default handler does)
  if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return }
  // a client too slow to send its request (requestTimeout) is told so with a 408, not
  // with "not valid HTTP" (reliability review, issue #5)
  const [status, type, detail]: [number, string, string] = err.code === 'HPE_HEADER_OVERFLOW'
    ? [431, 'request-too-large', 'The request line and headers must fit in 16 KiB: shorten the URL (fewer or shorter parameters).']
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request-timeout', 'The request was not received in time.']
      : [400, 'bad-request', 'The request is not valid HTTP.']
  const body = problemBody(status, type, detail, '')
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`)
}
