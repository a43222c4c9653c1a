import { createHash } from 'node:crypto'
import { versionHash } from './version.js'
import { load } from './load.js'
import { validate, type ValidSeed } from './validate.js'
import { segment } from './segment.js'
import { TextIndex } from './text-index.js'
import { anchorSeed, spanAt, type Span } from './anchor.js'
import { mentionFinder } from './link.js'
import { writeDatabase } from './write.js'
import type { BuiltArticle, Dataset } from './model.js'
import { actorDetail, articleCounts, articleDetail, claimDoc, eventDoc, questionDoc } from './docs.js'

// The seed pipeline, stage by stage: load → validate → segment → anchor → link → write.

export interface SeedSummary { dbPath: string, version: string, counts: Record<string, number>, ms: number }

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

/** Link every actor to its mentions in every article. */
function linkSeed (dataset: Dataset, indexes: Map<string, TextIndex>): void {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]))
  const findMentions = mentionFinder(dataset.actors)
  for (const article of dataset.articles) {
    const index = indexes.get(article.id) as TextIndex
    for (const m of findMentions(article.text)) {
      byId.get(m.actorId)?.mentions.push({ ...spanAt(index, m.range), alias: m.alias })
    }
  }
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

/** load → validate → segment → anchor → link, in memory. */
export function buildDataset (seedDir: string): Dataset {
  const valid = validate(load(seedDir))
  const { articles, indexes } = segmentSeed(valid)
  const dataset: Dataset = { articles, ...anchorSeed(valid, indexes) }
  linkSeed(dataset, indexes)
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

export function runSeed ({ seedDir, dbPath }: { seedDir: string, dbPath: string }): SeedSummary {
  const started = performance.now()
  const dataset = buildDataset(seedDir)
  const summary = counts(dataset)
  const version = writeDatabase(dataset, { builtAt: new Date().toISOString(), counts: summary }, dbPath)
  return { dbPath, version, counts: summary, ms: Math.round(performance.now() - started) }
}
