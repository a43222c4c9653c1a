import type { ClaimsClient } from '../client.js'
import { ProblemError } from '../problem.js'

// Where batches of items come from, each with the position after it. A source is asked to
// start at a position (null: the beginning) and yields batches until the collection ends.

export interface Batch {
  /** the batch as output text: whole lines (records), each ending with a newline */
  text: string
  items: number
  /** where to continue after this batch; null after the last */
  position: string | null
  /** what the API announced, when it did */
  total: number | null
  /** the dataset version that answered, when the API said */
  dataset: string | null
}

export type Source = (position: string | null, signal: AbortSignal) => AsyncGenerator<Batch>

/** The paginated JSON API, `pageSize` items a request: the cursor of each page is the position. */
export function pageSource (api: ClaimsClient, path: string, filters: Record<string, string[]>, pageSize = 500): Source {
  return async function * (position, signal) {
    let cursor = position
    for (;;) {
      const query: Record<string, unknown> = { ...filters, limit: pageSize, ...(cursor === null ? {} : { cursor }) }
      const { data, error, response } = await (api.raw.GET as unknown as Get)(path, { params: { query }, signal })
      if (!response.ok) throw ProblemError.fromResponse(response, error)
      const page = data as { data: unknown[], page: { next: string | null, total: number } }
      cursor = page.page.next
      yield {
        text: page.data.map((item) => `${JSON.stringify(item)}\n`).join(''),
        items: page.data.length,
        position: cursor,
        total: page.page.total,
        dataset: response.headers.get('dataset-version')
      }
      if (cursor === null) return
    }
  }
}

type Get = (path: string, init: { params: { query: Record<string, unknown> }, signal: AbortSignal }) =>
Promise<{ data?: unknown, error?: unknown, response: Response }>
