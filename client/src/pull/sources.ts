import type { ClaimsClient } from '../client.js'
import { ndjsonLines } from '../ndjson.js'
import { ProblemError } from '../problem.js'

// Where batches of items come from, each with the position after it. A source is asked to
// start at a position (null: the beginning) and yields batches until the collection ends.

export interface Batch {
  /** the batch as output text: whole lines (records), each ending with a newline */
  text: string
  items: number
  /** where to continue after this batch (null: from the item count) */
  position: string | null
  /** the collection's end */
  last: boolean
  /** what the API announced, when it did */
  total: number | null
  /** the dataset version that answered, when the API said */
  dataset: string | null
}

export type Source = (from: { position: string | null, items: number }, signal: AbortSignal) => AsyncGenerator<Batch>

/** The paginated JSON API, `pageSize` items a request: the cursor of each page is the position. */
export function pageSource (api: ClaimsClient, path: string, filters: Record<string, string[]>, pageSize = 500): Source {
  return async function * (from, signal) {
    let cursor = from.position
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
        last: cursor === null,
        total: page.page.total,
        dataset: response.headers.get('dataset-version')
      }
      if (cursor === null) return
    }
  }
}

type Get = (path: string, init: { params: { query: Record<string, unknown> }, signal: AbortSignal, parseAs?: 'stream' }) =>
Promise<{ data?: unknown, error?: unknown, response: Response }>

/**
 * The streamed NDJSON export, one request for the whole collection: as fast as the server
 * can send. It is resumed by item count: within one dataset version the export's order is
 * fixed, so skipping the first `items` lines of a new export continues exactly where the
 * last one stopped, whatever the server (restarted, another process, another cursor
 * secret). The version is checked on every response, and the total comes from the first
 * page of the same list.
 */
export function exportSource (api: ClaimsClient, path: string, filters: Record<string, string[]>, batchSize = 1000): Source {
  const get = api.raw.GET as unknown as Get
  return async function * (from, signal) {
    const first = await get(path, { params: { query: { ...filters, limit: 1 } }, signal })
    if (!first.response.ok) throw ProblemError.fromResponse(first.response, first.error)
    const total = (first.data as { page: { total: number } }).page.total
    const { data, error, response } = await get(path, { params: { query: { ...filters, format: 'ndjson' } }, signal, parseAs: 'stream' })
    if (!response.ok) throw ProblemError.fromResponse(response, error)
    const dataset = response.headers.get('dataset-version') ?? first.response.headers.get('dataset-version')
    // the version first, before skipping what is saved: another dataset is not to be skipped through
    yield { text: '', items: 0, position: 'export', last: false, total, dataset }
    let skip = from.items
    let lines: string[] = []
    for await (const line of ndjsonLines(data as ReadableStream<Uint8Array>)) {
      if (skip > 0) { skip--; continue }
      lines.push(`${line}\n`)
      if (lines.length >= batchSize) {
        yield { text: lines.join(''), items: lines.length, position: 'export', last: false, total, dataset }
        lines = []
      }
    }
    if (skip > 0) throw new ProblemError({ type: 'about:blank', title: 'Short export', status: 409, detail: `the export holds fewer items than the ${from.items} already saved`, instance: path }, response.headers)
    yield { text: lines.join(''), items: lines.length, position: null, last: true, total, dataset }
  }
}
