import { workerData, type MessagePort } from 'node:worker_threads'
import { ALIVE, buildArticles, POSTED, RECEIVED, type WorkerMessage } from './build-articles.js'
import type { ListedSeed } from './load.js'
import { SeedError } from './errors.js'

// The worker thread of a large build: every article built here and posted to the build's
// thread, never more than `ahead` messages before it has received them.

const { listed, maxArticleBytes, port, counters, ahead } = workerData as { listed: ListedSeed, maxArticleBytes?: number, port: MessagePort, counters: Int32Array, ahead: number }

let posted = 0
function post (message: WorkerMessage): void {
  port.postMessage(message)
  Atomics.store(counters, POSTED, ++posted)
  Atomics.notify(counters, POSTED)
  for (let taken = Atomics.load(counters, RECEIVED); posted - taken >= ahead; taken = Atomics.load(counters, RECEIVED)) {
    Atomics.add(counters, ALIVE, 1)
    Atomics.wait(counters, RECEIVED, taken, 200)
  }
}

function failure (err: unknown): WorkerMessage {
  if (err instanceof SeedError) return { kind: 'seed-error', issues: err.issues }
  if (!(err instanceof Error)) return { kind: 'error', name: 'Error', message: String(err) }
  const code = (err as NodeJS.ErrnoException).code
  return { kind: 'error', name: err.name, message: err.message, code: typeof code === 'string' ? code : undefined, stack: err.stack }
}

try {
  for (const built of buildArticles(listed, { maxArticleBytes, alive: () => Atomics.add(counters, ALIVE, 1) })) post(built)
  post({ kind: 'end' })
} catch (err) {
  post(failure(err))
}
port.close()
