import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { chooseEncoding, compress, MIN_COMPRESS_BYTES, type Encoding } from '../encoding.js'

// The reader's own styles and scripts (public/reader/) and the graph library, served from
// this project's dependencies, never a CDN. Each file is read once at start-up and each
// encoding of it made once, on first demand.

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'reader')
// d3's package exports only its bundles; its UMD bundle sits beside the ES module one
const D3 = join(dirname(createRequire(import.meta.url).resolve('d3')), 'd3.min.js')

const ASSETS: Record<string, { file: string, type: string }> = {
  '/assets/reader.css': { file: join(PUBLIC, 'reader.css'), type: 'text/css; charset=utf-8' },
  '/assets/article.js': { file: join(PUBLIC, 'article.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/actor.js': { file: join(PUBLIC, 'actor.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/vendor/d3.min.js': { file: D3, type: 'text/javascript; charset=utf-8' }
}

export function registerAssets (fastify: FastifyInstance) {
  for (const [url, { file, type }] of Object.entries(ASSETS)) {
    const body = readFileSync(file)
    const encoded: Partial<Record<Encoding, Buffer>> = {}
    fastify.get(url, { schema: { hide: true } }, async (request, reply) => {
      reply.type(type).header('cache-control', 'public, max-age=3600').header('vary', 'Accept-Encoding')
      const encoding = body.length < MIN_COMPRESS_BYTES ? null : chooseEncoding(request.headers['accept-encoding'])
      if (encoding === null) return reply.send(body)
      encoded[encoding] ??= await compress(body, encoding)
      return reply.header('content-encoding', encoding).send(encoded[encoding])
    })
  }
}
