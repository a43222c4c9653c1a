import { rm } from 'node:fs/promises'
import { createClient } from '../client.js'
import { ProblemError } from '../problem.js'
import { networkReason, sleep, type RetryPolicy } from '../retry.js'
import { fileSize, readCheckpoint, removeCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js'
import { PullError, RESTART_HINT, RESUME_HINT } from './errors.js'
import { openFileSink, writeFailure, type OpenSink, type Sink } from './output.js'
import { exportSource, pageSource, type Batch, type PullFormat, type Source } from './sources.js'
import { getJson } from './http-stream.js'
import { articleGroups, changedArticles, changedSource, fetchChanges, type Change } from './changes.js'

// One pull: check the checkpoint against the output and the server, continue from its
// position (or start), append each batch then record it, and at the end check that the
// number of items is the one announced and that the dataset did not change meanwhile.

export interface PullOptions {
  base: string
  /** the list's path, e.g. /v1/claims or /v1/search */
  path: string
  filters: Record<string, string[]>
  /** ndjson, csv or jsonld (one JSON-LD document a line); the pages give ndjson only */
  format: PullFormat
  out: string
  checkpoint: string
  /** the streamed export (default), or the paginated JSON API */
  via?: 'export' | 'pages'
  /** items per request of the pages, or per written batch (and checkpoint) of the export */
  pageSize?: number
  /** only the items of the articles changed since this dataset version (the API's changes feed) */
  since?: string
  /** ask for a compressed export (worth it on a slow link only) */
  compressed?: boolean
  /** throw away an existing checkpoint and output and start from the beginning */
  restart?: boolean
  retry?: RetryPolicy
  signal?: AbortSignal
  onProgress?: (progress: Progress) => void
  /** how the output is opened (tests inject failing disks) */
  openSink?: OpenSink
}

export interface Progress { items: number, total: number | null, resumedFrom: number }
export interface PullResult extends Progress {
  bytes: number
  dataset: string
  /** with `since`: the articles the feed named, by change; the deleted ones' items are gone */
  changes?: { added: string[], replaced: string[], deleted: string[] }
}

export async function pull (options: PullOptions): Promise<PullResult> {
  const signal = options.signal ?? new AbortController().signal
  const request = identity(options)

  // the files first: what is wrong with them is said even when the server is away
  const loaded = options.restart === true ? null : await readCheckpoint(options.checkpoint)
  const size = await fileSize(options.out)
  if (loaded === null && options.restart !== true && size !== null && size > 0) {
    throw new PullError('OutputExists', `${options.out} already exists and has no checkpoint beside it (a finished pull, or another file); nothing was changed. Choose another --out, or add --restart to overwrite it.`)
  }
  if (loaded !== null) {
    if (loaded.request !== request) throw new PullError('CheckpointMismatch', `the checkpoint ${options.checkpoint} belongs to another pull (${loaded.request}), not to ${request}; nothing was changed. Use the command that started it, another --out, or --restart.`)
    if (size === null || size < loaded.bytes) throw new PullError('CorruptCheckpoint', `${options.out} holds ${size ?? 0} bytes but its checkpoint records ${loaded.bytes}: the output was changed or replaced after the checkpoint was written; nothing was changed. ${RESTART_HINT}`)
  }
  const dataset = await serverVersion(options, signal)
  if (loaded !== null && loaded.dataset !== dataset) throw changed(loaded.dataset, dataset, loaded.items, options.out)
  let cp: Checkpoint = loaded ?? { format: 'structured-claims-pull/2', request, dataset, position: null, items: 0, bytes: 0, total: null }
  const resumedFrom = cp.items
  // --since: what changed is a function of the two versions, the same on every resume
  let since: Awaited<ReturnType<typeof sinceSource>> | null = null
  if (options.since !== undefined) {
    since = await sinceSource(options, dataset, signal)
    cp = { ...cp, total: since.total }
  }
  if (cp.position === null && cp.items > 0) return { ...await finish(options, cp, resumedFrom, signal), ...(since === null ? {} : { changes: since.changes }) }

  let sink: Sink
  try {
    sink = await (options.openSink ?? openFileSink)(options.out, loaded === null ? null : cp.bytes)
  } catch (err) {
    throw writeFailure(err, options.out, cp.items)
  }
  try {
    await writeCheckpoint(options.checkpoint, cp).catch((err: unknown) => { throw writeFailure(err, options.checkpoint, cp.items) })
    const source: Source = since !== null
      ? since.source
      : options.via === 'pages'
        ? pageSource(createClient({ baseUrl: options.base, retry: options.retry }), options.path, options.filters, options.pageSize)
        : exportSource(options.base, options.path, options.filters, options.format, options.pageSize, options.compressed)
    options.onProgress?.({ items: cp.items, total: cp.total, resumedFrom })
    let batches = source(cp, signal)
    let reopened = 0
    for (;;) {
      if (signal.aborted) throw interrupted(cp.items, options.out)
      let next: IteratorResult<Batch>
      try {
        next = await batches.next()
      } catch (err) {
        const failure = await requestFailure(err, options, cp, signal)
        // a connection dropped mid-stream: the request's own retries are over, so start again from the checkpoint
        if (!failure.resumable || failure.failure === 'Interrupted' || ++reopened >= (options.retry?.attempts ?? 6)) throw failure
        options.retry?.onRetry?.({ attempt: reopened, delay: 0, reason: failure.message })
        await sleep(Math.min(30_000, (options.retry?.baseDelay ?? 250) * 2 ** reopened), signal).catch(() => {})
        batches = source(cp, signal)
        continue
      }
      if (next.done === true) break
      const batch = next.value
      if (batch.dataset !== null && batch.dataset !== cp.dataset) throw changed(cp.dataset, batch.dataset, cp.items, options.out)
      try {
        if (batch.bytes > 0) await sink.write(batch.data)
      } catch (err) {
        throw writeFailure(err, options.out, cp.items)
      }
      cp = { ...cp, position: batch.position, items: cp.items + batch.items, bytes: cp.bytes + batch.bytes, total: batch.total ?? cp.total }
      if (batch.items > 0 || batch.last || batch.bytes > 0) await writeCheckpoint(options.checkpoint, cp).catch((err: unknown) => { throw writeFailure(err, options.checkpoint, cp.items) })
      options.onProgress?.({ items: cp.items, total: cp.total, resumedFrom })
      if (batch.last) break
    }
  } catch (err) {
    await sink.close().catch(() => {})
    // refused before anything was written: leave no empty file and no checkpoint behind
    if (err instanceof PullError && !err.resumable && loaded === null && cp.items === 0) {
      await removeCheckpoint(options.checkpoint)
      await rm(options.out, { force: true }).catch(() => {})
    }
    throw err
  }
  await sink.close().catch((err: unknown) => { throw writeFailure(err, options.out, cp.items) })
  return { ...await finish(options, cp, resumedFrom, signal), ...(since === null ? {} : { changes: since.changes }) }
}

/** The changes since `options.since`, and the source of the changed articles' items. */
async function sinceSource (options: PullOptions, dataset: string, signal: AbortSignal) {
  const set = await fetchChanges(options.base, options.since!, signal)
  if (set.version !== dataset) throw changed(dataset, set.version, 0, options.out)
  const { pull: articles, deleted } = changedArticles(set)
  const by = (kind: Change['change']) => [...new Set(set.changes.filter((c) => c.change === kind).map((c) => c.article))].filter((a) => kind === 'deleted' ? deleted.includes(a) : articles.includes(a))
  const groups = articleGroups(articles)
  // the total, announced up front: the sum of each group's count
  let total = 0
  for (const group of groups) {
    const url = new URL(`${options.base}${options.path}`)
    for (const [k, vs] of Object.entries({ ...options.filters, article: group })) for (const v of vs) url.searchParams.append(k, v)
    url.searchParams.set('limit', '1')
    const response = await fetch(url, { signal })
    if (!response.ok) {
      const err = await ProblemError.from(response)
      throw new PullError('Refused', `counting the changed articles' items was refused: ${err.status} ${err.title}: ${err.detail}${err.errors.map((e) => `\n  ${e.in} parameter ${e.name}: ${e.message}`).join('')}`)
    }
    total += ((await response.json()) as { page: { total: number } }).page.total
  }
  return {
    total,
    changes: { added: by('added'), replaced: by('replaced'), deleted },
    source: changedSource(options.base, options.path, options.filters, options.format, groups, total, options.pageSize, options.compressed)
  }
}

async function finish (options: PullOptions, cp: Checkpoint, resumedFrom: number, signal: AbortSignal): Promise<PullResult> {
  const now = await serverVersion(options, signal, `all ${cp.items} items are saved in ${options.out}, but the dataset version could not be checked at the end`)
  if (now !== cp.dataset) throw changed(cp.dataset, now, cp.items, options.out)
  if (cp.total !== null && cp.items !== cp.total) {
    throw new PullError('CountMismatch', `${options.out} holds ${cp.items} items but the API announced ${cp.total}; the checkpoint is kept for inspection. ${RESTART_HINT}`)
  }
  await removeCheckpoint(options.checkpoint)
  return { items: cp.items, total: cp.total, resumedFrom, bytes: cp.bytes, dataset: cp.dataset }
}

/** The pull's identity, so that a checkpoint is only ever continued by the same pull. */
function identity (options: PullOptions): string {
  const query = Object.keys(options.filters).sort().flatMap((k) => [...options.filters[k]!].sort().map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
  return `${options.base.replace(/\/+$/, '')}${options.path}${query.length > 0 ? `?${query.join('&')}` : ''} as ${options.format}${options.since === undefined ? '' : ` since ${options.since}`}`
}

async function serverVersion (options: PullOptions, signal: AbortSignal, saved = 'nothing was written'): Promise<string> {
  const base = options.base
  try {
    return (await getJson<{ datasetVersion: string }>(base, '/health', signal, options.retry)).datasetVersion
  } catch (err) {
    if (signal.aborted) throw interrupted(0, '')
    if (err instanceof ProblemError) throw new PullError('ServerError', `${base}/health answered ${err.status} (${err.detail}); ${saved}. ${RESUME_HINT}`, true)
    throw new PullError('ServerUnreachable', `cannot reach ${base} (${networkReason(err)}); ${saved}. Check --base and that the server is running, then: ${RESUME_HINT}`, true)
  }
}

/** A request that failed after its retries, named: refused, gone, or the dataset changed. */
async function requestFailure (err: unknown, options: PullOptions, cp: Checkpoint, signal: AbortSignal): Promise<PullError> {
  const saved = `${cp.items} items are saved in ${options.out}`
  if (signal.aborted) return interrupted(cp.items, options.out)
  if (err instanceof PullError) return err
  if (err instanceof ProblemError) {
    if (err.status >= 500 || err.status === 429) return new PullError('ServerError', `the server answered ${err.status} ${err.title} after every retry (${err.detail}); ${saved}. ${RESUME_HINT}`, true)
    // 410: a cursor the dataset has moved past, or what is being pulled was deleted
    if (err.status === 410 && err.type.endsWith('/problems/cursor-stale')) {
      const now = await serverVersion(options, signal).catch(() => 'a newer one')
      return new PullError('DatasetChanged', `the dataset changed while pulling (version ${cp.dataset}, now ${now}): the server says the position reached is stale (410 ${err.title}: ${err.detail}), since this list's order moves with the data; ${saved}, all of version ${cp.dataset}, and continuing could skip or repeat items. ${RESTART_HINT}`)
    }
    if (err.status === 410) {
      return new PullError('Gone', `what this pull reads was deleted from the dataset (410 ${err.title}: ${err.detail}); ${saved}, of version ${cp.dataset}. Nothing more can be pulled from it, now or on a restart: GET /v1/changes?since=${cp.dataset} lists what changed.`)
    }
    // a position the server no longer accepts is most often a new dataset version
    if (err.status === 400 && err.errors.some((e) => e.name === 'cursor' || e.name === 'after')) {
      const now = await serverVersion(options, signal)
      if (now !== cp.dataset) return changed(cp.dataset, now, cp.items, options.out)
    }
    const fields = err.errors.map((e) => `\n  ${e.in} parameter ${e.name}: ${e.message}`).join('')
    return new PullError('Refused', `the server refused the request: ${err.status} ${err.title}: ${err.detail}${fields}`)
  }
  if (err instanceof Error && err.name === 'NdjsonError') return new PullError('StreamBroken', `${err.message}; ${saved}. ${RESUME_HINT}`, true)
  return new PullError('ServerUnreachable', `lost the connection to ${options.base} (${networkReason(err)}) and could not get it back; ${saved}. ${RESUME_HINT}`, true)
}

function changed (from: string, to: string, items: number, out: string): PullError {
  return new PullError('DatasetChanged', `the server now serves dataset version ${to}, but ${out} holds ${items} items of version ${from}; mixing them would give duplicates or gaps, so nothing more was written. ${RESTART_HINT}`)
}

function interrupted (items: number, out: string): PullError {
  return new PullError('Interrupted', `interrupted; ${items} items are saved in ${out}. ${RESUME_HINT}`, true)
}
