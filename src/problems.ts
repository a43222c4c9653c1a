import type { FastifyReply, FastifyRequest } from 'fastify'

// Every problem type the API answers with (RFC 9457), in one catalogue: its name (the
// last segment of its `type` URI, which /problems/<name> describes), status, title and
// what it means. Errors are thrown as a Problem and sent by sendProblem(); only the
// answers written to a raw socket, before any request exists, format problemBody() alone.

interface ProblemType { status: number, title: string, description: string }

export const PROBLEM_TYPES = {
  'invalid-parameter': { status: 400, title: 'Invalid parameter', description: 'A parameter of the request is missing, unknown, of the wrong type or out of range, or names an item that does not exist. `errors` lists every such parameter with what is wrong and what is allowed.' },
  'bad-request': { status: 400, title: 'Bad request', description: 'The request itself is malformed: not valid HTTP, a path that is not valid percent-encoding, no Host header or more than one.' },
  'not-found': { status: 404, title: 'Not found', description: 'There is no resource at this path, or no item with this id.' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', description: 'The API is read-only: it answers GET, HEAD and OPTIONS.' },
  'not-acceptable': { status: 406, title: 'Not acceptable', description: 'None of the media types the Accept header allows is one this resource can be sent as; `detail` names those it can.' },
  gone: { status: 410, title: 'Gone', description: 'The item with this id was deleted from the dataset (its article was removed or replaced); `detail` says in which dataset version. `GET /v1/changes?since=<your version>` lists what changed since. An id that comes back (its article added again) answers again.' },
  'request-timeout': { status: 408, title: 'Request timeout', description: 'The request was not received in time.' },
  'payload-too-large': { status: 413, title: 'Payload too large', description: 'The API takes no request bodies.' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type', description: 'The API takes no request bodies.' },
  'range-not-satisfiable': { status: 416, title: 'Range not satisfiable', description: 'The Range header asks for bytes the file does not have (it starts past the end). `Content-Range: bytes */<size>` gives the size; ask again for a range within it, or without a Range for the whole file.' },
  'expectation-failed': { status: 417, title: 'Expectation failed', description: 'The request has an Expect header other than 100-continue.' },
  'cursor-stale': { status: 410, title: 'Cursor stale', description: 'The dataset has changed since this cursor was issued, and the list\'s order depends on values that change with it (the position of articles and actors, which adding or removing an article renumbers; actors by mentions; search by relevance): continuing could skip or repeat items. Start the list again without a cursor. Cursors of every other order (id; actors by name; the position of events, claims and questions, which is fixed per article) stay valid across changes: a walk continues with no item that existed at its start and still exists skipped or repeated. The `Dataset-Version` header says which version answered.' },
  'rate-limited': { status: 429, title: 'Too many requests', description: 'The client has sent more requests than the rate limit allows; `Retry-After` says when to try again.' },
  'request-too-large': { status: 431, title: 'Request header fields too large', description: 'The request line and headers must fit in 16 KiB.' },
  'client-error': { status: 400, title: 'Client error', description: 'The request cannot be answered as sent; `detail` says why.' },
  internal: { status: 500, title: 'Internal server error', description: 'The server failed to answer. It is a bug, and it has been logged; the answer says nothing about internals.' }
} as const satisfies Record<string, ProblemType>

export type ProblemName = keyof typeof PROBLEM_TYPES

export interface ProblemField { in: 'query' | 'path' | 'header' | 'body', name: string, message: string }

export class Problem extends Error {
  readonly status: number
  constructor (
    readonly problem: ProblemName,
    readonly detail: string,
    readonly errors?: ProblemField[],
    readonly headers: Record<string, string> = {},
    status?: number
  ) {
    super(detail)
    this.name = 'Problem'
    this.status = status ?? PROBLEM_TYPES[problem].status
  }
}

export const invalid = (errors: ProblemField[]) =>
  new Problem('invalid-parameter', `The request has ${errors.length} invalid parameter${errors.length === 1 ? '' : 's'}.`, errors)

export const notFound = (detail: string) => new Problem('not-found', detail)

export const gone = (detail: string) => new Problem('gone', detail)

export function problemBody (problem: ProblemName, detail: string, instance: string, errors?: ProblemField[], status: number = PROBLEM_TYPES[problem].status): string {
  return JSON.stringify({
    type: `/problems/${problem}`,
    title: PROBLEM_TYPES[problem].title,
    status,
    detail,
    instance,
    ...(errors === undefined ? {} : { errors })
  })
}

/** Sends `p` as application/problem+json; the one way a problem leaves through Fastify. */
export function sendProblem (reply: FastifyReply, request: FastifyRequest, p: Problem): FastifyReply {
  return reply.code(p.status).headers(p.headers).type('application/problem+json; charset=utf-8')
    .send(problemBody(p.problem, p.detail, request.url, p.errors, p.status))
}
