import { pipeline, Readable } from 'node:stream'
import Negotiator from 'negotiator'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CollectionName } from '../db/collections.js'
import { chooseEncoding, compressStream } from '../encoding.js'
import { toJsonLd, type LdCollection } from '../jsonld/documents.js'
import { csvHeader, csvRow } from './csv.js'

// The representations a list or an item can be sent as, and how the client picks one:
// `format=` when given, else the Accept header negotiated by RFC 9110 rules (q-values, q=0
// means never, the most specific range wins) by jshttp's negotiator. A `format` value and
// its media type mean the same thing. A new output format is one entry here: its media
// types and, for a bulk format, how rows become text.
//
// json and jsonld are pages (and items); the bulk formats stream every matching row.
// JSON-LD as a stream is NDJSON whose lines are JSON-LD documents: application/x-ndjson
// with the JSON-LD profile parameter, so a plain NDJSON Accept still gets plain items.

interface BulkFormat {
  mediaTypes: readonly string[]
  contentType: string
  extension: string
  head: (collection: CollectionName) => string
  line: (collection: CollectionName, doc: string, origin: string) => string
}

export const JSONLD_MEDIA_TYPE = 'application/ld+json'
const JSONLD_PROFILE = 'http://www.w3.org/ns/json-ld#compacted'
export const JSONLD_NDJSON_MEDIA_TYPE = `application/x-ndjson; profile="${JSONLD_PROFILE}"`

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
  },
  'jsonld-ndjson': {
    mediaTypes: [JSONLD_NDJSON_MEDIA_TYPE],
    contentType: `application/x-ndjson; charset=utf-8; profile="${JSONLD_PROFILE}"`,
    extension: 'jsonld.ndjson',
    head: () => '',
    line: (c, doc, origin) => `${JSON.stringify(toJsonLd(c as LdCollection, JSON.parse(doc) as Record<string, unknown>, origin))}\n`
  }
} as const satisfies Record<string, BulkFormat>

type BulkFormatName = keyof typeof BULK_FORMATS
export type FormatName = 'json' | 'jsonld' | BulkFormatName
const PAGE_MEDIA_TYPES = { json: 'application/json', jsonld: JSONLD_MEDIA_TYPE } as const
const LD_FORMATS: readonly FormatName[] = ['jsonld', 'jsonld-ndjson']

/** The `format` values of a list: search hits are not entities and have no JSON-LD. */
export function listFormats (collection: CollectionName): FormatName[] {
  const all: FormatName[] = ['json', 'jsonld', ...Object.keys(BULK_FORMATS) as BulkFormatName[]]
  return collection === 'search' ? all.filter((f) => !LD_FORMATS.includes(f)) : all
}
export const ITEM_FORMATS: readonly FormatName[] = ['json', 'jsonld']

/** Media types a list offers, the server's preference first (what `*\/*` gets). */
export function listMediaTypes (collection: CollectionName): string[] {
  return listFormats(collection).flatMap((f) => (f === 'json' || f === 'jsonld' ? [PAGE_MEDIA_TYPES[f]] : BULK_FORMATS[f].mediaTypes))
}
export const ITEM_MEDIA_TYPES: readonly string[] = ['application/json', JSONLD_MEDIA_TYPE]

/** The media type a `format=` value asks for, or undefined when it is no format. */
export function mediaTypeOf (format: string): string | undefined {
  if (format === 'json' || format === 'jsonld') return PAGE_MEDIA_TYPES[format]
  return Object.hasOwn(BULK_FORMATS, format) ? BULK_FORMATS[format as BulkFormatName].mediaTypes[0] : undefined
}

/** The format a negotiated media type stands for. */
export function formatOf (mediaType: string): FormatName {
  if (mediaType === JSONLD_MEDIA_TYPE) return 'jsonld'
  for (const [name, f] of Object.entries(BULK_FORMATS)) if ((f.mediaTypes as readonly string[]).includes(mediaType)) return name as BulkFormatName
  return 'json'
}

export const isBulk = (format: FormatName): format is BulkFormatName => format !== 'json' && format !== 'jsonld'

/** Accept values repeat from client to client: the answers are remembered, boundedly. */
const answers = new Map<string, string | null>()

/** The media type among `offered` the Accept header prefers, or null when it accepts none of them. */
export function negotiate (accept: string | undefined, offered: readonly string[]): string | null {
  if (accept === undefined || accept === '' || accept === '*/*') return offered[0] ?? null
  const key = `${offered.join(',')}\n${accept}`
  let answer = answers.get(key)
  if (answer === undefined) {
    answer = new Negotiator({ headers: { accept } }).mediaType(offered as string[]) ?? null
    if (answers.size >= 512) answers.clear()
    answers.set(key, answer)
  }
  return answer
}

/** The scheme and host the request was made to: the base of the IRIs of a JSON-LD answer. */
export function originOf (request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`
}

/** Streams rows as an attachment in a bulk format, compressed as it goes when the client accepts it; `done` runs once the stream is over (read to its end, abandoned or never read). */
export function sendRows (request: FastifyRequest, reply: FastifyReply, collection: CollectionName, batches: Iterable<string[]>, format: BulkFormatName, name: string, done: () => void) {
  const f: BulkFormat = BULK_FORMATS[format]
  const origin = originOf(request)
  function * text () {
    const head = f.head(collection)
    if (head !== '') yield head
    for (const docs of batches) yield docs.map((d) => f.line(collection, d, origin)).join('')
  }
  reply.type(f.contentType).header('content-disposition', `attachment; filename="${name}.${f.extension}"`)
  const body = Readable.from(text(), { objectMode: false })
  body.once('close', done)
  const encoding = chooseEncoding(request.headers['accept-encoding'])
  if (encoding === null) return reply.send(body)
  // pipeline() destroys the source too when the client goes away mid-stream
  return reply.header('content-encoding', encoding).send(pipeline(body, compressStream(encoding), () => {}))
}
