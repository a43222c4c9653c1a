import { Negotiator } from '@fastify/accept-negotiator'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Transform } from 'node:stream'

// Content-Encoding for what the API serves itself: a JSON body is compressed once per
// cache entry and encoding (src/plugins/caching.ts), a bulk export as it streams
// (src/routes/export.ts). The choice is @fastify/accept-negotiator's, as in
// @fastify/compress; the per-request hooks of that plugin are left to /docs.

export type Encoding = 'br' | 'gzip' | 'deflate'

/** Bodies smaller than this are sent as they are: compression would not pay for its headers. */
export const MIN_COMPRESS_BYTES = 1024

// brotli's quality 4 gives most of its gain at a fraction of the default's (11) cost
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }

/** Accept-Encoding values repeat from client to client; remember a bounded number of answers. */
class BoundedCache extends Map<string, string> {
  override set (key: string, value: string) {
    if (this.size >= 256) this.clear()
    return super.set(key, value)
  }
}

const negotiator = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip', 'deflate'], cache: new BoundedCache() })

/** The encoding to answer with, or null for identity. `*` and `x-gzip` count as gzip (RFC 9110 §12.5.3). */
export function chooseEncoding (acceptEncoding: string | undefined): Encoding | null {
  if (acceptEncoding === undefined || acceptEncoding === '') return null
  return negotiator.negotiate(acceptEncoding.toLowerCase().replace(/\*|x-gzip/g, 'gzip'))
}

const compressors = {
  br: (body: Buffer) => promisify(zlib.brotliCompress)(body, BROTLI),
  gzip: promisify(zlib.gzip),
  deflate: promisify(zlib.deflate)
} satisfies Record<Encoding, (body: Buffer) => Promise<Buffer>>

/** The body compressed, off the event loop (zlib's thread pool). */
export function compress (body: Buffer, encoding: Encoding): Promise<Buffer> {
  return compressors[encoding](body)
}

/** A stream that compresses what is piped through it. */
export function compressStream (encoding: Encoding): Transform {
  return encoding === 'br' ? zlib.createBrotliCompress(BROTLI) : encoding === 'gzip' ? zlib.createGzip() : zlib.createDeflate()
}
