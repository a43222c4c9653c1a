import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { LiveDatabase } from '../db/live.js'
import type { Repository } from '../db/repository.js'
import { Cursors } from '../db/cursor.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The repository of the database as it is now (it follows commits and new files). */
    repo: Repository
    live: LiveDatabase
    cursors: Cursors
    /** Runs `fn` on one snapshot of the database and sets the reply's Dataset-Version to that snapshot's. */
    snapshot: <T>(reply: FastifyReply, fn: (repo: Repository) => T) => T
  }
}

// The database, opened read-only and followed while it grows (src/db/live.ts), the
// repository that owns its SQL, and the cursor signer (its secret comes from the process,
// never from the database).

async function db (fastify: FastifyInstance, opts: { dbPath: string, cursorSecret: string }) {
  const live = new LiveDatabase(opts.dbPath, {
    info: (m) => fastify.log.info(m),
    warn: (m) => fastify.log.warn(m),
    error: (m) => fastify.log.error(m)
  })
  fastify.decorate('live', live)
  fastify.decorate('repo', { getter: () => live.repo })
  fastify.decorate('cursors', new Cursors(opts.cursorSecret))
  fastify.decorate('snapshot', <T>(reply: FastifyReply, fn: (repo: Repository) => T): T => {
    const repo = live.repo
    // the header first: sending the reply inside `fn` runs the onSend hooks, which read it
    return repo.snapshot((version) => {
      reply.header('dataset-version', version)
      return fn(repo)
    })
  })
  fastify.addHook('onClose', async () => { live.close() })
}

export default fp(db, { name: 'db', fastify: '5.x' })
