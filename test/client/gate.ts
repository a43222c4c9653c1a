import http from 'node:http'
import type { AddressInfo } from 'node:net'

// A pass-through proxy that a test can stop at a chosen request: it holds that request (and
// every later one) until released, so the test can kill or restart the server behind it at
// an exact point of a pull. When the server behind is gone, it drops the client's connection,
// as a dead server would.

export interface Gate {
  url: string
  upstream: string
  /** holds the `n`th request from now and every later one; resolves when the `n`th arrives */
  holdAt: (n: number) => Promise<void>
  /** holds the body of the next export (a `format=` request) after `bytes` bytes until released: a stream stopped mid-way */
  holdBodyAfter: (bytes: number) => void
  /** drops the connections of what is held, as a server dying mid-response does */
  cut: () => void
  /** forwards what is held, and every later request */
  release: () => void
  close: () => Promise<void>
}

export async function startGate (upstream: string): Promise<Gate> {
  let count = 0
  let holdFrom = Infinity
  let arrived: (() => void) | null = null
  let held: Array<() => void> = []
  let cuts: Array<() => void> = []
  let bodyLimit: number | null = null
  const server = http.createServer((req, res) => {
    const forward = () => {
      // uncompressed, so that a byte count is a count of the export's own bytes
      const limit = req.url?.includes('format=') === true ? bodyLimit : null
      if (limit !== null) bodyLimit = null
      const up = http.request(`${gate.upstream}${req.url ?? '/'}`, { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' }, agent: false }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers)
        r.on('error', () => req.socket.destroy())
        r.on('close', () => { if (!r.complete) req.socket.destroy() })
        if (limit === null) { r.pipe(res); return }
        let sent = 0
        r.on('data', (chunk: Buffer) => {
          if (sent >= limit) return
          const part = chunk.subarray(0, limit - sent)
          sent += part.length
          res.write(part)
          // the rest of the body waits for the release (or is lost with the server)
          if (sent >= limit) {
            r.pause()
            held.push(() => { res.write(chunk.subarray(part.length)); r.pipe(res); r.resume() })
            cuts.push(() => { r.destroy(); req.socket.destroy() })
          }
        })
        r.on('end', () => { if (sent < limit) res.end() })
      })
      up.on('error', () => req.socket.destroy())
      req.pipe(up)
    }
    if (++count >= holdFrom) {
      held.push(forward)
      cuts.push(() => req.socket.destroy())
      arrived?.()
      arrived = null
    } else {
      forward()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const gate: Gate = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    upstream,
    holdAt: async (n) => {
      holdFrom = count + n
      await new Promise<void>((resolve) => { arrived = resolve })
    },
    holdBodyAfter: (bytes) => { bodyLimit = bytes },
    cut: () => {
      holdFrom = Infinity
      held = []
      for (const drop of cuts.splice(0)) drop()
    },
    release: () => {
      holdFrom = Infinity
      const waiting = held
      held = []
      cuts = []
      for (const forward of waiting) forward()
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  return gate
}
