import { readFileSync } from 'node:fs'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { parse } from 'yaml'
import type { Extract } from '../extract/types.js'
import { compileRegistry, buildArticle, type ArticleBuild } from './article.js'
import { IssueList, SeedError, type SeedIssue } from './errors.js'
import { collectIfGrown } from './heap.js'
import { listSeed, loadArticle } from './load.js'
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

export interface BuildArticlesOptions { maxArticleBytes?: number | undefined, extract?: Extract | undefined }

/** Stops collecting after this many issues: the first ones say enough. */
const MAX_ISSUES = 200

/** The articles of seedDir built one at a time, in this thread. Once an issue is found, articles are still checked but no longer yielded. */
export function * buildArticles (seedDir: string, { maxArticleBytes, extract }: BuildArticlesOptions = {}): Generator<Built> {
  const listed = listSeed(seedDir)
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
        collectIfGrown()
        if (e.annotationPath !== null) record(e.id, parsed(e.annotationPath), false)
      }
    })()
    for (const k of scratch.prepare('SELECT kind, id FROM seed_ids GROUP BY kind, id HAVING count(*) > 1').raw().iterate() as Iterable<[string, string]>) duplicated.add(key(...k))

    const ownerOf = scratch.prepare('SELECT article FROM seed_ids WHERE kind = ? AND id = ? AND article <> ? ORDER BY article LIMIT 1').pluck()
    const registryIds = new Set(Array.isArray(listed.actors.data) ? (listed.actors.data as Array<{ id?: unknown }>).map((a) => a.id) : [])
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
      hasActor: (id) => registryIds.has(id) || isActor.get(id) !== undefined,
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

/** How many built articles the worker may be ahead of the writer: enough to keep both busy, few enough to bound memory. */
const AHEAD = 8

/**
 * `buildArticles` run in a worker thread, its results received here in order, blocking
 * (the build's write is one synchronous transaction). An error in the worker is thrown
 * here: a SeedError with its issues, or an Error with its message and stack.
 */
export function * buildArticlesInWorker (seedDir: string, maxArticleBytes?: number): Generator<Built> {
  const { port1, port2 } = new MessageChannel()
  // [0]: messages the worker has posted; [1]: messages received here
  const counters = new Int32Array(new SharedArrayBuffer(8))
  const entry = new URL(import.meta.url.endsWith('.ts') ? './build-worker.ts' : './build-worker.js', import.meta.url).href
  // under tsx (npm run seed), the worker registers tsx itself: a worker does not inherit --import
  const boot = entry.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
    : `import(${JSON.stringify(entry)})`
  const worker = new Worker(`${boot}.catch((err) => { console.error(err); process.exit(70) })`, {
    eval: true,
    execArgv: [],
    workerData: { seedDir, maxArticleBytes, port: port2, counters, ahead: AHEAD },
    transferList: [port2]
  })
  let received = 0
  try {
    for (;;) {
      while (Atomics.load(counters, 0) <= received) Atomics.wait(counters, 0, received, 200)
      const message = receiveMessageOnPort(port1)?.message as WorkerMessage | undefined
      if (message === undefined) continue
      Atomics.store(counters, 1, ++received)
      Atomics.notify(counters, 1)
      if (message.kind === 'end') return
      if (message.kind === 'seed-error') throw new SeedError(message.issues)
      if (message.kind === 'error') throw Object.assign(new Error(message.message), { stack: message.stack })
      yield message
    }
  } finally {
    port1.close()
    worker.terminate().catch(() => {})
  }
}

export type WorkerMessage = Built | { kind: 'end' } | { kind: 'seed-error', issues: SeedIssue[] } | { kind: 'error', message: string, stack?: string | undefined }
