import type { Extract } from '../extract/types.js'
import type { SeedActor } from '../schemas/seed.js'
import { anchorItems, spanAt, type Span } from './anchor.js'
import type { ArticleCounts } from './docs.js'
import { IssueList } from './errors.js'
import { extractBare } from './extract.js'
import { articleMentionFinder, type AliasSource } from './link.js'
import type { LoadedArticle, LoadedFile } from './load.js'
import type { BuiltArticle, BuiltClaim, BuiltEvent, BuiltQuestion } from './model.js'
import { order, segmentSeed } from './pipeline.js'
import type { SeedContext } from './references.js'
import { validate } from './validate.js'

// One article through every stage that depends on it alone: extract (a bare text),
// validate (against the registry and the ids of the rest of the corpus, which `context`
// looks up), segment, anchor, link. The streaming build runs it once per article, an
// ingest once: memory depends on the article, not on the corpus. What is shared by
// articles (the actors) is made afterwards from the rows (src/ingest/actors.ts).

export interface Registry {
  file: LoadedFile
  actors: SeedActor[]
  hash: string
  /** the registry's aliases compiled once, for every article */
  findMentions: ReturnType<typeof articleMentionFinder>
  excludes: ReadonlyMap<string, readonly string[]>
}

export function compileRegistry (file: LoadedFile, hash: string): Registry {
  const actors = file.data as SeedActor[]
  return {
    file,
    actors,
    hash,
    findMentions: articleMentionFinder(actors.map((a) => ({ id: a.id, aliases: a.aliases, excludes: a.excludes }))),
    excludes: new Map(actors.map((a) => [a.id, a.excludes ?? []]))
  }
}

export interface ArticleBuild {
  article: BuiltArticle
  counts: ArticleCounts
  events: BuiltEvent[]
  claims: BuiltClaim[]
  questions: BuiltQuestion[]
  /** every mention in the article, by actor */
  mentions: Map<string, Array<Span & { alias: string }>>
}

/** Builds one article; throws a SeedError naming file and entity for anything wrong with it. */
export function buildArticle (loaded: LoadedArticle, registry: Registry, context: SeedContext, extract?: Extract): ArticleBuild {
  const seed = extractBare({ actors: registry.file, articles: [loaded], registryHash: registry.hash }, extract)
  const valid = validate(seed, context)
  const { articles: [article], indexes } = segmentSeed(valid)
  const index = indexes.get(loaded.id)!
  const issues = new IssueList()
  const items = anchorItems(valid, indexes, issues)
  issues.throwIfAny()
  const own: AliasSource[] = (valid.articles[0]!.annotation.actors ?? [])
    .map((a) => ({ id: a.id, aliases: a.aliases, excludes: [...(registry.excludes.get(a.id) ?? []), ...(a.excludes ?? [])] }))
  const mentions = new Map<string, Array<Span & { alias: string }>>()
  for (const m of registry.findMentions(article!.text, own)) {
    const list = mentions.get(m.actorId) ?? []
    list.push({ ...spanAt(index, m.range), alias: m.alias })
    mentions.set(m.actorId, list)
  }
  order({ articles: [article!], actors: [], ...items })
  return {
    article: article!,
    counts: { sentences: article!.sentences.length, actors: mentions.size, events: items.events.length, claims: items.claims.length, questions: items.questions.length },
    ...items,
    mentions
  }
}
