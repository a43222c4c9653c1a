import { open, stat, truncate } from 'node:fs/promises'
import { PullError, RESUME_HINT } from './errors.js'

// Where the items go: a fresh file, or an interrupted one cut back to the end of its last
// complete batch (whatever a killed run wrote past it) and appended to.

export interface Sink {
  /** appends the parts, in order, all of them (or fails) */
  write: (parts: readonly Buffer[]) => Promise<void>
  close: () => Promise<void>
}

export type OpenSink = (file: string, keepBytes: number | null) => Promise<Sink>

export const openFileSink: OpenSink = async (file, keepBytes) => {
  if (keepBytes !== null && (await stat(file)).isFile()) await truncate(file, keepBytes)
  const handle = await open(file, keepBytes === null ? 'w' : 'a')
  return {
    // one vectored write a batch: the received chunks go to the file without being joined
    write: async (parts) => {
      let left = parts.reduce((n, p) => n + p.length, 0)
      let rest = parts
      while (left > 0) {
        const { bytesWritten } = await handle.writev(rest)
        if (bytesWritten === 0) throw Object.assign(new Error(`nothing written of ${left} bytes`), { code: 'EIO' })
        left -= bytesWritten
        if (left > 0) rest = after(rest, bytesWritten)
      }
    },
    close: async () => { await handle.close() }
  }
}

/** The parts past their first `n` bytes (what a short write left). */
function after (parts: readonly Buffer[], n: number): Buffer[] {
  const rest: Buffer[] = []
  for (const part of parts) {
    if (n >= part.length) { n -= part.length; continue }
    rest.push(n > 0 ? part.subarray(n) : part)
    n = 0
  }
  return rest
}

/** A write error as the failure a user can act on. */
export function writeFailure (err: unknown, file: string, items: number): PullError {
  const code = (err as NodeJS.ErrnoException).code
  const saved = `${items} items are saved in ${file} and its checkpoint`
  if (code === 'ENOSPC' || code === 'EDQUOT') return new PullError('DiskFull', `no space left on the device writing ${file}; ${saved}. Free some space, then: ${RESUME_HINT}`, true)
  return new PullError('WriteFailed', `cannot write ${file} (${code ?? (err as Error).message}); ${saved}. ${RESUME_HINT}`, true)
}
