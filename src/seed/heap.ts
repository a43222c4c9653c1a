import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// A long build keeps little alive from one article to the next (about 120 MiB at a million
// claims: the registry, its compiled aliases, the list of files), but V8 grows its heap by
// how fast a program allocates, not by what it keeps: the 1M build's heap reached 546 MiB
// for 123 MiB alive, most of the build's peak memory. Collecting when the heap has grown
// well past what the last collection kept holds it near twice that, for a full collection
// every few hundred articles (the same means Jest uses to report heap use).

/** A heap under this is never collected early: small builds and ingests never pay for it. */
const FLOOR = 96 * 2 ** 20

let collect: (() => void) | null = null
let kept = 0

/** Collects the JavaScript heap if it has grown past twice what the last collection kept (and past FLOOR). Cheap to call after every article. */
export function collectIfGrown (): void {
  const { total_heap_size: total } = getHeapStatistics()
  if (total < Math.max(FLOOR, 2 * kept)) return
  if (collect === null) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
  kept = getHeapStatistics().used_heap_size
}
