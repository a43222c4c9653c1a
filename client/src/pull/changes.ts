import { ProblemError } from '../problem.js'
import { networkReason } from '../retry.js'
import { PullError, RESUME_HINT } from './errors.js'
import { exportSource, type Batch, type PullFormat, type Source } from './sources.js'

// `--since VERSION`: only the items of the articles that changed since a dataset version.
// The API's changes feed (GET /v1/changes?since=VERSION) names each article added, replaced
// or deleted since then; the items of the added and replaced ones are pulled through the
// collection's `article` filter, 50 articles a request (the filter's limit), one export
// after another, and the deleted ones are reported (their items are gone: there is nothing
// to pull). The feed's page (the API's `Changes` schema):
//   { datasetVersion, since, data: [{ article, change: 'added'|'replaced'|'deleted', version }], next }
// with `next` (a cursor for the same query) while more changes remain.

export interface Change { article: string, change: 'added' | 'replaced' | 'deleted', version: string }
export interface ChangeSet { since: string, version: string, changes: Change[] }

const ARTICLES_PER_REQUEST = 50

/** Every change since `since`, page after page. */
export async function fetchChanges (base: string, since: string, signal: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<ChangeSet> {
  const changes: Change[] = []
  let url: string | null = `${base}/v1/changes?since=${encodeURIComponent(since)}`
  let version = ''
  while (url !== null) {
    let response: Response
    try {
      response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } })
    } catch (err) {
      if (signal.aborted) throw new PullError('Interrupted', 'interrupted before anything was written.', true)
      throw new PullError('ServerUnreachable', `cannot reach ${base} for its changes feed (${networkReason(err)}); nothing was written. ${RESUME_HINT}`, true)
    }
    if (response.status === 404 && new URL(url).pathname === '/v1/changes') {
      throw new PullError('Refused', `${base} has no changes feed (GET /v1/changes answered 404), so --since cannot be served; pull the whole collection instead`)
    }
    if (!response.ok) {
      const err = await ProblemError.from(response)
      const fields = err.errors.map((e) => `\n  ${e.in} parameter ${e.name}: ${e.message}`).join('')
      if (err.status >= 500) throw new PullError('ServerError', `the changes feed answered ${err.status} (${err.detail}); nothing was written. ${RESUME_HINT}`, true)
      throw new PullError('Refused', `the changes feed refused since=${since}: ${err.status} ${err.title}: ${err.detail}${fields}`)
    }
    const page = await response.json() as { datasetVersion: string, since: string, data: Change[], next: string | null }
    if (typeof page.datasetVersion !== 'string' || !Array.isArray(page.data)) throw new PullError('StreamBroken', 'the changes feed answered with something that is not a list of changes', true)
    version = page.datasetVersion
    changes.push(...page.data)
    const next = page.next ?? null
    url = next === null ? null : `${base}/v1/changes?since=${encodeURIComponent(since)}&cursor=${encodeURIComponent(next)}`
  }
  return { since, version, changes }
}

/** The articles whose items are to be pulled: added or replaced (by their last change), in the feed's order. */
export function changedArticles (set: ChangeSet): { pull: string[], deleted: string[] } {
  const last = new Map<string, Change['change']>()
  for (const c of set.changes) { last.delete(c.article); last.set(c.article, c.change) }
  const pull = [...last].filter(([, c]) => c !== 'deleted').map(([a]) => a)
  const deleted = [...last].filter(([, c]) => c === 'deleted').map(([a]) => a)
  return { pull, deleted }
}

/** Groups of at most 50 articles, each pulled as one export of the collection filtered by them. */
export function articleGroups (articles: string[]): string[][] {
  const groups: string[][] = []
  for (let i = 0; i < articles.length; i += ARTICLES_PER_REQUEST) groups.push(articles.slice(i, i + ARTICLES_PER_REQUEST))
  return groups
}

/**
 * One export per group, one after the other, as one source: the position is the group's
 * index and the key within it (`index:key`), and the total is the sum announced up front.
 */
export function changedSource (base: string, path: string, filters: Record<string, string[]>, format: PullFormat, groups: string[][], total: number, batchSize?: number, compressed?: boolean): Source {
  return async function * (from, signal) {
    const colon = from.position === null ? -1 : from.position.indexOf(':')
    let index = colon === -1 ? 0 : Number(from.position!.slice(0, colon))
    let key: string | null = colon === -1 || from.position!.slice(colon + 1) === '' ? null : from.position!.slice(colon + 1)
    let items = from.items
    let bytes = from.bytes
    if (groups.length === 0) {
      yield { data: [], bytes: 0, items: 0, position: null, last: true, total, dataset: null }
      return
    }
    for (; index < groups.length; index++, key = null) {
      const source = exportSource(base, path, { ...filters, article: groups[index]! }, format, batchSize, compressed)
      for await (const b of source({ position: key, items, bytes }, signal)) {
        items += b.items
        bytes += b.bytes
        const end = b.last && index === groups.length - 1
        const position = end ? null : b.last ? `${index + 1}:` : `${index}:${b.position ?? ''}`
        const batch: Batch = { ...b, position, last: end, total }
        yield batch
      }
    }
  }
}
