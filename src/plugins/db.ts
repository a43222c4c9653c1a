import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { openReadOnly } from '../db/open.js'
import { Repository } from '../db/repository.js'
import { Cursors } from '../db/cursor.js'

declare module 'fastify' {
  interface FastifyInstance {
    repo: Repository
    cursors: Cursors
  }
}

// The database, opened read-only once per process, the repository that owns its SQL,
// and the cursor signer (its secret comes from the process, never from the database).

async function db (fastify: FastifyInstance, opts: { dbPath: string, cursorSecret: string }) {
  const connection = openReadOnly(opts.dbPath, (message) => fastify.log.warn(message))
  fastify.decorate('repo', new Repository(connection))
  fastify.decorate('cursors', new Cursors(opts.cursorSecret))
  fastify.addHook('onClose', async () => { connection.close() })
}

export default fp(db, { name: 'db', fastify: '5.x' })
