import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'

// One replica: the ordinary server process (src/server.ts) on a release file, on its own
// loopback port, trusting the proxy's X-Forwarded-For. It is ready once /health answers
// under the release's version (its Dataset-Version header).

const SERVER = fileURLToPath(new URL(`../server${extname(fileURLToPath(import.meta.url))}`, import.meta.url))

export interface Replica {
  readonly pid: number
  readonly port: number
  readonly version: string
  readonly child: ChildProcess
  /** SIGTERM (in-flight requests finish), SIGKILL after timeoutMs; resolves on exit. */
  stop: (timeoutMs?: number) => Promise<void>
}

export interface ReplicaOptions { file: string, version: string, env: Record<string, string> }

export async function startReplica ({ file, version, env }: ReplicaOptions, readyMs = 120_000): Promise<Replica> {
  const port = await freePort()
  const args = SERVER.endsWith('.ts') ? ['--import', 'tsx', SERVER] : [SERVER]
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', WORKERS: '1', ...env, DB_PATH: file, PORT: String(port), HOST: '127.0.0.1', TRUST_PROXY: '1' },
    stdio: ['ignore', 'inherit', 'inherit']
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (timeoutMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + readyMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the replica on ${file} exited (${child.signalCode ?? child.exitCode}) before it was ready`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) })
      await res.arrayBuffer()
      const served = res.headers.get('dataset-version')
      if (res.ok && served === version) break
      if (res.ok) { await stop(); throw new Error(`the replica on ${file} serves version ${served}, not ${version}`) }
    } catch (err) {
      if ((err as Error).message.startsWith('the replica')) throw err
    }
    if (Date.now() > deadline) { await stop(1000); throw new Error(`the replica on ${file} was not ready within ${readyMs} ms`) }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { pid: child.pid!, port, version, child, stop }
}

/** A port free now (the kernel's choice); the replica binds it a moment later. */
export async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}
