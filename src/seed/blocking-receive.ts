import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads'

/**
 * The next message on `port`, received blocking: the build's write is one synchronous
 * transaction, so a worker's answer cannot be awaited. The worker posts, then raises
 * `cell[index]` past `seen` and notifies; this thread sleeps on that cell, waking every
 * second to call `check`, which throws to give up (a deadline, a worker gone silent).
 * Undefined when the count rose but no message came (the port was closed).
 */
export function receiveBlocking (port: MessagePort, cell: Int32Array, index: number, seen: number, check: () => void): unknown {
  while (Atomics.load(cell, index) <= seen) {
    check()
    Atomics.wait(cell, index, seen, 1000)
  }
  return receiveMessageOnPort(port)?.message
}
