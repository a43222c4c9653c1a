import { readFileSync } from 'node:fs'
import { MessageChannel, Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { parse } from 'yaml'
import type { Extract } from '../extract/types.js'
import { compileRegistry, buildArticle, type ArticleBuild } from './article.js'
import { receiveBlocking } from './blocking-receive.js'
import { IssueList, SeedError, type SeedIssue } from './errors.js'
import { collectIfGrown } from './heap.js'
import { loadArticle, type ListedSeed } from './load.js'
import type { SeedContext } from './references.js'
import { validate } from './validate.js'

// Every article of a seed folder through every stage that depends on it alone (load,
// extract, validate, segment, anchor, link), in id order: what the streaming build writes.
// A first pass reads only the annotations' ids, into a scratch database of its own, so
// that an article may refer to an item of any other and a duplicate id is reported naming
// both files. A large corpus is built in a worker thread, so that the build's thread only
// writes rows: on two cores, a 1M build's articles take the time of their writes alone.

/** What the builder says, in order: a phase begins, an article is built, the issues found (last). */
export type Built = { kind: 'phase', name: string } | { kind: 'article', build: ArticleBuild } | { kind: 'issues', issues: SeedIssue[] }

export interface BuildArticlesOptions {
  maxArticleBytes?: number | undefined
  extract?: Extract | undefined
  /** called for every file of the first pass and every article of the second (the worker's sign of life) */
  alive?: (() => void) | undefined
}

/** Stops collecting after this many issues: the first ones say enough. */
const MAX_ISSUES = 200

/** The listed articles built one at a time, in this thread. Once an issue is found, articles are still checked but no longer yielded. */
export function * buildArticles (listed: ListedSeed, { maxArticleBytes, extract, alive }: BuildArticlesOptions = {}): Generator<Built> {
  const issues = new IssueList()
  const articleIds = new Set(listed.entries.map((e) => e.id))
  // a private temporary database: pages beyond its cache go to a file, not to memory
  const scratch = new Database('')
  try {
    // 4 MiB of cache: after the first pass it is looked up only for ids two articles share
    scratch.pragma('cache_size = -4096')
    // its primary key serves every lookup (by kind and id): a second index would double its size
    scratch.exec('CREATE TABLE seed_ids (kind TEXT NOT NULL, id TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (kind, id, article)) WITHOUT ROWID')
    const remember = scratch.prepare('INSERT OR IGNORE INTO seed_ids (kind, id, article) VALUES (?, ?, ?)')
    const elsewhere = scratch.prepare('SELECT 1 FROM seed_ids WHERE kind = ? AND id = ? AND article <> ? LIMIT 1').pluck()
    // the ids more than one article uses: only these are looked up for an annotated article's
    // items (a lookup per item cost 13 s of a 1M build); a bare text's ids join in pass 2
    const duplicated = new Set<string>()
    const key = (kind: string, id: string) => `${kind}\0${id}`
    const record = (article: string, data: unknown, checkDuplicates: boolean) => {
      const a = data as Partial<Record<'actors' | 'events' | 'claims' | 'questions', Array<{ id?: unknown }>>> | undefined
      for (const [list, kind] of [['actors', 'actor'], ['events', 'event'], ['claims', 'claim'], ['questions', 'question']] as const) {
        const items = a?.[list]
        if (!Array.isArray(items)) continue
        for (const item of items) {
          if (typeof item?.id !== 'string') continue
          if (checkDuplicates && elsewhere.get(kind, item.id, article) !== undefined) duplicated.add(key(kind, item.id))
          remember.run(kind, item.id, article)
        }
      }
    }
    // pass 1: every annotation's ids (a bare text's are known once it is extracted, in pass 2)
    scratch.transaction(() => {
      for (const e of listed.entries) {
        alive?.()
        collectIfGrown()
        if (e.annotationPath !== null) record(e.id, parsed(e.annotationPath), false)
      }
    })()
    for (const k of scratch.prepare('SELECT kind, id FROM seed_ids GROUP BY kind, id HAVING count(*) > 1').raw().iterate() as Iterable<[string, string]>) duplicated.add(key(...k))

    const ownerOf = scratch.prepare('SELECT article FROM seed_ids WHERE kind = ? AND id = ? AND article <> ? ORDER BY article LIMIT 1').pluck()
    const isActor = scratch.prepare("SELECT 1 FROM seed_ids WHERE kind = 'actor' AND id = ? LIMIT 1").pluck()
    const context = (article: string, bare: boolean): SeedContext => ({
      owner: (kind, id) => ownerOf.get(kind, id, article) as string | undefined,
      // the first article (in id order) to use an id owns it; a later one is the duplicate (a
      // bare text's ids are not recorded until it is built: looked up whatever the set says)
      duplicateOf: (kind, id) => {
        if (!bare && !duplicated.has(key(kind, id))) return undefined
        const other = ownerOf.get(kind, id, article) as string | undefined
        return other !== undefined && other < article ? other : undefined
      },
      // the registry's actors are the seed's own (checkReferences knows them): here, the other articles' local ones
      hasActor: (id) => isActor.get(id) !== undefined,
      hasArticle: (id) => articleIds.has(id),
      registryChecked: true
    })
    // the registry once, against every article's ids
    try {
      validate({ actors: listed.actors, articles: [] }, { ...context('', true), registryChecked: false })
    } catch (err) {
      if (!(err instanceof SeedError)) throw err
      yield { kind: 'issues', issues: err.issues }
      return
    }
    const registry = compileRegistry(listed.actors, listed.registryHash)

    // pass 2: each article through every stage
    yield { kind: 'phase', name: 'articles' }
    for (const entry of listed.entries) {
      alive?.()
      collectIfGrown()
      if (issues.issues.length >= MAX_ISSUES) break
      const loaded = loadArticle(entry, issues, maxArticleBytes)
      if (loaded === null) continue
      let build
      try {
        build = buildArticle(loaded, registry, context(entry.id, entry.annotationPath === null), extract)
      } catch (err) {
        if (!(err instanceof SeedError)) throw err
        err.issues.forEach((i: SeedIssue) => issues.add(i.file, i.entity, i.message))
        continue
      }
      if (entry.annotationPath === null) {
        const { events, claims, questions } = build
        record(entry.id, { events, claims, questions, actors: [...build.article.localActors] }, true)
      }
      if (issues.issues.length > 0) continue // nothing will be kept: only look for more problems
      yield { kind: 'article', build }
    }
    yield { kind: 'issues', issues: issues.issues }
  } finally {
    scratch.close()
  }
}

/** An annotation's content, or undefined when it cannot be read (pass 2 says why). Read as a string: no buffer waits for the collector. */
function parsed (path: string): unknown {
  try {
    const source = readFileSync(path, 'utf8')
    return path.endsWith('.json') ? JSON.parse(source) : parse(source)
  } catch {
    return undefined
  }
}

/** From this many articles on, they are built in a worker thread (its start, about 0.2 s, is not worth it for fewer). */
export const WORKER_FROM_ARTICLES = 64

/** The worker's young generation, MiB. */
const YOUNG_MIB = 8

/** How many built articles the worker may be ahead of the writer: enough to keep both busy, few enough to bound memory. */
const AHEAD = 4

/**
 * How long the worker may go without a sign of life (it gives one for every file of the
 * first pass and every article of the second) before the build gives up on it: a thread
 * that has died (out of memory, say) cannot tell the one waiting on it. Far more than the
 * largest article takes (a 1 MB text is extracted in under a minute on a loaded machine).
 */
const SILENCE_MS = 300_000

/** Counters the two threads share: messages posted by the worker, messages received here, the worker's signs of life. */
export const POSTED = 0
export const RECEIVED = 1
export const ALIVE = 2

/**
 * `buildArticles` run in a worker thread, its results received here in order, blocking
 * (the build's write is one synchronous transaction). An error in the worker is thrown
 * here: a SeedError with its issues, or an Error with the worker's name, message, code
 * and stack.
 */
export function * buildArticlesInWorker (listed: ListedSeed, maxArticleBytes?: number): Generator<Built> {
  const { port1, port2 } = new MessageChannel()
  const counters = new Int32Array(new SharedArrayBuffer(12))
  const entry = new URL(import.meta.url.endsWith('.ts') ? './build-worker.ts' : './build-worker.js', import.meta.url).href
  // under tsx (npm run seed), the worker registers tsx itself: a worker does not inherit --import
  const boot = entry.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
    : `import(${JSON.stringify(entry)})`
  // a worker that cannot start says so, as one that fails later does
  const failed = `(err) => {
    const { workerData: w } = require('node:worker_threads')
    w.port.postMessage({ kind: 'error', name: 'Error', message: 'the worker building the articles did not start: ' + String((err && err.message) || err), stack: err && err.stack })
    Atomics.add(w.counters, ${POSTED}, 1)
    Atomics.notify(w.counters, ${POSTED})
  }`
  const worker = new Worker(`${boot}.catch(${failed})`, {
    eval: true,
    execArgv: [],
    // the folder as the build's thread listed it: the worker builds exactly those files
    workerData: { listed, maxArticleBytes, port: port2, counters, ahead: AHEAD },
    transferList: [port2],
    // its young generation smaller than V8's default for a process (48 MiB): an article's
    // garbage dies young either way, and two threads' defaults raised a 1M build's peak
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MIB }
  })
  let received = 0
  try {
    for (;;) {
      let alive = Atomics.load(counters, ALIVE)
      let heard = Date.now()
      const message = receiveBlocking(port1, counters, POSTED, received, () => {
        const now = Atomics.load(counters, ALIVE)
        if (now !== alive) { alive = now; heard = Date.now() } else if (Date.now() - heard > SILENCE_MS) {
          throw new Error(`the worker building the articles gave no sign of life for ${SILENCE_MS / 1000} s (it may have run out of memory): the build stops`)
        }
      }) as WorkerMessage | undefined
      if (message === undefined) continue
      Atomics.store(counters, RECEIVED, ++received)
      Atomics.notify(counters, RECEIVED)
      if (message.kind === 'end') return
      if (message.kind === 'seed-error') throw new SeedError(message.issues)
      if (message.kind === 'error') throw Object.assign(new Error(message.message), { name: message.name, stack: message.stack, ...(message.code === undefined ? {} : { code: message.code }) })
      yield message
    }
  } finally {
    port1.close()
    worker.terminate().catch(() => {})
  }
}

export type WorkerMessage = Built | { kind: 'end' } | { kind: 'seed-error', issues: SeedIssue[] } | { kind: 'error', name: string, message: string, code?: string | undefined, stack?: string | undefined }
