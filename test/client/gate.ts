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
  /** forwards what is held, and every later request */
  release: () => void
  close: () => Promise<void>
}

export async function startGate (upstream: string): Promise<Gate> {
  let count = 0
  let holdFrom = Infinity
  let arrived: (() => void) | null = null
  let held: Array<() => void> = []
  const server = http.createServer((req, res) => {
    const forward = () => {
      const up = http.request(`${gate.upstream}${req.url ?? '/'}`, { method: req.method, headers: req.headers, agent: false }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers)
        r.pipe(res)
        r.on('error', () => req.socket.destroy())
      })
      up.on('error', () => req.socket.destroy())
      req.pipe(up)
    }
    if (++count >= holdFrom) {
      held.push(forward)
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
    release: () => {
      holdFrom = Infinity
      const waiting = held
      held = []
      for (const forward of waiting) forward()
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  return gate
}
