import { createHash } from 'node:crypto'
import { versionHash } from './version.js'
import { load, type LoadedSeed, type LoadOptions } from './load.js'
import { extractBare } from './extract.js'
import { validate, type ValidSeed } from './validate.js'
import { resolveActors, type ActorTable } from './actors.js'
import type { Extract } from '../extract/types.js'
import { segment } from './segment.js'
import { TextIndex } from './text-index.js'
import { anchorSeed, spanAt, type Span } from './anchor.js'
import { articleMentionFinder } from './link.js'
import { writeDatabase } from './write.js'
import { withWriterLock } from '../db/writer-lock.js'
import type { BuiltArticle, Dataset } from './model.js'
import { actorDetail, articleCounts, articleDetail, claimDoc, eventDoc, questionDoc } from './docs.js'

// The seed pipeline, stage by stage: load → extract (bare texts only) → validate → segment →
// anchor → link → write.

export interface SeedSummary { dbPath: string, version: string, counts: Record<string, number>, ms: number }
export interface BuildOptions extends LoadOptions {
  /** the extractor for bare texts; the project's own by default */
  extract?: Extract | undefined
}

/** Segment every article: its sections and sentences as spans, and the index the later stages search. */
function segmentSeed (seed: ValidSeed): { articles: BuiltArticle[], indexes: Map<string, TextIndex> } {
  const indexes = new Map<string, TextIndex>()
  const articles = seed.articles.map(({ id, text, annotation }, seq): BuiltArticle => {
    const { sections, sentences } = segment(text, annotation.article.language ?? 'en')
    const index = new TextIndex(id, text, sections)
    indexes.set(id, index)
    return {
      ...annotation.article,
      seq,
      text,
      textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
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

/** Default order: order of appearance (article, then first evidence), then id. */
function order (dataset: Dataset): void {
  const articleSeq = new Map(dataset.articles.map((a) => [a.id, a.seq]))
  const key = (spans: Span[]) => {
    const first = spans[0]
    if (first === undefined) return [Number.MAX_SAFE_INTEGER, 0]
    // a loop, not Math.min(...spans): an actor of a large corpus has more mentions than a call takes arguments
    let min = Infinity
    for (const s of spans) if (s.startUtf16 < min) min = s.startUtf16
    return [articleSeq.get(first.article) ?? 0, min]
  }
  const sortBy = <T extends { id: string, seq: number }>(items: T[], spans: (t: T) => Span[]) => {
    const keyed = items.map((item) => ({ item, k: key(spans(item)) }))
    keyed.sort((a, b) => (a.k[0]! - b.k[0]!) || (a.k[1]! - b.k[1]!) || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    keyed.forEach(({ item }, i) => { item.seq = i })
    keyed.forEach(({ item }, i) => { items[i] = item })
  }
  sortBy(dataset.events, (e) => e.evidence)
  sortBy(dataset.claims, (c) => c.evidence)
  sortBy(dataset.questions, (q) => q.evidence)
  sortBy(dataset.actors, (a) => a.mentions)
}

/** load → extract → validate → segment → anchor → link, in memory. */
export function buildDataset (seedDir: string, { extract, ...loadOptions }: BuildOptions = {}): Dataset {
  return buildLoaded(load(seedDir, loadOptions), extract)
}

/** The stages after load, over files already read (`npm run extract` checks a draft with them). */
export function buildLoaded (loaded: LoadedSeed, extract?: Extract): Dataset {
  const valid = validate(extractBare(loaded, extract))
  const table = resolveActors(valid)
  const { articles, indexes } = segmentSeed(valid)
  const dataset: Dataset = { articles, ...anchorSeed(valid, indexes, table) }
  linkSeed(dataset, indexes, table)
  dropUnmentioned(dataset)
  order(dataset)
  return dataset
}

/** The version of a dataset without writing it: the same hash the write stage computes. */
export function datasetVersion (d: Dataset): string {
  const hash = versionHash()
  const add = (doc: unknown) => hash.add(JSON.stringify(doc))
  const perArticle = articleCounts(d)
  d.articles.forEach((a) => add(articleDetail(a, perArticle.get(a.id)!)))
  d.actors.forEach((a) => add(actorDetail(a)))
  d.events.forEach((e) => add(eventDoc(e)))
  d.claims.forEach((c) => add(claimDoc(c)))
  d.questions.forEach((q) => add(questionDoc(q)))
  return hash.digest()
}

function counts (d: Dataset): Record<string, number> {
  return {
    articles: d.articles.length,
    actors: d.actors.length,
    mentions: d.actors.reduce((n, a) => n + a.mentions.length, 0),
    events: d.events.length,
    claims: d.claims.length,
    questions: d.questions.length,
    sentences: d.articles.reduce((n, a) => n + a.sentences.length, 0)
  }
}

/** Builds dbPath from seedDir, holding the database's writer lock throughout (WriterLockedError if another writer has it). */
export function runSeed ({ seedDir, dbPath, ...options }: { seedDir: string, dbPath: string } & BuildOptions): SeedSummary {
  return withWriterLock(dbPath, () => {
    const started = performance.now()
    const dataset = buildDataset(seedDir, options)
    const summary = counts(dataset)
    const version = writeDatabase(dataset, { builtAt: new Date().toISOString(), counts: summary }, dbPath)
    return { dbPath, version, counts: summary, ms: Math.round(performance.now() - started) }
  })
}
