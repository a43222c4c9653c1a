import { relative } from 'node:path'
import type Database from 'better-sqlite3'
import type { Extract } from '../extract/types.js'
import { countRows, refreshActors } from './actor-rows.js'
import { buildArticles, buildArticlesInWorker, WORKER_FROM_ARTICLES, type Built } from './build-articles.js'
import { IssueList } from './errors.js'
import { collectIfGrown } from './heap.js'
import { listSeed } from './load.js'
import { RowWriter } from './rows.js'
import type { SeedActor } from '../schemas/seed.js'
import { deferIndexes, type Progress } from './write.js'
import { versionOf } from './version.js'

// The build, one article at a time: peak memory depends on the largest article, not on
// the corpus. The articles are built in order (build-articles.ts: in a worker thread for
// a large corpus) and their rows written here as each arrives; then the actors, which
// articles share, are made from the rows, as an ingest makes them.

export interface StreamOptions {
  maxArticleBytes?: number | undefined
  /** the extractor for bare texts (a function: only the project's own can run in a worker thread) */
  extract?: Extract | undefined
  progress?: Progress | undefined
  /** build the articles in a worker thread from this many on (default WORKER_FROM_ARTICLES) */
  workerFrom?: number | undefined
}

export function streamSeed (db: Database.Database, seedDir: string, { maxArticleBytes, extract, progress, workerFrom = WORKER_FROM_ARTICLES }: StreamOptions = {}): { version: string, counts: Record<string, number>, registryHash: string } {
  const listed = listSeed(seedDir)
  const issues = new IssueList()
  progress?.('ids')
  const inWorker = extract === undefined && listed.entries.length >= workerFrom
  const builds: Iterable<Built> = inWorker ? buildArticlesInWorker(listed, maxArticleBytes) : buildArticles(listed, { maxArticleBytes, extract })

  const restoreIndexes = deferIndexes(db)
  const rows = new RowWriter(db)
  rows.bulk()
  const hashes: Array<{ id: string, hash: string }> = []
  let seq = 0
  for (const built of builds) {
    if (built.kind === 'phase') { progress?.(built.name); continue }
    if (built.kind === 'issues') { built.issues.forEach((i) => issues.add(i.file, i.entity, i.message)); continue }
    collectIfGrown()
    const { article, counts, events, claims, questions, mentions } = built.build
    article.seq = seq++
    rows.article(article, counts)
    for (const e of events) rows.event(e)
    for (const c of claims) { rows.claim(c); rows.relations(c) }
    for (const q of questions) rows.question(q)
    for (const [actor, list] of mentions) rows.mentions(actor, list)
    hashes.push({ id: article.id, hash: article.contentHash })
  }
  rows.flush()
  issues.throwIfAny()
  progress?.('indexes')
  restoreIndexes()

  // the actors: the registry's, and every one an article lists
  progress?.('actors')
  const registry = listed.actors.data as SeedActor[]
  const actorIds = new Set(registry.map((a) => a.id))
  for (const id of db.prepare('SELECT DISTINCT actor_id FROM article_actors').pluck().iterate() as Iterable<string>) actorIds.add(id)
  refreshActors(db, rows, actorIds, { registry: new Map(registry.map((a) => [a.id, a])), registryFile: listed.actors.file, fileOf: fileOfArticle(listed.entries) }, issues)
  issues.throwIfAny()
  return { version: versionOf(listed.registryHash, hashes), counts: countRows(db), registryHash: listed.registryHash }
}

/** The file an article's actors come from, as messages name it. */
function fileOfArticle (entries: ReadonlyArray<{ id: string, annotationPath: string | null, textPath: string }>): (id: string) => string {
  const byId = new Map(entries.map((e) => [e.id, e]))
  return (id) => {
    const e = byId.get(id)
    if (e === undefined) return id
    return e.annotationPath === null ? `${display(e.textPath)} (extracted)` : display(e.annotationPath)
  }
}

const display = (path: string) => relative(process.cwd(), path) || path
