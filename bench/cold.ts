import Database from 'better-sqlite3'
import { TOPICS } from './corpus.js'
import type { Results } from './results.js'
import { deepCursor, type Targets } from './targets.js'

// The response cache answers a repeated request from memory, so the loads mostly measure
// its hits. Here each request is one the server has not seen (a different id, page, filter
// or search term), sent one at a time: the cost of the query itself.

export const COLD = 100

/** Times COLD requests never asked before per query, before any load has warmed the server. */
export async function coldPass (results: Results, size: number, base: string, dbPath: string, t: Targets): Promise<void> {
  const { ids, pairs, names } = unseen(dbPath)
  /** Times each request; `next` may derive the following URL from the body (a walk through pages). */
  const time = async (query: string, urls: string[], next?: (url: string, body: string) => string | null) => {
    const ms: number[] = []
    let queue = [...urls]
    while (queue.length > 0 && ms.length < COLD) {
      const url = queue.shift()!
      const t0 = performance.now()
      const res = await fetch(base + url)
      const body = await res.text()
      ms.push(performance.now() - t0)
      if (res.status !== 200) throw new Error(`cold ${query}: ${url} answered ${res.status}`)
      const following = next?.(url, body)
      if (following != null) queue = [following]
    }
    ms.sort((a, b) => a - b)
    const at = (q: number) => Math.round((ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0) * 10) / 10
    const c = { size, query, p50: at(0.5), p99: at(0.99), mean: Math.round((ms.reduce((x, y) => x + y, 0) / Math.max(1, ms.length)) * 10) / 10 }
    results.colds.push(c)
    console.log(`  cold         ${query.padEnd(22)} ${ms.length} requests, p50 ${c.p50} ms, p99 ${c.p99} ms`)
  }
  const nextPage = (url: string, body: string) => {
    const cursor = (JSON.parse(body) as { page: { next: string | null } }).page.next
    return cursor === null ? null : `${url.split('&cursor=')[0]!}&cursor=${encodeURIComponent(cursor)}`
  }
  await time('claim by id', ids.map((id) => `/v1/claims/${id}`))
  await time('filtered list', pairs.map((p) => `/v1/claims?speaker=${p.speaker}&certainty=${p.certainty}&limit=50`))
  await time('first page', Array.from({ length: COLD }, (_, i) => `/v1/claims?limit=${i + 1}`))
  const deep = await deepCursor(base, t.total)
  if (deep !== null) await time('deep page', [`/v1/claims?limit=49&cursor=${encodeURIComponent(deep)}`], nextPage)
  await time('search (rare name)', names.map((w) => `/v1/search?q=${encodeURIComponent(w)}&limit=50`))
  await time('search (common word)', TOPICS.slice(0, COLD).map((w) => `/v1/search?q=${w}&limit=49`))
  // the filtered forms: the same words, a type's hits (a rowid range of the index) and a collection's q
  await time('search (word, type=claim)', TOPICS.slice(0, COLD).map((w) => `/v1/search?q=${w}&type=claim&limit=49`))
  await time('claims?q= (common word)', TOPICS.slice(0, COLD).map((w) => `/v1/claims?q=${w}&limit=49`))
  await time('list with include', Array.from({ length: COLD }, (_, i) => `/v1/claims?limit=${i + 1}&include=speaker`))
}

/** Ids, filters and names other than those the loads use: any will do, as nothing is cached yet. */
function unseen (dbPath: string): { ids: string[], pairs: Array<{ speaker: string, certainty: string }>, names: string[] } {
  const db = new Database(dbPath, { readonly: true })
  try {
    const ids = (db.prepare('SELECT id FROM claims ORDER BY seq DESC LIMIT ?').all(COLD) as Array<{ id: string }>).map((r) => r.id)
    const pairs = db.prepare(`SELECT speaker_id AS speaker, certainty, count(*) AS n FROM claims WHERE speaker_id IS NOT NULL
      GROUP BY speaker_id, certainty ORDER BY n DESC, speaker_id, certainty LIMIT ? OFFSET 20`).all(COLD) as Array<{ speaker: string, certainty: string }>
    const names = (db.prepare('SELECT aliases FROM actors WHERE kind = \'person\' ORDER BY abs(mention_count - 50), seq LIMIT ? OFFSET 10').all(COLD) as Array<{ aliases: string }>).map((p) => (JSON.parse(p.aliases) as string[]).at(-1)!)
    return { ids, pairs, names }
  } finally {
    db.close()
  }
}
