import fp from 'fastify-plugin'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { invalid, Problem, sendProblem, type ProblemField } from '../problems.js'

// One error handler and one not-found handler: every error leaves as problem+json, a 4xx
// says what is wrong and what is allowed, a 5xx says nothing about internals.

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Checks a schema cannot make (ids exist, search syntax, finite numbers). The route
     * runs them itself; when the schema fails, the error handler runs them too, so that
     * one 400 names every bad parameter.
     */
    checkQuery?: (query: Record<string, unknown>) => ProblemField[]
  }
}

const WHERE: Record<string, ProblemField['in']> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' }

interface AjvError { instancePath: string, keyword: string, message?: string, params: Record<string, unknown> }
interface PropertySchema { type?: string, minimum?: number, maximum?: number }

/** The validator's errors as sentences a user can act on, one per parameter and message. */
function validationErrors (request: FastifyRequest, context: string, errors: AjvError[]): ProblemField[] {
  const where = WHERE[context] ?? 'query'
  const schema = (context === 'params' ? request.routeOptions.schema?.params : request.routeOptions.schema?.querystring) as { properties?: Record<string, PropertySchema> } | undefined
  const out = new Map<string, ProblemField>()
  for (const e of errors) {
    let name = e.instancePath.split('/')[1] ?? ''
    let message: string
    const p = e.params
    const property = schema?.properties?.[name]
    switch (e.keyword) {
      case 'additionalProperties':
        name = String(p.additionalProperty)
        message = allowedParameters(schema)
        break
      case 'required': name = String(p.missingProperty); message = 'is required'; break
      case 'minItems': message = 'is required'; break
      case 'enum': message = `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`; break
      case 'type': case 'minimum': case 'maximum':
        message = property?.type === 'integer' && property.minimum !== undefined && property.maximum !== undefined
          ? `must be a whole number from ${property.minimum} to ${property.maximum}`
          : p.type === 'integer' ? 'must be a whole number' : `must be ${e.keyword === 'type' ? `of type ${String(p.type)}` : e.message ?? 'in range'}`
        break
      case 'minLength': message = p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`; break
      case 'maxLength': message = `must be at most ${String(p.limit)} characters long`; break
      case 'maxItems': message = `may be given at most ${String(p.limit)} values`; break
      case 'pattern': message = 'is not in the expected form'; break
      default: message = e.message ?? 'is invalid'
    }
    const key = `${name}|${message}`
    if (!out.has(key)) out.set(key, { in: where, name, message })
  }
  return [...out.values()]
}

function allowedParameters (schema: { properties?: Record<string, unknown> } | undefined): string {
  const names = Object.keys(schema?.properties ?? {})
  return names.length === 0 ? 'is not a parameter: this endpoint takes no query parameters' : `is not a parameter of this endpoint; allowed: ${names.join(', ')}`
}

async function errors (fastify: FastifyInstance) {
  fastify.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof Problem) return sendProblem(reply, request, err)
    if (err.validation !== undefined) {
      const context = err.validationContext ?? 'querystring'
      const fields = validationErrors(request, context, err.validation as AjvError[])
      const check = request.routeOptions.config.checkQuery
      if (context === 'querystring' && check !== undefined) {
        const named = new Set(fields.map((f) => f.name))
        for (const f of check(request.query as Record<string, unknown>)) if (!named.has(f.name)) fields.push(f)
      }
      return sendProblem(reply, request, invalid(fields))
    }
    const status = err.statusCode ?? 500
    if (status === 429) return sendProblem(reply, request, new Problem('rate-limited', err.message))
    if (status === 413) return sendProblem(reply, request, new Problem('payload-too-large', 'The API takes no request bodies.'))
    if (status === 415) return sendProblem(reply, request, new Problem('unsupported-media-type', 'The API takes no request bodies.'))
    if (status >= 400 && status < 500) return sendProblem(reply, request, new Problem('client-error', err.message, undefined, {}, status))
    request.log.error({ err }, 'request failed')
    return sendProblem(reply, request, new Problem('internal', 'The server failed to answer this request. It has been logged.'))
  })

  // the GET routes, to tell a wrong method on a real path (405) from a path that is not there (404)
  const getRoutes: RegExp[] = []
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (!methods.includes('GET')) return
    const pattern = route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')
    getRoutes.push(new RegExp(`^${pattern}/?$`))
  })

  // unknown routes count against the rate limit too (and so carry its headers); the
  // limiter exists only once src/plugins/http.ts has registered it, and only if enabled
  let limiter: ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | null | undefined
  const limit = async (request: FastifyRequest, reply: FastifyReply) => {
    if (limiter === undefined) {
      const make = (fastify as unknown as { rateLimit?: () => typeof limiter }).rateLimit
      limiter = fastify.hasDecorator('rateLimit') && make !== undefined ? make.call(fastify) ?? null : null
    }
    if (limiter !== null) await limiter(request, reply)
  }

  fastify.setNotFoundHandler({ preHandler: limit }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (request.method !== 'GET' && request.method !== 'HEAD' && getRoutes.some((r) => r.test(path))) {
      return sendProblem(reply, request, new Problem('method-not-allowed', `${request.method} is not allowed on ${path}: this API is read-only (GET, HEAD).`, undefined, { allow: 'GET, HEAD' }))
    }
    return sendProblem(reply, request, new Problem('not-found', `There is no resource at ${path}. The API's entry point is /v1; its documentation is /docs.`))
  })
}

export default fp(errors, { name: 'errors', fastify: '5.x' })
