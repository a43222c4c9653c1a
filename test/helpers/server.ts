import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSeed } from '../../src/seed/pipeline.js'
import { spawnServer, type ServerProcess } from '../../dev/process.js'

// The real server as a user runs it: a child process on a free port, over a database built
// by the real pipeline into a temporary folder (removed by `stop`).

export interface RunningServer extends ServerProcess { dir: string }

export interface StartOptions { command?: string[], seedDir?: string }

export async function startServer (env: Record<string, string> = {}, { command, seedDir = 'seed' }: StartOptions = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claims-server-'))
  const dbPath = join(dir, 'claims.db')
  try {
    runSeed({ seedDir, dbPath })
    const server = await spawnServer({
      ...(command === undefined ? {} : { command }),
      env: { DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', ...env }
    })
    const stop = async (graceMs?: number) => {
      const code = await server.stop(graceMs)
      rmSync(dir, { recursive: true, force: true })
      return code
    }
    return { ...server, dir, stop }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
}
