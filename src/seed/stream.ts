import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { relative } from 'node:path'
import type Database from 'better-sqlite3'
import type { Extract } from '../extract/types.js'
import { countRows, refreshActors } from './actor-rows.js'
import { compileRegistry, buildArticle } from './article.js'
import { IssueList, SeedError, type SeedIssue } from './errors.js'
import { listSeed, loadArticle } from './load.js'
import type { SeedContext } from './references.js'
import { RowWriter } from './rows.js'
import { validate } from './validate.js'
import { collectIfGrown } from './heap.js'
import { deferIndexes, type Progress } from './write.js'
import { versionOf } from './version.js'

// The build, one article at a time: peak memory depends on the largest article, not on
// the corpus. A first pass reads only the annotations' ids (into a temporary table), so
// that an article may refer to an item of any other, and a duplicate id is reported
// naming both files; the second pass builds and writes each article in turn; then the
// actors, which articles share, are made from the rows, as an ingest makes them.

/** Stops collecting after this many issues: the first ones say enough. */
const MAX_ISSUES = 200

export interface StreamOptions { maxArticleBytes?: number | undefined, extract?: Extract | undefined, progress?: Progress | undefined }

export function streamSeed (db: Database.Database, seedDir: string, { maxArticleBytes, extract, progress }: StreamOptions = {}): { version: string, counts: Record<string, number>, registryHash: string } {
  const listed = listSeed(seedDir)
  const issues = new IssueList()
  const ids = new Set(listed.entries.map((e) => e.id))

  // its primary key serves every lookup (by kind and id): a second index would double its size
  db.exec('CREATE TEMP TABLE seed_ids (kind TEXT NOT NULL, id TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (kind, id, article)) WITHOUT ROWID')
  const remember = db.prepare('INSERT OR IGNORE INTO temp.seed_ids (kind, id, article) VALUES (?, ?, ?)')
  const elsewhere = db.prepare('SELECT 1 FROM temp.seed_ids WHERE kind = ? AND id = ? AND article <> ? LIMIT 1').pluck()
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
  progress?.('ids')
  // pass 1: every annotation's ids (a bare text's are known once it is extracted, in pass 2)
  for (const e of listed.entries) {
    if (e.annotationPath === null) continue
    record(e.id, parsed(e.annotationPath), false)
  }
  for (const k of db.prepare('SELECT kind, id FROM temp.seed_ids GROUP BY kind, id HAVING count(*) > 1').raw().iterate() as Iterable<[string, string]>) duplicated.add(key(...k))

  const ownerOf = db.prepare('SELECT article FROM temp.seed_ids WHERE kind = ? AND id = ? AND article <> ? ORDER BY article LIMIT 1').pluck()
  const registryIds = new Set(Array.isArray(listed.actors.data) ? (listed.actors.data as Array<{ id?: unknown }>).map((a) => a.id) : [])
  const isActor = db.prepare("SELECT 1 FROM temp.seed_ids WHERE kind = 'actor' AND id = ? LIMIT 1").pluck()
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
    hasArticle: (id) => ids.has(id),
    registryChecked: true
  })
  // the registry once, against every article's ids
  validate({ actors: listed.actors, articles: [] }, { ...context('', true), registryChecked: false })
  const registry = compileRegistry(listed.actors, listed.registryHash)

  // pass 2: each article through every stage, and its rows
  progress?.('articles')
  const restoreIndexes = deferIndexes(db)
  const rows = new RowWriter(db)
  rows.bulk()
  const hashes: Array<{ id: string, hash: string }> = []
  let seq = 0
  for (const entry of listed.entries) {
    collectIfGrown()
    if (issues.issues.length >= MAX_ISSUES) break
    const loaded = loadArticle(entry, issues, maxArticleBytes)
    if (loaded === null) continue
    let built
    try {
      built = buildArticle(loaded, registry, context(entry.id, entry.annotationPath === null), extract)
    } catch (err) {
      if (!(err instanceof SeedError)) throw err
      err.issues.forEach((i: SeedIssue) => issues.add(i.file, i.entity, i.message))
      continue
    }
    if (entry.annotationPath === null) {
      const { events, claims, questions } = built
      record(entry.id, { events, claims, questions, actors: [...built.article.localActors] }, true)
    }
    if (issues.issues.length > 0) continue // nothing will be kept: only look for more problems
    built.article.seq = seq++
    rows.article(built.article, built.counts)
    for (const e of built.events) rows.event(e)
    for (const c of built.claims) { rows.claim(c); rows.relations(c) }
    for (const q of built.questions) rows.question(q)
    for (const [actor, mentions] of built.mentions) rows.mentions(actor, mentions)
    hashes.push({ id: built.article.id, hash: built.article.contentHash })
  }
  rows.flush()
  issues.throwIfAny()
  progress?.('indexes')
  restoreIndexes()

  // the actors: the registry's, and every one an article lists
  progress?.('actors')
  const actorIds = new Set([...registryIds].filter((id): id is string => typeof id === 'string'))
  for (const id of db.prepare('SELECT DISTINCT actor_id FROM article_actors').pluck().iterate() as Iterable<string>) actorIds.add(id)
  refreshActors(db, rows, actorIds, { registry: new Map(registry.actors.map((a) => [a.id, a])), registryFile: listed.actors.file, fileOf: fileOfArticle(listed.entries) }, issues)
  issues.throwIfAny()
  db.exec('DROP TABLE temp.seed_ids')
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

/** An annotation's content, or undefined when it cannot be read (pass 2 says why). Read as a string: no buffer waits for the collector. */
function parsed (path: string): unknown {
  try {
    const source = readFileSync(path, 'utf8')
    return path.endsWith('.json') ? JSON.parse(source) : parse(source)
  } catch {
    return undefined
  }
}
