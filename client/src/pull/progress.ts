import type { Progress } from './pull.js'

// The progress line: items (of the announced total), the rate of this run, and the time
// left at that rate. Redrawn in place on a terminal at most ten times a second; elsewhere
// (a log, CI) one line every ten seconds.

export function progressBar (label: string, stream: NodeJS.WriteStream = process.stderr, now = () => Date.now()) {
  const started = now()
  let drawn = 0
  let last: Progress | null = null
  const tty = stream.isTTY === true
  const line = (p: Progress) => {
    const seconds = Math.max((now() - started) / 1000, 0.001)
    const rate = (p.items - p.resumedFrom) / seconds
    const of = p.total === null ? '' : `/${p.total.toLocaleString('en')} ${p.total === 0 ? 100 : Math.floor((p.items / p.total) * 100)}%`
    const bar = p.total === null || p.total === 0 ? '' : `[${'#'.repeat(Math.round((p.items / p.total) * 20)).padEnd(20, '.')}] `
    const eta = p.total === null || rate <= 0 ? '' : `  ${clock((p.total - p.items) / rate)} left`
    return `${label} ${bar}${p.items.toLocaleString('en')}${of}  ${Math.round(rate).toLocaleString('en')} items/s${eta}`
  }
  return {
    update (p: Progress) {
      last = p
      const t = now()
      if (t - drawn < (tty ? 100 : 10_000)) return
      drawn = t
      stream.write(tty ? `\r${line(p)}\u001b[K` : `${line(p)}\n`)
    },
    /** the last line, drawn whatever the time since the previous one */
    done () {
      if (last !== null) stream.write(tty ? `\r${line(last)}\u001b[K\n` : `${line(last)}\n`)
    }
  }
}

function clock (seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`
}
