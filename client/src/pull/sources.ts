import type { ClaimsClient } from '../client.js'
import { NdjsonError } from '../ndjson.js'
import { ProblemError } from '../problem.js'
import { finished, type Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { RecordSplitter, type RecordBatch } from './records.js'
import { streamGet } from './http-stream.js'

// Where batches of items come from, each with the position after it. A source is asked to
// start at a position (null: the beginning) and yields batches until the collection ends.

export type PullFormat = 'ndjson' | 'csv' | 'jsonld'

export interface Batch {
  /** the batch as output bytes, in parts: whole records, each ending with a line end */
  data: Buffer[]
  /** the parts' length in bytes */
  bytes: number
  items: number
  /** where to continue after this batch: the last item's resume key, or a cursor (null: the end) */
  position: string | null
  /** the collection's end */
  last: boolean
  /** what the API announced, when it did */
  total: number | null
  /** the dataset version that answered, when the API said */
  dataset: string | null
}

export type Source = (from: { position: string | null, items: number, bytes: number }, signal: AbortSignal) => AsyncGenerator<Batch>

type Get = (path: string, init: { params: { query: Record<string, unknown> }, signal: AbortSignal }) =>
Promise<{ data?: unknown, error?: unknown, response: Response }>

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
      const bytes = Buffer.from(page.data.map((item) => `${JSON.stringify(item)}\n`).join(''))
      yield {
        data: [bytes],
        bytes: bytes.length,
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

const API_FORMAT: Record<PullFormat, string> = { ndjson: 'ndjson', csv: 'csv', jsonld: 'jsonld-ndjson' }

/**
 * The streamed export, one request for the whole collection: as fast as the server can
 * send. Its bytes are written as they came, cut into batches of whole records; the
 * position after a batch is its last item's key, and a new request with `after=` that key
 * continues exactly there (the API's documented resume). The total is the `Total-Count` of
 * the response plus what was saved before it.
 */
export function exportSource (base: string, path: string, filters: Record<string, string[]>, format: PullFormat, batchSize = 5000, compressed = false): Source {
  const keyOf = resumeKey(path, format)
  return async function * (from, signal) {
    const query = { ...filters, format: API_FORMAT[format], ...(from.position === null ? {} : { after: from.position }) }
    // compression costs both ends more CPU than it saves on a fast link: asked for, not by default
    const response = await streamGet(base, path, query, compressed ? { 'accept-encoding': 'gzip' } : {}, signal)
    const header = (name: string) => { const v = response.headers[name]; return typeof v === 'string' && v !== '' ? v : null }
    const coming = header('total-count')
    const total = coming === null ? null : from.items + Number(coming)
    const dataset = header('dataset-version')
    // the version first, before anything is written: another dataset is not to be appended
    yield { data: [], bytes: 0, items: 0, position: from.position, last: false, total, dataset }
    // a CSV answer starts with its header: written once, at the start of the file
    const splitter = new RecordSplitter(batchSize, format === 'csv', format !== 'csv' ? 'none' : from.bytes === 0 ? 'keep' : 'drop')
    let position = from.position
    let line = from.items
    const batch = (b: RecordBatch, last: boolean): Batch => {
      line += b.records
      if (b.last !== null) position = keyOf(b.last, line)
      return { data: b.parts, bytes: b.bytes, items: b.records, position: last ? null : position, last, total, dataset }
    }
    const body = header('content-encoding') === 'gzip' ? response.body.pipe(createGunzip()) : response.body
    for await (const b of split(body, splitter)) yield batch(b, false)
    const { batch: rest, incomplete } = splitter.flush()
    if (incomplete) {
      // whole records before the cut are kept; the rest is asked for again
      if (rest.records > 0) yield batch(rest, false)
      throw new NdjsonError('the stream ended inside a record: the download was cut short', line + 1)
    }
    yield batch(rest, true)
  }
}

/**
 * The body's complete batches as its chunks arrive. Chunks are taken from 'data' events and
 * the body is paused while batches wait to be written: one promise a batch rather than one a
 * chunk (the async iterator of a stream costs about as much CPU as the splitting itself).
 * Ends when the body ends; throws what broke it (a dropped connection, an abort).
 */
async function * split (body: Readable, splitter: RecordSplitter): AsyncGenerator<RecordBatch> {
  const ready: RecordBatch[] = []
  const end: { done: boolean, error: Error | null } = { done: false, error: null }
  let wake: (() => void) | null = null
  const notify = () => { const w = wake; wake = null; w?.() }
  body.on('data', (chunk: Buffer) => {
    const batches = splitter.push(chunk)
    if (batches.length === 0) return
    ready.push(...batches)
    body.pause()
    notify()
  })
  const cleanup = finished(body, (err) => { end.done = true; end.error = err ?? null; notify() })
  try {
    for (;;) {
      while (ready.length > 0) yield ready.shift()!
      if (end.done) {
        if (end.error !== null) throw end.error
        return
      }
      const waiting = new Promise<void>((resolve) => { wake = resolve })
      body.resume()
      await waiting
    }
  } finally {
    cleanup()
    body.destroy()
  }
}

/** How the key `after=` takes is read from one record of the export (docs: the `after` parameter). */
function resumeKey (path: string, format: PullFormat): (record: string, line: number) => string {
  const search = path === '/v1/search'
  return (record, line) => {
    try {
      if (format === 'csv') {
        const fields = csvFields(record)
        if (!search) return fields[0]!
        return `${fields[0]}:${fields[1]}${fields[0] === 'article' ? `@${fields.at(-1)}` : ''}`
      }
      const doc = JSON.parse(record) as Record<string, unknown>
      if (format === 'jsonld') return decodeURIComponent(String(doc.id).slice(String(doc.id).lastIndexOf('/') + 1))
      if (!search) return String(doc.id)
      return `${String(doc.type)}:${String(doc.id)}${doc.type === 'article' ? `@${String((doc.span as { start: number }).start)}` : ''}`
    } catch (err) {
      throw new NdjsonError(`not a record of this export (${(err as Error).message})`, line)
    }
  }
}

/** The fields of one CSV record (RFC 4180). */
function csvFields (record: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < record.length; i++) {
    const c = record[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (record[i + 1] === '"') { field += '"'; i++ } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') { fields.push(field); field = '' } else field += c
  }
  fields.push(field)
  return fields
}
