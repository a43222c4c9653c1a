import createFetchClient, { type Client } from 'openapi-fetch'
import type { paths } from './generated/api.js'
import { readNdjson, type NdjsonOptions } from './ndjson.js'
import { ProblemError } from './problem.js'
import { retryingFetch, type RetryPolicy } from './retry.js'
import type { BodyOf, GetPath, ItemOf, ListPath, ParamsArg, ParamsOf } from './types.js'

// The client: openapi-fetch over the generated `paths` for the calls, and by hand only
// what it does not give: errors thrown as ProblemError, every page of a list, and the
// NDJSON export read as a stream.

export interface ClientOptions {
  /** where the API is served, e.g. http://127.0.0.1:3000 */
  baseUrl: string
  /** extra request headers */
  headers?: Record<string, string>
  retry?: RetryPolicy
  /** the fetch to use (tests, proxies); default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>
}

export interface ClaimsClient {
  /** the openapi-fetch client, for anything the helpers below do not cover */
  readonly raw: Client<paths>
  /** GET a path's JSON body, typed; throws ProblemError on anything but 2xx */
  get: <P extends GetPath>(path: P, ...params: ParamsArg<P>) => Promise<BodyOf<P>>
  /** every page of a collection, nested list or search, following `page.next` */
  pages: <P extends ListPath>(path: P, ...params: ParamsArg<P>) => AsyncGenerator<BodyOf<P>>
  /** every item of a collection, nested list or search, page after page */
  items: <P extends ListPath>(path: P, ...params: ParamsArg<P>) => AsyncGenerator<ItemOf<P>>
  /** every item from the streamed NDJSON export (one request, bounded memory) */
  stream: <P extends ListPath>(path: P, ...params: [...ParamsArg<P>, NdjsonOptions?]) => AsyncGenerator<ItemOf<P>>
}

type AnyParams = { path?: Record<string, unknown>, query?: Record<string, unknown> } | undefined

export function createClient (options: ClientOptions): ClaimsClient {
  const inner = options.fetch ?? (async (request: Request) => await globalThis.fetch(request))
  const raw = createFetchClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.headers,
    fetch: retryingFetch(inner, options.retry)
  })
  // openapi-fetch's per-path generics are checked at our public signatures; inside, one call shape
  const call = raw.GET as unknown as (path: string, init: { params?: AnyParams, parseAs?: 'json' | 'stream' }) =>
  Promise<{ data?: unknown, error?: unknown, response: Response }>

  async function get (path: string, params: AnyParams, parseAs: 'json' | 'stream' = 'json'): Promise<{ data: unknown, response: Response }> {
    const { data, error, response } = await call(path, { params: params ?? {}, parseAs })
    if (!response.ok) throw ProblemError.fromResponse(response, error)
    return { data, response }
  }

  async function * pages (path: string, params: AnyParams): AsyncGenerator<unknown> {
    let query: Record<string, unknown> = { ...params?.query }
    for (;;) {
      const { data } = await get(path, { ...params, query })
      yield data
      const next = (data as { page: { next: string | null } }).page.next
      if (next === null) return
      query = { ...query, cursor: next }
    }
  }

  return {
    raw,
    get: async (path, ...params) => (await get(path, params[0] as AnyParams)).data as never,
    pages: (path, ...params) => pages(path, params[0] as AnyParams) as AsyncGenerator<never>,
    items: async function * (path, ...params) {
      for await (const page of pages(path, params[0] as AnyParams)) yield * (page as { data: never[] }).data
    },
    stream: async function * (path, ...args) {
      const params = args[0] as ParamsOf<typeof path> | undefined
      const ndjson = args[1] as NdjsonOptions | undefined
      const query = { ...(params as AnyParams)?.query, format: 'ndjson' }
      const { response } = await get(path, { ...(params as AnyParams), query }, 'stream')
      if (response.body === null) return
      yield * readNdjson<never>(response.body, ndjson)
    }
  }
}
