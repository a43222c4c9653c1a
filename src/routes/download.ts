import { createReadStream } from 'node:fs'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Type from 'typebox'
import { DatasetFiles } from '../db/download.js'
import { Problem } from '../problems.js'
import { NoQuery } from '../schemas/query.js'
import { BAD_REQUEST, NOT_ACCEPTABLE, problemResponse } from '../schemas/http.js'

// GET /v1/dataset.db: the dataset as one SQLite file (src/db/download.ts makes it once per
// version). ETag is the dataset version; Range asks for one byte range (206), If-Range
// makes it conditional on the version, and a range past the end is a 416 problem. The
// bytes come from the file as they are: no response cache, no compression.

const MEDIA_TYPE = 'application/vnd.sqlite3'

type Range = { start: number, end: number } | 'unsatisfiable' | null

/** One `bytes=` range of RFC 9110 §14.1.2 (a-b, a-, -n); null to send the whole (absent, several ranges, another unit). */
export function parseRange (header: string | undefined, size: number): Range {
  if (header === undefined) return null
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header)
  if (m === null) return /^\s*bytes\s*=/i.test(header) && !header.includes(',') ? 'unsatisfiable' : null
  const [, a = '', b = ''] = m
  if (a === '' && b === '') return 'unsatisfiable'
  if (a === '') {
    const n = Number(b)
    if (n === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - n), end: size - 1 }
  }
  const start = Number(a)
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1)
  if (start >= size || (b !== '' && Number(b) < start)) return 'unsatisfiable'
  return { start, end }
}

export default async function download (fastify: FastifyInstance, opts: { dir: string }) {
  const files = new DatasetFiles(fastify.repo.db, opts.dir)
  // HEAD by its own route: Fastify's implicit one would read the whole file to discard it
  fastify.head('/v1/dataset.db', { config: { produces: [MEDIA_TYPE], uncached: true }, schema: { hide: true, querystring: NoQuery } }, handler)
  fastify.get('/v1/dataset.db', {
    exposeHeadRoute: false,
    config: { produces: [MEDIA_TYPE], uncached: true },
    schema: {
      operationId: 'downloadDataset',
      tags: ['dataset'],
      summary: 'Download the whole dataset as a SQLite database',
      description: 'A read-only SQLite 3 file of the dataset version being served: every table the API reads (articles with their full texts, sections, sentences, spans, actors, events, claims, questions and their links, the search index). Made once per version from a consistent snapshot, never the live file. `ETag` is the dataset version (quoted); `Range: bytes=a-b` gets a part (206), `If-Range` with the ETag keeps a resumed download on one version. Not compressed (SQLite pages compress poorly and a range must address the file\'s bytes). The article texts belong to their publishers: respect their terms.',
      querystring: NoQuery,
      response: {
        200: { description: 'The database file.', headers: { ETag: { type: 'string', description: 'The dataset version, quoted.' }, 'Accept-Ranges': { type: 'string', description: '`bytes`.' } }, content: { [MEDIA_TYPE]: { schema: Type.String({ format: 'binary' }) } } },
        206: { description: 'The byte range asked for.', headers: { 'Content-Range': { type: 'string', description: '`bytes a-b/size`.' } }, content: { [MEDIA_TYPE]: { schema: Type.String({ format: 'binary' }) } } },
        400: BAD_REQUEST,
        406: NOT_ACCEPTABLE,
        416: problemResponse('The range starts past the end of the file; `Content-Range: bytes */size` gives the size.')
      }
    }
  }, handler)

  async function handler (request: FastifyRequest, reply: FastifyReply) {
    const version = fastify.repo.version
    const file = await files.get(version)
    const etag = `"${version}"`
    reply.headers({
      etag,
      'accept-ranges': 'bytes',
      'cache-control': 'public, max-age=300',
      'content-disposition': `attachment; filename="structured-claims-${version}.db"`
    })
    const ifNoneMatch = request.headers['if-none-match']
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
      return reply.code(304).send()
    }
    // If-Range: the range only holds for the same version (a strong comparison: an ETag, not a date)
    const ifRange = request.headers['if-range'] as string | undefined
    const range = ifRange === undefined || ifRange.trim() === etag ? parseRange(request.headers.range, file.size) : null
    if (range === 'unsatisfiable') {
      throw new Problem('range-not-satisfiable', `The range "${request.headers.range ?? ''}" is outside the file, which is ${file.size} bytes long.`, undefined, { 'content-range': `bytes */${file.size}` })
    }
    reply.type(MEDIA_TYPE)
    const { start, end } = range ?? { start: 0, end: file.size - 1 }
    if (range !== null) reply.code(206).header('content-range', `bytes ${start}-${end}/${file.size}`)
    reply.header('content-length', String(end - start + 1))
    if (request.method === 'HEAD' || end < start) return reply.send()
    return reply.send(createReadStream(file.path, { start, end, highWaterMark: 256 * 1024 }))
  }
}
