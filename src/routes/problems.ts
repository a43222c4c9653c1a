import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { notFound, PROBLEM_TYPES, type ProblemName } from '../problems.js'
import { BAD_REQUEST, NOT_ACCEPTABLE, NOT_FOUND, okResponse, ProblemTypeInfo } from '../schemas/http.js'
import { NoQuery } from '../schemas/query.js'
import { ref } from '../schemas/ref.js'
import { html } from '../html/html.js'
import { page, sendPage } from '../html/page.js'

// Every problem's `type` resolves: /problems/<name> describes the type, as JSON, or as
// a small HTML page when the client prefers text/html (a browser following the link).

function info (name: ProblemName) {
  const p = PROBLEM_TYPES[name]
  return { type: `/problems/${name}`, name, status: p.status, title: p.title, description: p.description }
}

function problemPage (name: ProblemName): string {
  const p = info(name)
  return page({
    title: p.title,
    main: html`<h1>${p.title}</h1>
<p>HTTP status ${p.status}. Problem type <code>${p.type}</code>.</p>
<p>${p.description}</p>
<p><a href="/docs">API documentation</a></p>`
  })
}

export default async function problems (fastify: FastifyInstance) {
  const names = Object.keys(PROBLEM_TYPES) as ProblemName[]
  fastify.get('/problems/:name', {
    config: { produces: ['application/json', 'text/html'] },
    schema: {
      operationId: 'getProblemType',
      tags: ['dataset'],
      summary: 'Describe a problem type',
      description: 'What the `type` of a problem+json error means: its status, title and description, as JSON, or as an HTML page when the Accept header prefers text/html.',
      params: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200, description: `The name of the problem type: ${names.join(', ')}.`, examples: ['invalid-parameter'] }) }),
      querystring: NoQuery,
      response: {
        200: okResponse('The problem type.', { 'application/json': { schema: ref(ProblemTypeInfo) }, 'text/html': { schema: Type.String() } }),
        400: BAD_REQUEST,
        404: NOT_FOUND,
        406: NOT_ACCEPTABLE
      }
    }
  }, async (request, reply) => {
    const { name } = request.params as { name: string }
    if (!Object.hasOwn(PROBLEM_TYPES, name)) throw notFound(`There is no problem type "${name}". The types are: ${names.join(', ')}.`)
    if (request.representation === 'text/html') return sendPage(reply, 200, problemPage(name as ProblemName))
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(info(name as ProblemName)))
  })
}
