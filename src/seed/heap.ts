import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// A long build keeps little alive from one article to the next (about 120 MiB at a million
// claims: the registry, its compiled aliases, the list of files), but V8 grows its heap by
// how fast a program allocates, not by what it keeps: the 1M build's heap reached 546 MiB
// for 123 MiB alive, most of the build's peak memory. Collecting when the heap has grown
// past 1.3 times what the last collection kept holds it there, for a full collection
// every few hundred articles (the same means Jest uses to report heap use). Each thread
// (the build's and its worker's) has a heap, and so a budget, of its own.

/** A heap under this is never collected early: small builds and ingests never pay for it. */
const FLOOR = 64 * 2 ** 20
/** Room above what a collection leaves committed (the young generation's space among it), so that a collection never follows the last at once. */
const ROOM = 24 * 2 ** 20

/** The global gc(), exposed on first use; null where this V8 will not expose it (then nothing is collected early). */
let collect: (() => void) | null | undefined
let next = FLOOR

function exposeGc (): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as unknown
    return typeof gc === 'function' ? gc as () => void : null
  } catch {
    return null
  }
}

/** Collects the JavaScript heap if it has grown past its budget: cheap to call after every article. */
export function collectIfGrown (): void {
  if (getHeapStatistics().total_heap_size < next) return
  collect ??= exposeGc()
  if (collect === null) { next = Infinity; return }
  collect()
  const after = getHeapStatistics()
  next = Math.max(FLOOR, 1.3 * after.used_heap_size, after.total_heap_size + ROOM)
}
