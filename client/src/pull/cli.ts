import { parsePullArgs } from './args.js'
import { PullError } from './errors.js'
import { progressBar } from './progress.js'
import { pull } from './pull.js'

// `npm run pull`: the pull as a process. Ctrl-C (or SIGTERM) stops it after the batch in
// hand is written and recorded; a second Ctrl-C stops at once (the checkpoint still holds).

async function main (): Promise<number> {
  // npm runs scripts in the project's folder; files named on the command line are the user's
  if (process.env.INIT_CWD !== undefined) process.chdir(process.env.INIT_CWD)
  const args = parsePullArgs(process.argv.slice(2))
  const controller = new AbortController()
  let signals = 0
  const stop = () => { if (++signals > 1) process.exit(130); controller.abort(new Error('interrupted')) }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const bar = args.quiet ? null : progressBar(args.path.replace('/v1/', ''))
  const log = (line: string) => { if (!args.quiet) process.stderr.write(`${line}\n`) }
  const result = await pull({
    ...args,
    signal: controller.signal,
    retry: { attempts: args.retries, maxDelay: 30_000, onRetry: (r) => log(`${process.stderr.isTTY ? '\n' : ''}  retrying in ${(r.delay / 1000).toFixed(1)} s (${r.reason})`) },
    onProgress: (p) => bar?.update(p)
  }).finally(() => bar?.done())
  const resumed = result.resumedFrom > 0 ? ` (resumed after ${result.resumedFrom})` : ''
  if (result.changes !== undefined) {
    const { added, replaced, deleted } = result.changes
    log(`since ${args.since ?? ''}: ${added.length} articles added, ${replaced.length} replaced, ${deleted.length} deleted${deleted.length > 0 ? ` (${deleted.join(', ')}: their items are gone)` : ''}`)
  }
  log(`pulled ${result.items} items${resumed} of dataset ${result.dataset} into ${args.out}${result.total === null ? '' : `, as announced (${result.total})`}`)
  return 0
}

main().then((code) => { process.exitCode = code }, (err: unknown) => {
  if (err instanceof PullError) {
    process.stderr.write(`\npull: ${err.failure}: ${err.message}\n`)
    process.exitCode = err.exitCode
    return
  }
  process.stderr.write(`\npull: unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`)
  process.exitCode = 1
})
