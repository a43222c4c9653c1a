import { statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { MessageChannel, Worker } from 'node:worker_threads'
import { receiveBlocking } from './blocking-receive.js'

// SQLite's quick_check reads every page of a built database (24 s of a million-claim
// build). It only reads, so it runs on a connection of its own in a worker thread while
// the build's thread runs the other checks; the build then waits for its answer. The
// worker is plain CommonJS given as a string: it needs only the SQLite driver, not the
// project's TypeScript, and so starts in milliseconds under any loader.

const WORKER = `
const { workerData } = require('node:worker_threads')
let answer
try {
  const Database = require(workerData.driver)
  // not opened read-only: on a read-only connection quick_check skips the CHECK constraints
  const db = new Database(workerData.path, { fileMustExist: true })
  db.pragma('query_only = ON')
  db.pragma('cache_size = -32768')
  answer = { result: String(db.pragma('quick_check', { simple: true })) }
  db.close()
} catch (err) {
  answer = { error: String((err && err.message) || err) }
} finally {
  workerData.port.postMessage(answer ?? { error: 'no answer' })
  Atomics.store(workerData.done, 0, 1)
  Atomics.notify(workerData.done, 0)
}
`

const require = createRequire(import.meta.url)

/** How long a check may take before the build gives up on its worker (it reads the file once: a minute per GiB is ample). */
const deadlineMs = (path: string) => Math.max(60_000, 60_000 * statSync(path).size / 2 ** 30)

/** quick_check of the database at `path` started beside the caller; `result()` blocks until it answers ("ok", or what is wrong), `stop()` ends it unanswered. */
export function startQuickCheck (path: string): { result: () => string, stop: () => void } {
  const { port1, port2 } = new MessageChannel()
  const done = new Int32Array(new SharedArrayBuffer(4))
  const deadline = Date.now() + deadlineMs(path)
  const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { path, driver: require.resolve('better-sqlite3'), port: port2, done }, transferList: [port2] })
  const stop = () => {
    port1.close()
    worker.terminate().catch(() => {})
  }
  return {
    stop,
    result () {
      try {
        const answer = receiveBlocking(port1, done, 0, 0, () => {
          if (Date.now() > deadline) throw new Error(`quick_check did not answer within ${Math.round(deadlineMs(path) / 1000)} s (its worker thread may have failed to start)`)
        }) as { result?: string, error?: string } | undefined
        if (answer?.result === undefined) throw new Error(`quick_check could not run: ${answer?.error ?? 'the worker ended without an answer'}`)
        return answer.result
      } finally {
        stop()
      }
    }
  }
}
