import { MessageChannel, Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { receiveBlocking } from '../../src/seed/blocking-receive.js'

// The build receives its workers' answers blocking, inside one synchronous transaction.

const POSTER = `
const { workerData: w } = require('node:worker_threads')
setTimeout(() => {
  w.port.postMessage({ hello: 'from the worker' })
  Atomics.add(w.cell, 0, 1)
  Atomics.notify(w.cell, 0)
}, 50)
`

describe('receiveBlocking', () => {
  it('returns the message a worker posts after raising the shared count', async () => {
    const { port1, port2 } = new MessageChannel()
    const cell = new Int32Array(new SharedArrayBuffer(4))
    const worker = new Worker(POSTER, { eval: true, workerData: { port: port2, cell }, transferList: [port2] })
    try {
      expect(receiveBlocking(port1, cell, 0, 0, () => {})).toEqual({ hello: 'from the worker' })
    } finally {
      port1.close()
      await worker.terminate()
    }
  })

  it('gives up when its check throws, without waiting for a message that never comes', () => {
    const { port1 } = new MessageChannel()
    const cell = new Int32Array(new SharedArrayBuffer(4))
    let checks = 0
    expect(() => receiveBlocking(port1, cell, 0, 0, () => { if (++checks > 1) throw new Error('silent for too long') })).toThrow('silent for too long')
    expect(checks).toBe(2)
    port1.close()
  })
})
