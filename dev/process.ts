import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '../src/deploy/replica.js'

// What the tests and the benchmarks share to run servers as users run them: the project
// root, a free port and a server in a child process that is ready once it answers.

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Our server as `npm start` runs it, from the TypeScript sources. */
export const SERVER_COMMAND = [process.execPath, '--import', 'tsx', 'src/server.ts']

/** A port nothing listens on at this moment (the system picks it): the replicas' own helper. */
export { freePort }

export interface ServerProcess {
  url: string
  port: number
  child: ChildProcess
  /** The last few KiB of what the process wrote to stdout and stderr. */
  output: () => string
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves with the exit code. */
  stop: (graceMs?: number) => Promise<number | null>
}

export interface SpawnOptions {
  /** The command and its arguments (our server from its sources by default). */
  command?: string[]
  /** Added to this process's environment; `PORT` and `HOST` are set unless given. */
  env?: Record<string, string>
  /** Answering this path with a status under 500 means ready (`/health` by default). */
  ready?: string
  timeoutMs?: number
  /** What the child's output is called in errors. */
  name?: string
  /** The folder it runs in (the project's by default). */
  cwd?: string
}

/** Starts a server on a free port of 127.0.0.1 and waits until it answers. */
export async function spawnServer (options: SpawnOptions = {}): Promise<ServerProcess> {
  const { command = SERVER_COMMAND, ready = '/health', timeoutMs = 60_000, name = 'the server' } = options
  const port = Number(options.env?.PORT ?? await freePort())
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  // some tools report a failure on stdout: keep the tail of both
  const keep = (d: Buffer) => { output = (output + d.toString()).slice(-8000) }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    const code = await exited
    clearTimeout(timer)
    return code
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${output}`)
    try { if ((await fetch(url + ready)).status < 500) break } catch {}
    if (Date.now() > deadline) {
      await stop(0)
      throw new Error(`${name} did not answer ${ready} within ${timeoutMs / 1000} s: ${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, port, child, output: () => output, stop }
}
