import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { settleSeedFolder, unsettledChange } from '../ingest/files.js'
import { databaseVersion } from './version.js'
import { load, type LoadedSeed, type LoadOptions } from './load.js'
import { extractBare } from './extract.js'
import { validate, type ValidSeed } from './validate.js'
import type { SeedContext } from './references.js'
import { resolveActors, type ActorTable } from './actors.js'
import type { Extract } from '../extract/types.js'
import { segment } from './segment.js'
import { TextIndex } from './text-index.js'
import { anchorSeed, spanAt, type Span } from './anchor.js'
import { articleMentionFinder } from './link.js'
import { writeDatabase, type Progress } from './write.js'
import { streamSeed } from './stream.js'
import { withWriterLock } from '../db/writer-lock.js'
import type { BuiltActor, BuiltArticle, Dataset } from './model.js'

// The seed pipeline, stage by stage: load → extract (bare texts only) → validate → segment →
// anchor → link → write.

export interface SeedSummary { dbPath: string, version: string, counts: Record<string, number>, ms: number }
export interface BuildOptions extends LoadOptions {
  /** the extractor for bare texts; the project's own by default */
  extract?: Extract | undefined
  /** told as each phase of the write begins (the bench prints their times and memory) */
  progress?: Progress | undefined
  /** the build's articles are built in a worker thread from this many on (see build-articles.ts) */
  workerFrom?: number | undefined
}

/** Segment every article: its sections and sentences as spans, and the index the later stages search. */
export function segmentSeed (seed: ValidSeed): { articles: BuiltArticle[], indexes: Map<string, TextIndex> } {
  const indexes = new Map<string, TextIndex>()
  const articles = seed.articles.map(({ id, text, annotation, hash }, seq): BuiltArticle => {
    const { sections, sentences } = segment(text, annotation.article.language ?? 'en')
    const index = new TextIndex(id, text, sections)
    indexes.set(id, index)
    return {
      ...annotation.article,
      seq,
      text,
      textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      contentHash: hash,
      localActors: annotation.actors ?? [],
      sections: sections.map((s) => ({ heading: s.heading, headingSpan: s.headingRange && spanAt(index, s.headingRange), span: spanAt(index, s.range) })),
      sentences: sentences.map((s) => ({ sectionOrd: s.sectionOrd, span: spanAt(index, s.range) }))
    }
  })
  return { articles, indexes }
}

/** Link every actor to its mentions: the registry's aliases in every article, local ones in their own article only. */
function linkSeed (dataset: Dataset, indexes: Map<string, TextIndex>, table: Pick<ActorTable, 'shared' | 'local'>): void {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]))
  const findMentions = articleMentionFinder(table.shared)
  for (const article of dataset.articles) {
    const index = indexes.get(article.id) as TextIndex
    for (const m of findMentions(article.text, table.local.get(article.id))) {
      byId.get(m.actorId)?.mentions.push({ ...spanAt(index, m.range), alias: m.alias })
    }
  }
}

/** An extracted actor that no alias found in any article, and no item refers to, is dropped. */
function dropUnmentioned (dataset: Dataset): void {
  const referenced = new Set<string>()
  for (const e of dataset.events) e.participants.forEach((p) => referenced.add(p.actor))
  for (const c of dataset.claims) { if (c.speaker !== null) referenced.add(c.speaker); c.subjects.forEach((s) => referenced.add(s)) }
  for (const q of dataset.questions) q.actors.forEach((a) => referenced.add(a))
  for (const a of dataset.actors) a.roles.forEach((r) => { if (r.of !== null) referenced.add(r.of) })
  dataset.actors = dataset.actors.filter((a) => a.origin !== 'extracted' || a.mentions.length > 0 || referenced.has(a.id))
}

/**
 * Default order. Articles: by id. Events, claims, questions: by article, then order of
 * appearance in it (first evidence, then id), `seq` being the ordinal within the article,
 * so that adding or removing an article never moves the items of another. Actors: by
 * their first mention (article, then offset in it), then id; never mentioned: last.
 */
