import type { FastifyReply, FastifyRequest } from 'fastify'
import { chooseEncoding, compress, MIN_COMPRESS_BYTES, type Encoding } from '../encoding.js'

// Rendered article pages, kept per dataset version and URL. The data never changes while
// one version is served, so a page rendered once is the page for every later request of
// the same URL (filters are in the URL); a new version makes new keys, and the oldest
// entries leave first. A page is kept as bytes, and each Content-Encoding of it is made
// once, on first demand: a long article's page is over a megabyte, hence the small bound.

const MAX_PAGES = 32

interface CachedPage {
  body: Buffer
  encoded: Partial<Record<Encoding, Buffer>>
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>()

  constructor (private readonly max = MAX_PAGES) {}

  get (version: string, url: string): CachedPage | undefined {
    return this.pages.get(`${version}\n${url}`)
  }

  set (version: string, url: string, page: string): CachedPage {
    const key = `${version}\n${url}`
    if (!this.pages.has(key) && this.pages.size >= this.max) this.pages.delete(this.pages.keys().next().value as string)
    const entry = { body: Buffer.from(page, 'utf8'), encoded: {} }
    this.pages.set(key, entry)
    return entry
  }
}

/** The page's body in the encoding the client accepts best (the reply's headers set to match). */
export async function encodedPage (request: FastifyRequest, reply: FastifyReply, page: CachedPage): Promise<Buffer> {
  reply.header('vary', 'Accept-Encoding')
  const encoding = page.body.length < MIN_COMPRESS_BYTES ? null : chooseEncoding(request.headers['accept-encoding'])
  if (encoding === null) return page.body
  page.encoded[encoding] ??= await compress(page.body, encoding)
  reply.header('content-encoding', encoding)
  return page.encoded[encoding]
}
