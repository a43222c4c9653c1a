import { pipeline, Readable } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { chooseEncoding, compressStream } from '../encoding.js'
import type { Collection } from '../db/resources.js'
import type { Filters } from '../db/repository.js'
import type { CursorKey } from '../db/cursor.js'
import { csvHeader, csvRow } from './csv.js'

// Bulk pulls: every matching row, streamed as NDJSON or CSV. Rows are read in keyset
// batches, each query run to completion, so memory stays flat however large the result
// and the one database connection is never held busy between batches.

export type Format = 'json' | 'ndjson' | 'csv'
const BATCH = 1000

export function negotiateFormat (format: string | undefined, accept: string | undefined): Format {
  if (format === 'json' || format === 'ndjson' || format === 'csv') return format
  if (accept === undefined) return 'json'
  const types = accept.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase())
  for (const t of types) {
    if (t === 'application/json' || t === 'application/*' || t === '*/*') return 'json'
    if (t === 'application/x-ndjson' || t === 'application/ndjson') return 'ndjson'
    if (t === 'text/csv') return 'csv'
  }
  return 'json'
}

export function * exportChunks (fastify: FastifyInstance, collection: Collection, filters: Filters, sort: string, format: 'ndjson' | 'csv'): Generator<string> {
  if (format === 'csv') yield csvHeader(collection)
  let after: CursorKey | null = null
  do {
    const page = fastify.repo.list(collection, { filters, sort, limit: BATCH, after })
    const lines = format === 'ndjson'
      ? page.docs.map((d) => `${d}\n`)
      : page.docs.map((d) => csvRow(collection, JSON.parse(d) as Record<string, unknown>))
    if (lines.length > 0) yield lines.join('')
    after = page.next
  } while (after !== null)
}

export function sendExport (fastify: FastifyInstance, request: FastifyRequest, reply: FastifyReply, collection: Collection, filters: Filters, sort: string, format: 'ndjson' | 'csv') {
  return sendStream(request, reply, exportChunks(fastify, collection, filters, sort, format), format, `${collection}-${fastify.repo.meta.version}`)
}

/** Streams text chunks as an attachment, compressed as it goes when the client accepts it. */
export function sendStream (request: FastifyRequest, reply: FastifyReply, chunks: Iterable<string>, format: 'ndjson' | 'csv', name: string) {
  reply
    .type(format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
  const text = Readable.from(chunks, { objectMode: false })
  const encoding = chooseEncoding(request.headers['accept-encoding'])
  if (encoding === null) return reply.send(text)
  // pipeline() destroys the source too when the client goes away mid-stream
  return reply.header('content-encoding', encoding).send(pipeline(text, compressStream(encoding), () => {}))
}
