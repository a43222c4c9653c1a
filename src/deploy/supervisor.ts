import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Nginx } from './nginx.js'
import { startReplica, type Replica } from './replica.js'
import { verifyRelease, type Release } from './release.js'

// N replicas of one release behind nginx, and the two moves that change them without a
// failed request. A switch (or a rollback: a switch to an older release) starts N new
// replicas on the new file, reloads nginx onto them, waits for the old nginx workers to
// finish their requests, then stops the old replicas. A replica that dies is replaced
// and nginx reloaded; meanwhile nginx retries its requests on the others.

export interface SupervisorOptions {
  count: number
  port: number
  /** Environment for every replica (RATE_LIMIT_MAX, LOG_LEVEL…); CURSOR_SECRET is shared. */
  env?: Record<string, string>
  log?: (line: string) => void
  nginxWorkers?: number
}

export class Supervisor {
  private replicas: Replica[] = []
  private release: Release | undefined
  private readonly nginx: Nginx
  private readonly prefix: string
  private readonly env: Record<string, string>
  private readonly log: (line: string) => void
  /** Moves happen one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve()
  private stopping = false

  constructor (private readonly options: SupervisorOptions) {
    this.log = options.log ?? ((line) => console.log(line))
    this.prefix = mkdtempSync(join(tmpdir(), 'claims-nginx-'))
    this.nginx = new Nginx({ prefix: this.prefix, port: options.port, workers: options.nginxWorkers, log: this.log })
    const env = { ...options.env }
    // every replica signs and reads cursors with one secret, so a page from one replica
    // continues on any other
    env.CURSOR_SECRET ??= process.env.CURSOR_SECRET ?? randomBytes(32).toString('base64url')
    // the per-client limit is kept per replica, and nginx spreads a client over all of them
    const limit = Number(env.RATE_LIMIT_MAX ?? process.env.RATE_LIMIT_MAX ?? 1200)
    if (Number.isInteger(limit)) env.RATE_LIMIT_MAX = String(Math.ceil(limit / options.count))
    this.env = env
  }

  get url (): string { return `http://127.0.0.1:${this.options.port}` }
  get current (): { release: Release | undefined, pids: number[], ports: number[] } {
    return { release: this.release, pids: this.replicas.map((r) => r.pid), ports: this.replicas.map((r) => r.port) }
  }

  async start (release: Release): Promise<void> {
    await this.serialized(async () => {
      verifyRelease(release.file, release.version)
      this.replicas = await this.startSet(release)
      this.release = release
      await this.nginx.start(this.replicas.map((r) => r.port), release.version)
      this.log(`replicas: ${this.url} → ${this.options.count} replica(s) of ${release.version} (${this.describe()}; nginx ${this.nginx.pid} in ${this.prefix})`)
    })
  }

  /** Serves `release` instead, with no failed request; a release that does not check out changes nothing. */
  async switchTo (release: Release): Promise<void> {
    await this.serialized(async () => {
      if (this.release?.file === release.file) return
      verifyRelease(release.file, release.version)
      const next = await this.startSet(release)
      const old = this.replicas
      try {
        await this.nginx.reload(next.map((r) => r.port), release.version)
      } catch (err) {
        await Promise.all(next.map((r) => r.stop()))
        throw err
      }
      this.replicas = next
      this.release = release
      await Promise.all(old.map((r) => r.stop()))
      this.log(`replicas: switched to ${release.version} (${this.describe()})`)
    })
  }

  async stop (): Promise<void> {
    this.stopping = true
    await this.queue.catch(() => {})
    await this.nginx.stop()
    await Promise.all(this.replicas.map((r) => r.stop()))
    rmSync(this.prefix, { recursive: true, force: true })
  }

  /** `pids 1 2 3; ports 4 5 6`: what the log says, and what an operator (or a test) reads back. */
  private describe (): string {
    return `pids ${this.current.pids.join(' ')}; ports ${this.current.ports.join(' ')}`
  }

  private async startSet (release: Release): Promise<Replica[]> {
    const started = await Promise.allSettled(Array.from({ length: this.options.count }, async () => await this.startOne(release)))
    const ok = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (failed !== undefined) {
      await Promise.all(ok.map((r) => r.stop()))
      throw failed.reason
    }
    return ok
  }

  private async startOne (release: Release): Promise<Replica> {
    const replica = await startReplica({ file: release.file, version: release.version, env: this.env })
    replica.child.once('exit', (code, signal) => {
      // stopped by a switch or by stop(): expected; otherwise replace it
      if (this.stopping || !this.replicas.includes(replica)) return
      this.log(`replicas: replica ${replica.pid} exited (${signal ?? code}); starting another`)
      this.serialized(async () => await this.replace(replica)).catch((err: unknown) => this.log(`replicas: could not replace replica ${replica.pid}: ${(err as Error).message}`))
    })
    return replica
  }

  private async replace (dead: Replica): Promise<void> {
    if (this.stopping || !this.replicas.includes(dead) || this.release === undefined) return
    const fresh = await this.startOne(this.release)
    this.replicas = this.replicas.map((r) => (r === dead ? fresh : r))
    await this.nginx.reload(this.replicas.map((r) => r.port), this.release.version)
    this.log(`replicas: replica ${fresh.pid} replaces ${dead.pid} (${this.describe()})`)
  }

  private async serialized<T> (move: () => Promise<T>): Promise<T> {
    const run = this.queue.then(move, move)
    this.queue = run.catch(() => {})
    return await run
  }
}
