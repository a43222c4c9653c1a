import { workerData, type MessagePort } from 'node:worker_threads'
import { buildArticles, type WorkerMessage } from './build-articles.js'
import { SeedError } from './errors.js'

// The worker thread of a large build: every article built here and posted to the build's
// thread, never more than `ahead` messages before it has received them.

const { seedDir, maxArticleBytes, port, counters, ahead } = workerData as { seedDir: string, maxArticleBytes?: number, port: MessagePort, counters: Int32Array, ahead: number }

let posted = 0
function post (message: WorkerMessage): void {
  port.postMessage(message)
  Atomics.store(counters, 0, ++posted)
  Atomics.notify(counters, 0)
  for (let taken = Atomics.load(counters, 1); posted - taken >= ahead; taken = Atomics.load(counters, 1)) Atomics.wait(counters, 1, taken, 200)
}

try {
  for (const built of buildArticles(seedDir, { maxArticleBytes })) post(built)
  post({ kind: 'end' })
} catch (err) {
  post(err instanceof SeedError ? { kind: 'seed-error', issues: err.issues } : { kind: 'error', message: String((err as Error).message ?? err), stack: (err as Error).stack })
}
port.close()
