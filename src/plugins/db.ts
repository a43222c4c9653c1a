import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { openReadOnly } from '../db/open.js'
import { Repository } from '../db/repository.js'
import { Cursors } from '../db/cursor.js'
import { Search } from '../db/search.js'

declare module 'fastify' {
  interface FastifyInstance {
    repo: Repository
    cursors: Cursors
    searchIndex: Search
  }
}

// The database, opened read-only once per process, and the repository that owns its SQL.

async function db (fastify: FastifyInstance, opts: { dbPath: string }) {
  const connection = openReadOnly(opts.dbPath, (message) => fastify.log.warn(message))
  const repo = new Repository(connection)
  fastify.decorate('repo', repo)
  fastify.decorate('cursors', new Cursors(repo.meta.version))
  fastify.decorate('searchIndex', new Search(connection))
  fastify.addHook('onClose', async () => { connection.close() })
}

export default fp(db, { name: 'db', fastify: '5.x' })
