import type { Problem, ProblemField } from './types.js'

// An answer other than 2xx, as an Error an app can catch and read: the RFC 9457 fields the
// API sends (status, type, detail, the invalid parameters), or, when something between the
// client and the API answered instead (a proxy's HTML page), a problem made from what came.

export class ProblemError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly instance: string
  /** The invalid parameters of a 400: where, which, and what is wrong with each. */
  readonly errors: ProblemField[]
  readonly headers: Headers

  constructor (problem: Problem, headers: Headers = new Headers()) {
    super(`${problem.status} ${problem.title}: ${problem.detail}${problem.errors === undefined || problem.errors.length === 0 ? '' : ` (${problem.errors.map((e) => `${e.name}: ${e.message}`).join('; ')})`}`)
    this.name = 'ProblemError'
    this.status = problem.status
    this.type = problem.type
    this.title = problem.title
    this.detail = problem.detail
    this.instance = problem.instance
    this.errors = problem.errors ?? []
    this.headers = headers
  }

  /** A non-2xx response as a ProblemError; `body` is its body already read (parsed JSON or text). */
  static fromResponse (response: Response, body: unknown): ProblemError {
    const url = new URL(response.url || 'http://unknown/')
    const fallback: Problem = {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      detail: (typeof body === 'string' ? body.slice(0, 300) : '') || `The server answered ${response.status} with no details.`,
      instance: url.pathname + url.search
    }
    const problem = body as Partial<Problem> | null
    if (typeof problem === 'object' && problem !== null && typeof problem.status === 'number' && typeof problem.title === 'string') {
      return new ProblemError({ ...fallback, ...problem }, response.headers)
    }
    return new ProblemError(fallback, response.headers)
  }

  /** Reads a non-2xx response's body into a ProblemError. */
  static async from (response: Response): Promise<ProblemError> {
    const text = await response.text().catch(() => '')
    let body: unknown = text
    try { body = JSON.parse(text) } catch {}
    return ProblemError.fromResponse(response, body)
  }
}
