import { STATUS_CODES } from 'node:http'

// RFC 9457 problem details: the one error shape of the API.

export interface ProblemField { in: 'query' | 'path' | 'header' | 'body', name: string, message: string }

export class HttpProblem extends Error {
  constructor (
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    readonly errors?: ProblemField[],
    readonly headers: Record<string, string> = {}
  ) {
    super(detail)
    this.name = 'HttpProblem'
  }
}

export const invalid = (errors: ProblemField[]) =>
  new HttpProblem(400, 'invalid-parameter', `The request has ${errors.length} invalid parameter${errors.length === 1 ? '' : 's'}.`, errors)

export const notFound = (what: string) => new HttpProblem(404, 'not-found', what)

export function problemBody (status: number, type: string, detail: string, instance: string, errors?: ProblemField[]): string {
  return JSON.stringify({
    type: `/problems/${type}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(errors === undefined ? {} : { errors })
  })
}
