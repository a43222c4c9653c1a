import { resolve } from 'node:path'
import { availableParallelism } from 'node:os'
import type { Socket } from 'node:net'
import type { FastifyServerOptions } from 'fastify'
import { problemBody } from './problem.js'
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
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: config.trustProxy,
    // the API is read-only: no route takes a body, so any body is small and refused
    bodyLimit: 1024,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: {
      ignoreTrailingSlash: true,
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
 * Requests Node's parser rejects before Fastify sees them (a request line or headers over
 * 16 KiB, malformed HTTP) still get a problem+json answer rather than Node's bare one.
 */
function clientErrorHandler (err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) { socket.destroy(); return }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW'
  const status = tooLarge ? 431 : 400
  const body = problemBody(status, tooLarge ? 'request-too-large' : 'bad-request',
    tooLarge ? 'The request line and headers must fit in 16 KiB: shorten the URL (fewer or shorter parameters).' : 'The request is not valid HTTP.', '')
  socket.end(`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
}
