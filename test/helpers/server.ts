import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSeed } from '../../src/seed/pipeline.js'

// The real server as a user runs it: a child process of src/server.ts on a free port,
// over a database built by the real pipeline.

export interface RunningServer { url: string, child: ChildProcess, dir: string, stop: () => Promise<number | null> }

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

export async function startServer (env: Record<string, string> = {}, seedDir = 'seed'): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claims-server-'))
  const dbPath = join(dir, 'claims.db')
  runSeed({ seedDir, dbPath })
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => { output += d.toString() })
  child.stderr?.on('data', (d: Buffer) => { output += d.toString() })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`)
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) break
    } catch {}
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`server did not start in 30 s: ${output}`) }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const stop = async () => {
    if (child.exitCode !== null) return child.exitCode
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    const code = await exited
    rmSync(dir, { recursive: true, force: true })
    return code
  }
  return { url, child, dir, stop }
}
