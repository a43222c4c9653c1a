import { pipeline, Readable } from 'node:stream'
import Negotiator from 'negotiator'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CollectionName } from '../db/collections.js'
import { chooseEncoding, compressStream } from '../encoding.js'
import { csvHeader, csvRow } from './csv.js'

// The representations a list can be sent as, and how the client picks one: `format=`
// when given, else the Accept header negotiated by RFC 9110 rules (q-values, q=0 means
// never, the most specific range wins) by jshttp's negotiator. A new output format is
// one entry of FORMATS: its media types and, for a bulk format, how rows become text.

interface BulkFormat {
  mediaTypes: readonly string[]
  contentType: string
  extension: string
  head: (collection: CollectionName) => string
  line: (collection: CollectionName, doc: string) => string
}

const BULK_FORMATS = {
  ndjson: {
    mediaTypes: ['application/x-ndjson', 'application/ndjson'],
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'ndjson',
    head: () => '',
    line: (_c, doc) => `${doc}\n`
  },
  csv: {
    mediaTypes: ['text/csv'],
    contentType: 'text/csv; charset=utf-8; header=present',
    extension: 'csv',
    head: csvHeader,
    line: (c, doc) => csvRow(c, JSON.parse(doc) as Record<string, unknown>)
  }
} as const satisfies Record<string, BulkFormat>

type BulkFormatName = keyof typeof BULK_FORMATS
export type FormatName = 'json' | BulkFormatName
export const FORMAT_NAMES: readonly FormatName[] = ['json', ...Object.keys(BULK_FORMATS) as BulkFormatName[]]

/** Media types a list offers, the server's preference first (what `*\/*` gets). */
export const LIST_MEDIA_TYPES: readonly string[] = ['application/json', ...Object.values(BULK_FORMATS).flatMap((f) => f.mediaTypes)]

/** The media type a `format=` value asks for. */
export function mediaTypeOf (format: FormatName): string {
  return format === 'json' ? 'application/json' : BULK_FORMATS[format].mediaTypes[0]
}

/** The format a negotiated media type stands for. */
export function formatOf (mediaType: string): FormatName {
  for (const [name, f] of Object.entries(BULK_FORMATS)) if ((f.mediaTypes as readonly string[]).includes(mediaType)) return name as BulkFormatName
  return 'json'
}

/** Accept values repeat from client to client: the answers are remembered, boundedly. */
const answers = new Map<string, string | null>()

/** The media type among `offered` the Accept header prefers, or null when it accepts none of them. */
export function negotiate (accept: string | undefined, offered: readonly string[]): string | null {
  if (accept === undefined || accept === '' || accept === '*/*') return offered[0] ?? null
  const key = `${offered.join(',')}\n${accept}`
  let answer = answers.get(key)
  if (answer === undefined) {
    answer = new Negotiator({ headers: { accept } }).mediaType(offered) ?? null
    if (answers.size >= 512) answers.clear()
    answers.set(key, answer)
  }
  return answer
}

/** Streams rows as an attachment in a bulk format, compressed as it goes when the client accepts it; `done` runs once the stream is over (read to its end, abandoned or never read). */
export function sendRows (request: FastifyRequest, reply: FastifyReply, collection: CollectionName, batches: Iterable<string[]>, format: BulkFormatName, name: string, done: () => void) {
  const f: BulkFormat = BULK_FORMATS[format]
  function * text () {
    const head = f.head(collection)
    if (head !== '') yield head
    for (const docs of batches) yield docs.map((d) => f.line(collection, d)).join('')
  }
  reply.type(f.contentType).header('content-disposition', `attachment; filename="${name}.${f.extension}"`)
  const body = Readable.from(text(), { objectMode: false })
  body.once('close', done)
  const encoding = chooseEncoding(request.headers['accept-encoding'])
  if (encoding === null) return reply.send(body)
  // pipeline() destroys the source too when the client goes away mid-stream
  return reply.header('content-encoding', encoding).send(pipeline(body, compressStream(encoding), () => {}))
}
