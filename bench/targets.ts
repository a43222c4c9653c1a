import Database from 'better-sqlite3'

// What the queries ask for, taken from the built data and the same for every server.

export interface Targets {
  total: number
  ids: string[]
  pairs: Array<{ speaker: string, certainty: string }>
  rareNames: string[]
  commonWords: string[]
  deepSeq: number
}

/** The ids, filters and search terms the queries use. */
export function targets (dbPath: string): Targets {
  const db = new Database(dbPath, { readonly: true })
  try {
    const total = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
    const step = Math.max(1, Math.floor(total / 2000))
    const ids = (db.prepare('SELECT id FROM claims WHERE seq % ? = 0 ORDER BY seq LIMIT 2000').all(step) as Array<{ id: string }>).map((r) => r.id)
    // the most frequent (speaker, certainty) pairs: what people filter by
    const pairs = db.prepare(`SELECT speaker_id AS speaker, certainty, count(*) AS n FROM claims WHERE speaker_id IS NOT NULL
      GROUP BY speaker_id, certainty ORDER BY n DESC, speaker_id, certainty LIMIT 20`).all() as Array<{ speaker: string, certainty: string }>
    // people's surnames with about 50 mentions at every size: a search whose result size does not grow with the corpus
    const people = db.prepare('SELECT aliases FROM actors WHERE kind = \'person\' ORDER BY abs(mention_count - 50), seq LIMIT 10').all() as Array<{ aliases: string }>
    const rareNames = people.map((p) => (JSON.parse(p.aliases) as string[]).at(-1)!)
    // topic words, each in a few per cent of the claims: a search whose result grows with the corpus
    const commonWords = ['sanctions', 'ceasefire', 'tariffs', 'pipeline', 'elections']
    return { total, ids, pairs, rareNames, commonWords, deepSeq: Math.floor(total * 0.9) }
  } finally {
    db.close()
  }
}

/** Our cursor 90% of the way through the claims, reached by walking the pages (up to 500 a page) as a client would. */
export async function deepCursor (base: string, total: number): Promise<string | null> {
  let cursor: string | null = null
  const limit = Math.max(1, Math.min(500, Math.floor((total * 0.9) / 4)))
  const steps = Math.floor((total * 0.9) / limit)
  for (let s = 0; s < steps; s++) {
    const res = await fetch(`${base}/v1/claims?limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)
    const body = await res.json() as { page: { next: string | null } }
    if (body.page.next === null) break
    cursor = body.page.next
  }
  return cursor
}
