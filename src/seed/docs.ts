import type { Dataset, BuiltActor, BuiltArticle } from './model.js'
import type { Actor, ActorDetail, Article, ArticleDetail, Claim, Event, Question } from '../schemas/entities.js'
import { provenanceOf } from './actors.js'

// The entities as the API serves them, computed once at seed time from the built dataset
// (and typed by the API's own schemas, so the two cannot drift apart).

export type ArticleCounts = Article['counts']

/** Per-article counts in one pass over the dataset. */
export function articleCounts (d: Dataset): Map<string, ArticleCounts> {
  const counts = new Map<string, ArticleCounts>(d.articles.map((a) => [a.id, { sentences: a.sentences.length, actors: 0, events: 0, claims: 0, questions: 0 }]))
  const bump = (article: string, key: keyof ArticleCounts) => { const c = counts.get(article); if (c) c[key]++ }
  d.events.forEach((e) => bump(e.article, 'events'))
  d.claims.forEach((c) => bump(c.article, 'claims'))
  d.questions.forEach((q) => bump(q.article, 'questions'))
  d.actors.forEach((a) => new Set(a.mentions.map((m) => m.article)).forEach((id) => bump(id, 'actors')))
  return counts
}

export function articleDoc (a: BuiltArticle, counts: ArticleCounts): Article {
  return {
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    url: a.url,
    publishedAt: a.publishedAt,
    language: a.language,
    textSha256: a.textSha256,
    length: { codePoints: [...a.text].length, utf16: a.text.length },
    counts
  }
}

export function articleDetail (a: BuiltArticle, counts: ArticleCounts): ArticleDetail {
  return {
    ...articleDoc(a, counts),
    text: a.text,
    sections: a.sections.map((s, index) => ({ index, heading: s.heading, headingSpan: s.headingSpan, span: s.span })),
    sentences: a.sentences.map((s, index) => ({ index, section: s.sectionOrd, span: s.span }))
  }
}

/** How many mentions an actor has, and in how many articles: from its mentions, or counted by the database. */
export interface MentionCounts { mentions: number, articles: number }

export function actorDoc (a: BuiltActor, counts: MentionCounts = { mentions: a.mentions.length, articles: new Set(a.mentions.map((m) => m.article)).size }): Actor {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    description: a.description,
    roles: a.roles.map((r) => ({ relation: r.relation, title: r.title, of: r.of, note: r.note ?? null, evidence: r.evidence })),
    externalIds: a.externalIds ?? {},
    addedFacts: a.addedFacts ?? [],
    // a count, not the list: a much-mentioned actor in a large corpus would carry
    // thousands of ids into every list and include (the detail has the list)
    articleCount: counts.articles,
    mentionCount: counts.mentions,
    origin: a.origin,
    confidence: a.confidence,
    extraction: a.extraction
  }
}

export function actorDetail (a: BuiltActor): ActorDetail {
  return { ...actorDoc(a), articles: [...new Set(a.mentions.map((m) => m.article))], mentions: a.mentions }
}

export function eventDoc (e: Dataset['events'][number]): Event {
  return {
    id: e.id,
    article: e.article,
    title: e.title,
    kind: e.kind,
    cameo: e.cameo ?? null,
    status: e.status,
    when: { text: e.when?.text ?? null, start: e.when?.start ?? null, end: e.when?.end ?? null },
    location: e.location ?? null,
    participants: e.participants,
    evidence: e.evidence,
    ...provenanceOf(e)
  }
}

export function claimDoc (c: Dataset['claims'][number]): Claim {
  return {
    id: c.id,
    article: c.article,
    text: c.text,
    kind: c.kind,
    speaker: c.speaker,
    sourceKind: c.sourceKind,
    cue: c.cue,
    certainty: c.certainty,
    polarity: c.polarity,
    subjects: c.subjects,
    events: c.events,
    evidence: c.evidence,
    related: c.related ?? [],
    ...provenanceOf(c)
  }
}

export function questionDoc (q: Dataset['questions'][number]): Question {
  return {
    id: q.id,
    article: q.article,
    text: q.text,
    kind: q.kind,
    status: q.status,
    resolutionCriteria: q.resolutionCriteria,
    actors: q.actors,
    events: q.events,
    claims: q.claims,
    evidence: q.evidence,
    resolution: q.resolution,
    ...provenanceOf(q)
  }
}
