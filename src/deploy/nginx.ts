import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { availableParallelism } from 'node:os'

// Debian's nginx as a child process: the repository's template rendered into a private
// prefix (config, pid, temp and cache directories), run in the foreground so its master
// is our child and a signal reaches it directly. Run by root (CI), it is started as
// nobody: the proxy needs no privilege, it listens on a high loopback port.

export const TEMPLATE = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url))
const NOBODY = 65534

class NginxError extends Error {}

export interface NginxOptions {
  prefix: string
  port: number
  workers?: number
  cacheSize?: string
  binary?: string
  log?: (line: string) => void
}

export function nginxBinary (): string {
  if (process.env.NGINX !== undefined && process.env.NGINX !== '') return process.env.NGINX
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/sbin', '/usr/local/sbin')) {
    if (dir !== '' && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx')
  }
  throw new NginxError('nginx is not installed (Debian: apt-get install nginx-light), or set NGINX to its path')
}

export function renderConfig (values: Record<string, string | number>, template = readFileSync(TEMPLATE, 'utf8')): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new NginxError(`the nginx template needs a value for {{${name}}}`)
    return String(value)
  })
}

export class Nginx {
  private child: ChildProcess | undefined
  private readonly binary: string
  private readonly conf: string
  private readonly owner = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {}

  constructor (private readonly options: NginxOptions) {
    this.binary = options.binary ?? nginxBinary()
    this.conf = join(options.prefix, 'nginx.conf')
  }

  get pid (): number | undefined { return this.child?.pid }

  /** Starts nginx proxying to `ports`, caching under `version`; resolves once it accepts connections. */
  async start (ports: number[], version: string): Promise<void> {
    for (const d of ['', 'cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) this.own(join(this.options.prefix, d), true)
    this.write(ports, version)
    const child = spawn(this.binary, ['-p', this.options.prefix, '-c', this.conf, '-e', 'stderr'], { ...this.owner, stdio: ['ignore', 'ignore', 'pipe'] })
    this.child = child
    child.stderr?.on('data', (d: Buffer) => { for (const line of d.toString().trimEnd().split('\n')) this.options.log?.(`nginx: ${line}`) })
    const deadline = Date.now() + 10_000
    while (workersOf(child.pid!).length === 0 || !(await accepts(this.options.port))) {
      if (child.exitCode !== null) throw new NginxError(`nginx exited with ${child.exitCode} at start (is port ${this.options.port} free?)`)
      if (Date.now() > deadline) { child.kill('SIGKILL'); throw new NginxError('nginx did not start within 10 s') }
      await sleep(50)
    }
  }

  /**
   * Points nginx at other replicas (or another release) without dropping a request: the
   * new config is checked first (a bad one changes nothing), then SIGHUP; resolves once
   * every worker of the old config has finished its requests and exited.
   */
  async reload (ports: number[], version: string, drainMs = 30_000): Promise<void> {
    const child = this.child
    if (child?.pid === undefined || child.exitCode !== null) throw new NginxError('nginx is not running')
    this.write(ports, version)
    const test = spawnSync(this.binary, ['-t', '-q', '-p', this.options.prefix, '-c', this.conf, '-e', 'stderr'], { ...this.owner, encoding: 'utf8' })
    if (test.status !== 0) throw new NginxError(`the new nginx config is refused: ${test.stderr.trim()}`)
    const old = workersOf(child.pid)
    child.kill('SIGHUP')
    const deadline = Date.now() + drainMs
    for (;;) {
      const now = workersOf(child.pid)
      if (now.length > 0 && !now.some((pid) => old.includes(pid))) break
      if (child.exitCode !== null) throw new NginxError(`nginx exited with ${child.exitCode} on reload`)
      if (Date.now() > deadline) {
        this.options.log?.(`nginx: old workers ${old.filter((pid) => now.includes(pid)).join(' ')} still running ${drainMs} ms after the reload`)
        break
      }
      await sleep(50)
    }
    // a master that could not apply the config keeps its old workers and says so only in
    // its log: check that a new connection is answered under the new version before the
    // caller stops the replicas the old config points at
    const release = await this.releaseServed()
    if (release !== version) throw new NginxError(`nginx still answers as release ${release} after the reload, not ${version}`)
  }

  /** The release a new connection to the proxy is answered under (X-Release), after up to 5 s of retries. */
  private async releaseServed (): Promise<string | undefined> {
    let release: string | undefined
    for (let i = 0; i < 50; i++) {
      const answer = await probe(this.options.port)
      release = answer?.release
      if (answer?.ok === true) return release
      await sleep(100)
    }
    return release
  }

  /** Graceful stop (SIGQUIT: requests in flight finish), SIGKILL after timeoutMs. */
  async stop (timeoutMs = 15_000): Promise<void> {
    const child = this.child
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGQUIT')
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    await exited
    clearTimeout(timer)
  }

  private write (ports: number[], version: string): void {
    const servers = ports.map((p) => `    server 127.0.0.1:${p};`).join('\n')
    writeFileSync(this.conf, renderConfig({
      prefix: this.options.prefix,
      port: this.options.port,
      workers: this.options.workers ?? Math.min(availableParallelism(), 4),
      cacheSize: this.options.cacheSize ?? '1g',
      servers,
      version
    }))
    this.own(this.conf, false)
  }

  private own (path: string, dir: boolean): void {
    if (dir) mkdirSync(path, { recursive: true })
    if (this.owner.uid !== undefined) chownSync(path, this.owner.uid, this.owner.gid)
  }
}

/** The worker processes of an nginx master: its children, from /proc (Linux, as Debian's nginx is). */
function workersOf (master: number): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so parse after the last ')'
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === master) pids.push(Number(entry))
    } catch {} // gone meanwhile
  }
  return pids
}

async function accepts (port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
  })
}

/** GET /health on a new connection of its own (agent: false), never one an old worker holds. */
async function probe (port: number): Promise<{ ok: boolean, release?: string } | undefined> {
  return await new Promise((resolve) => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/health', agent: false, timeout: 2000 }, (res) => {
      res.resume()
      const release = res.headers['x-release']
      res.on('end', () => resolve({ ok: res.statusCode === 200, release: typeof release === 'string' ? release : undefined }))
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(undefined))
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
