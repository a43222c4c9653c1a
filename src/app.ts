import { randomBytes } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import errors from './plugins/errors.js'
import db from './plugins/db.js'
import schemas from './plugins/schemas.js'
import swagger from './plugins/swagger.js'
import http from './plugins/http.js'
import caching from './plugins/caching.js'
import meta from './routes/meta.js'
import changes from './routes/changes.js'
import articles from './routes/articles.js'
import actors from './routes/actors.js'
import events from './routes/events.js'
import claims from './routes/claims.js'
import questions from './routes/questions.js'
import search from './routes/search.js'
import problems from './routes/problems.js'
import reader from './routes/reader.js'
import download from './routes/download.js'
import { serverOptions } from './options.js'
import { DEFAULT_DOWNLOAD_DIR, type Config } from './config.js'

interface AppOptions {
  dbPath: string
  rateLimitMax: number
  /** Signs cursors. Without one, the app makes its own: its cursors are then valid only in this process. */
  cursorSecret?: string | null
  /** Where the downloadable copies of the dataset are made (GET /v1/dataset.db). */
  downloadDir?: string
}

// The app as a plugin: it never listens. The order below is the architecture's table of
// contents: cross-cutting plugins first, then one plugin per resource.
export default async function app (fastify: FastifyInstance, opts: AppOptions) {
  await fastify.register(errors)
  await fastify.register(db, { dbPath: opts.dbPath, cursorSecret: opts.cursorSecret ?? randomBytes(32).toString('base64url') })
  await fastify.register(caching)
  await fastify.register(http, { rateLimitMax: opts.rateLimitMax })
  await fastify.register(schemas)
  await fastify.register(swagger)

  await fastify.register(meta)
  await fastify.register(changes)
  await fastify.register(articles)
  await fastify.register(actors)
  await fastify.register(events)
  await fastify.register(claims)
  await fastify.register(questions)
  await fastify.register(search)
  await fastify.register(problems)
  await fastify.register(download, { dir: opts.downloadDir ?? DEFAULT_DOWNLOAD_DIR })
  // the reader view: HTML pages for people, hidden from the OpenAPI document
  await fastify.register(reader)
}

/** A Fastify instance with the app registered and ready: what the server and the tests both use. */
export async function buildApp (config: AppOptions & Pick<Config, 'logLevel' | 'trustProxy'>): Promise<FastifyInstance> {
  const fastify = Fastify(serverOptions(config)).withTypeProvider<TypeBoxTypeProvider>()
  // fp() so that the app's decorators (repo, swagger) are reachable from the instance
  await fastify.register(fp(app), { dbPath: config.dbPath, rateLimitMax: config.rateLimitMax, cursorSecret: config.cursorSecret, downloadDir: config.downloadDir })
  await fastify.ready()
  return fastify
}
