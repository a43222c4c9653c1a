import type { Statement } from 'better-sqlite3'
import { BM25, hits, type SqlParam } from './collections.js'
import type { CursorKey } from './cursor.js'

// The pages of a search, in relevance order, at a cost bounded by a number of ranked
// matches rather than by how many there are. bm25 reads each scored match's column
// sizes (a b-tree lookup per row), about half a microsecond each: ranking every match of
// a common word cost 200 ms of CPU for the 400,000 a topic word has in a million claims.
// Walking the index's matches without reading rows (what a count does) costs some 34 ns
// per match.
//
// So: a query with at most `max` matches is ranked whole, exactly. A query with M > max
// matches ranks a sample of about `max` of them spread evenly over the index: those in
// one run of BLOCK rowids out of every ceil(M / max). Each type of row has its own range of
// rowids (search-rowids.ts), in the order added: the sample covers every type of item and
// the whole corpus in proportion, where the first `max` matches would all be articles'
// sentences, from the oldest articles. A `type` filter is a rowid range: M is then the
// matches of those types, and the sample about `max` of them. The sample comes first, best first (bm25, then rowid); the other
// matches follow in index order (rowid), unranked. The key of a hit is [score, rowid],
// an unranked hit's score counting as UNRANKED (bm25 is always below 0), so a cursor
// continues exactly where the previous page stopped: no hit is served twice or skipped.
// Every hit still carries its own bm25 score, and snippets are made for the page's rows
// only.
//
// What FTS5 does shapes the queries: bm25 counts each phrase's matches once per statement
// run (a walk of its doclist) to weigh it, so scores are computed in one run, never per
// row; a rowid bound seeks only when bound as an integer (better-sqlite3 binds a number
// as REAL, and FTS5 then scans from the start), so rowids are bound as BigInt; and a
// page's rows are found by a join on json_each, whose values are integers.

/** How many matches a search ranks at most. */
export const RANKED_MATCHES = 10_000
/** The sample is made of runs of this many rowids: bm25 reads the column sizes of neighbouring rows from the same pages (a third faster than single rows). */
const BLOCK = 64

interface Selection { from: string, where: string[], params: SqlParam[] }
/** The score an unranked hit sorts by: above every bm25, which FTS5 makes negative. */
export const UNRANKED = 1
type Key = [score: number, rid: number]

/** One page after `after`; `total` is how many rows the selection matches. */
export function rankedPage (stmt: (sql: string) => Statement, sel: Selection, doc: string, page: { limit: number, after: CursorKey | null, total: number, max: number }): { docs: string[], next: CursorKey | null } {
  // the source's MATCH is its one parameter; the cheap rowid conditions go before the
  // filters, which read each row they test (a type, an article)
  const [match, ...filtering] = sel.params
  const where = (...first: string[]) => ` WHERE ${[...first, ...sel.where].join(' AND ')}`
  const from = `FROM ${sel.from} t`
  const { limit, after, total, max } = page
  const step = BigInt(Math.max(1, Math.ceil(total / max)))
  const ranking = after === null || (after[0] as number) < UNRANKED
  const want = limit + 1
  const keys: Key[] = []

  if (ranking) {
    const ranked = stmt(`SELECT t.rid AS rid, t.score AS score ${from}${where(`(t.rid / ${BLOCK}) % ? = 0`)}`).all(match, step, ...filtering) as Array<{ rid: number, score: number }>
    ranked.sort((a, b) => a.score - b.score || a.rid - b.rid)
    const [score, rid] = (after ?? [-Infinity, -1]) as Key
    let i = ranked.findIndex((h) => h.score > score || (h.score === score && h.rid > rid))
    if (i === -1) i = ranked.length
    for (; i < ranked.length && keys.length < want; i++) keys.push([ranked[i]!.score, ranked[i]!.rid])
  }
  if (keys.length < want && step > 1n) {
    // the unranked rest, in rowid order
    const past = ranking ? 0 : after![1] as number
    const rest = stmt(`SELECT t.rid AS rid ${from}${where('t.rid > ?', `(t.rid / ${BLOCK}) % ? <> 0`)} ORDER BY t.rid LIMIT ?`)
      .all(match, BigInt(past), step, ...filtering, want - keys.length) as Array<{ rid: number }>
    for (const r of rest) keys.push([UNRANKED, r.rid])
  }

  const more = keys.length > limit
  const shown = more ? keys.slice(0, limit) : keys
  if (shown.length === 0) return { docs: [], next: null }
  return { docs: pageDocs(stmt, match!, doc, shown), next: more ? shown.at(-1)! : null }
}

const stepOf = (total: number, max: number) => Math.max(1, Math.ceil(total / max))

/** The key a hit has in the pages (what `after` resumes from): its score when the sample ranks it, UNRANKED when it follows unranked. */
export function rankedKey (score: number, rid: number, total: number, max: number): CursorKey {
  const step = stepOf(total, max)
  return step === 1 || Math.floor(rid / BLOCK) % step === 0 ? [score, rid] : [UNRANKED, rid]
}

/** How many hits the pages hold strictly after the key `after` (as rankedPage orders them); `total` is how many rows the selection matches. */
export function rankedCountAfter (stmt: (sql: string) => Statement, sel: Selection, after: CursorKey, total: number, max: number): number {
  const [match, ...filtering] = sel.params
  const where = (...first: string[]) => ` WHERE ${[...first, ...sel.where].join(' AND ')}`
  const from = `FROM ${sel.from} t`
  const step = BigInt(stepOf(total, max))
  const [score, rid] = after as Key
  const count = (sql: string, ...params: unknown[]) => (stmt(sql).get(...params) as { n: number }).n
  let n = 0
  if (score < UNRANKED) {
    n += count(`SELECT count(*) AS n ${from}${where(`(t.rid / ${BLOCK}) % ? = 0`, '(t.score > ? OR (t.score = ? AND t.rid > ?))')}`, match, step, score, score, BigInt(rid), ...filtering)
  }
  if (step > 1n) {
    n += count(`SELECT count(*) AS n ${from}${where('t.rid > ?', `(t.rid / ${BLOCK}) % ? <> 0`)}`, match, BigInt(score < UNRANKED ? 0 : rid), step, ...filtering)
  }
  return n
}

/** The docs of a page's rows, in its order, snippets made for them only: with the scores known, or computed in one run over the rows' rowid range. */
function pageDocs (stmt: (sql: string) => Statement, match: SqlParam, doc: string, shown: Key[]): string[] {
  const rids = shown.map((k) => k[1])
  const rows = (shown.every((k) => k[0] < UNRANKED)
    ? stmt(`SELECT t.rid AS rid, ${doc} AS doc FROM ${hits('j.value ->> 1', 'json_each(?) j CROSS JOIN search_index s', ' AND s.rowid = j.value ->> 0')} t`)
      .all(JSON.stringify(shown.map((k) => [k[1], k[0]])), match)
    : stmt(`SELECT t.rid AS rid, ${doc} AS doc FROM ${hits(BM25, 'search_index s', ' AND s.rowid BETWEEN ? AND ?')} t WHERE +t.rid IN (SELECT value FROM json_each(?))`)
      .all(match, BigInt(Math.min(...rids)), BigInt(Math.max(...rids)), JSON.stringify(rids))) as Array<{ rid: number, doc: string }>
  const byRid = new Map(rows.map((r) => [r.rid, r.doc]))
  return rids.map((rid) => byRid.get(rid)!)
}
