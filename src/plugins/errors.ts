import fp from 'fastify-plugin'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { HttpProblem, problemBody, type ProblemField } from '../problem.js'

// One error handler and one not-found handler: every error leaves as problem+json, a 4xx
// says what is wrong and what is allowed, a 5xx says nothing about internals.

const WHERE: Record<string, ProblemField['in']> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' }

function send (reply: FastifyReply, request: FastifyRequest, status: number, type: string, detail: string, errors?: ProblemField[]) {
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problemBody(status, type, detail, request.url, errors))
}

interface AjvError { instancePath: string, keyword: string, message?: string, params: Record<string, unknown> }

export function validationErrors (context: string, errors: AjvError[]): ProblemField[] {
  const where = WHERE[context] ?? 'query'
  const out = new Map<string, ProblemField>()
  for (const e of errors) {
    let name = e.instancePath.split('/')[1] ?? ''
    let message = e.message ?? 'is invalid'
    if (e.keyword === 'additionalProperties') {
      name = String(e.params.additionalProperty)
      message = 'is not a parameter of this endpoint'
    } else if (e.keyword === 'required') {
      name = String(e.params.missingProperty)
      message = 'is required'
    } else if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) {
      message = `must be one of: ${e.params.allowedValues.join(', ')}`
    } else if (e.keyword === 'type') {
      message = `must be ${e.params.type === 'integer' ? 'a whole number' : `of type ${String(e.params.type)}`}`
    }
    const key = `${name}|${message}`
    if (!out.has(key)) out.set(key, { in: where, name, message })
  }
  return [...out.values()]
}

async function errors (fastify: FastifyInstance) {
  fastify.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HttpProblem) {
      reply.headers(err.headers)
      return send(reply, request, err.status, err.type, err.detail, err.errors)
    }
    if (err.validation !== undefined) {
      const fields = validationErrors(err.validationContext ?? 'querystring', err.validation as AjvError[])
      if (err.validationContext === 'querystring') {
        const allowed = allowedParameters(request)
        for (const f of fields) {
          if (f.message !== 'is not a parameter of this endpoint' || allowed === null) continue
          f.message = allowed === '' ? 'is not a parameter: this endpoint takes no query parameters' : `${f.message}; allowed: ${allowed}`
        }
      }
      return send(reply, request, 400, 'invalid-parameter', `The request has ${fields.length} invalid parameter${fields.length === 1 ? '' : 's'}.`, fields)
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      return send(reply, request, status, status === 429 ? 'rate-limited' : 'client-error', err.message)
    }
    request.log.error({ err }, 'request failed')
    return send(reply, request, 500, 'internal', 'The server failed to answer this request. It has been logged.')
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
      reply.header('allow', 'GET, HEAD')
      return send(reply, request, 405, 'method-not-allowed', `${request.method} is not allowed on ${path}: this API is read-only (GET, HEAD).`)
    }
    return send(reply, request, 404, 'not-found', `There is no resource at ${path}. The API's entry point is /v1; its documentation is /docs.`)
  })
}

function allowedParameters (request: FastifyRequest): string | null {
  const schema = request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined
  return schema?.properties === undefined ? null : Object.keys(schema.properties).join(', ')
}

export default fp(errors, { name: 'errors', fastify: '5.x' })
