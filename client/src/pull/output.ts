import { open, stat, truncate } from 'node:fs/promises'
import { PullError, RESUME_HINT } from './errors.js'

// Where the items go: a fresh file, or an interrupted one cut back to the end of its last
// complete batch (whatever a killed run wrote past it) and appended to.

export interface Sink {
  write: (data: Uint8Array | string) => Promise<void>
  close: () => Promise<void>
}

export type OpenSink = (file: string, keepBytes: number | null) => Promise<Sink>

export const openFileSink: OpenSink = async (file, keepBytes) => {
  if (keepBytes !== null && (await stat(file)).isFile()) await truncate(file, keepBytes)
  const handle = await open(file, keepBytes === null ? 'w' : 'a')
  return {
    write: async (data) => { await handle.appendFile(data) },
    close: async () => { await handle.close() }
  }
}

/** A write error as the failure a user can act on. */
export function writeFailure (err: unknown, file: string, items: number): PullError {
  const code = (err as NodeJS.ErrnoException).code
  const saved = `${items} items are saved in ${file} and its checkpoint`
  if (code === 'ENOSPC' || code === 'EDQUOT') return new PullError('DiskFull', `no space left on the device writing ${file}; ${saved}. Free some space, then: ${RESUME_HINT}`, true)
  return new PullError('WriteFailed', `cannot write ${file} (${code ?? (err as Error).message}); ${saved}. ${RESUME_HINT}`, true)
}
