import { randomBytes } from 'node:crypto'
import { buildApp } from './app.js'
import { ConfigError, DEFAULT_SEED_DIR, loadConfig } from './config.js'
import { DatabaseOpenError } from './db/open.js'
import { ensureBuilt } from './seed/startup.js'
import { isWorker, runPrimary } from './cluster.js'

// The process: config from the environment, the database built on first start, listen,
// and a graceful close on SIGTERM/SIGINT (in-flight requests finish, then exit 0).

async function main (): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) fail(`invalid configuration: ${err.message}`)
    throw err
  }
  // `npm start` builds the default database when it is missing, and again when seed/ holds
  // content it does not (src/seed/startup.ts); an explicit DB_PATH is served as it is
  if (!isWorker() && !config.dbPathGiven) {
    const build = ensureBuilt(DEFAULT_SEED_DIR, config.dbPath)
    if (build.action !== 'current') {
      const { summary } = build
      const why = build.action === 'rebuilt' ? `, was ${build.was ?? 'unreadable'}: ${DEFAULT_SEED_DIR}/ has content it had not` : ''
      console.log(`${build.action} ${summary.dbPath} (version ${summary.version}${why}) in ${summary.ms} ms`)
    }
  }
  // cursors are signed with CURSOR_SECRET, or with a secret made here at start: the
  // primary hands it to its workers, and it is never written anywhere
  const cursorSecret = config.cursorSecret ?? randomBytes(32).toString('base64url')
  if (config.workers > 1 && !isWorker()) return runPrimary(config.workers, cursorSecret)
  if (isWorker()) {
    // the per-client limit is kept per process; round-robin spreads a client over all of them
    config.rateLimitMax = Math.ceil(config.rateLimitMax / config.workers)
  }
  let app
  try {
    app = await buildApp({ ...config, cursorSecret })
  } catch (err) {
    if (err instanceof DatabaseOpenError) fail(`cannot start: ${err.message}`)
    throw err
  }
  let closing = false
  const close = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'closing: finishing in-flight requests')
    const force = setTimeout(() => { app.log.error('graceful close timed out'); process.exit(1) }, 10_000)
    force.unref()
    // close() ends the connections idle at that moment; one whose response is still in
    // flight turns idle keep-alive when it ends, and would hold the exit up for
    // keepAliveTimeout: end those too as they come
    const sweep = setInterval(() => app.server.closeIdleConnections(), 100)
    sweep.unref()
    app.close().then(() => process.exit(0), (err: unknown) => { app.log.error({ err }, 'close failed'); process.exit(1) })
  }
  process.on('SIGTERM', () => close('SIGTERM'))
  process.on('SIGINT', () => close('SIGINT'))
  try {
    await app.listen({ port: config.port, host: config.host })
  } catch (err) {
    fail(`cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`)
  }
}

function fail (reason: string): never {
  console.error(reason)
  process.exit(1)
}

await main()
