import cluster from 'node:cluster'

// Both cores when configured (WORKERS=auto or a number): the primary forks workers that
// each open the database read-only and share the listening socket. The primary forwards
// SIGTERM/SIGINT so each worker closes gracefully, and exits 0 once all have. A worker
// that dies otherwise is replaced. Every worker gets the same cursor secret in its
// environment, so a cursor one worker issued is accepted by the others.

export function isWorker (): boolean {
  return cluster.isWorker
}

export function runPrimary (workers: number, cursorSecret: string): void {
  let stopping = false
  const fork = () => cluster.fork({ CURSOR_SECRET: cursorSecret })
  for (let i = 0; i < workers; i++) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`)
    fork()
  })
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal)
    setTimeout(() => process.exit(1), 15_000).unref()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}