export function order (dataset: Dataset): void {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  dataset.articles.sort(byId)
  dataset.articles.forEach((a, i) => { a.seq = i })
  const firstStart = (spans: Span[]) => {
    // a loop, not Math.min(...spans): an actor of a large corpus has more mentions than a call takes arguments
    let min = Infinity
    for (const s of spans) if (s.startUtf16 < min) min = s.startUtf16
    return min
  }
  const perArticle = <T extends { id: string, article: string, seq: number, evidence: Span[] }>(items: T[]) => {
    const keyed = items.map((item) => ({ item, start: firstStart(item.evidence) }))
    keyed.sort((a, b) => (a.item.article < b.item.article ? -1 : a.item.article > b.item.article ? 1 : 0) || (a.start - b.start) || byId(a.item, b.item))
    let article: string | null = null
    let ordinal = 0
    keyed.forEach(({ item }, i) => {
      if (item.article !== article) { article = item.article; ordinal = 0 }
      item.seq = ordinal++
      items[i] = item
    })
  }
  perArticle(dataset.events)
  perArticle(dataset.claims)
  perArticle(dataset.questions)
  for (const a of dataset.actors) {
    let first: string | null = null
    for (const m of a.mentions) if (first === null || m.article < first) first = m.article
    a.firstArticle = first
    a.firstStart = first === null ? null : firstStart(a.mentions.filter((m) => m.article === first))
  }
  dataset.actors.sort(compareActors)
  dataset.actors.forEach((a, i) => { a.seq = i })
}

/** The actors' default order (the ingest's renumbering in SQL says the same). */
function compareActors (a: Pick<BuiltActor, 'id' | 'firstArticle' | 'firstStart'>, b: Pick<BuiltActor, 'id' | 'firstArticle' | 'firstStart'>): number {
  if (a.firstArticle !== b.firstArticle) {
    if (a.firstArticle === null) return 1
    if (b.firstArticle === null) return -1
    return a.firstArticle < b.firstArticle ? -1 : 1
  }
  const d = (a.firstStart ?? 0) - (b.firstStart ?? 0)
  return d !== 0 ? d : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** load → extract → validate → segment → anchor → link, in memory. */
export function buildDataset (seedDir: string, { extract, ...loadOptions }: BuildOptions = {}): Dataset {
  return buildLoaded(load(seedDir, loadOptions), extract)
}

/** The stages after load, over files already read (`npm run extract` checks a draft with them). */
export function buildLoaded (loaded: LoadedSeed, extract?: Extract, context?: SeedContext): Dataset {
  const valid = validate(extractBare(loaded, extract), context)
  const table = resolveActors(valid)
  const { articles, indexes } = segmentSeed(valid)
  const dataset: Dataset = { registryHash: valid.registryHash, articles, ...anchorSeed(valid, indexes, table) }
  linkSeed(dataset, indexes, table)
  dropUnmentioned(dataset)
  order(dataset)
  return dataset
}

/** Builds dbPath from seedDir, article by article, holding the database's writer lock throughout (WriterLockedError if another writer has it). */
export function runSeed ({ seedDir, dbPath, ...options }: { seedDir: string, dbPath: string } & BuildOptions): SeedSummary {
  return withWriterLock(dbPath, () => {
    const started = performance.now()
    // an ingest into this database killed part-way is settled first, so the build reads the folder the database was serving
    const articles = join(seedDir, 'articles')
    if (unsettledChange(articles) !== null && existsSync(dbPath)) settleSeedFolder(articles, dbPath, databaseVersion(dbPath))
    const { version, counts } = writeDatabase((db) => streamSeed(db, seedDir, options), { builtAt: new Date().toISOString(), seedDir: resolve(seedDir) }, dbPath, options.progress)
    return { dbPath, version, counts, ms: Math.round(performance.now() - started) }
  })
}
