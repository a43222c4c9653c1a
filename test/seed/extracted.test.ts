import { copyFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { buildDataset } from '../../src/seed/pipeline.js'
import { extract as projectExtract } from '../../src/extract/index.js'
import type { DraftAnnotation, Extract } from '../../src/extract/types.js'
import { draftArticle } from '../../src/seed/draft.js'
import type { Dataset } from '../../src/seed/model.js'
import { articleDoc, articleCounts } from '../../src/seed/docs.js'
import { copySeed, MINI_SEED, REAL_SEED, removeTempDirs } from '../helpers/seed.js'
import { ROOT } from '../helpers/app.js'

// Bare texts in seed/articles/ are extracted during the build. What is tested holds for any
// extractor: every bare article is served with extracted items, a reviewed file wins, ids
// are stable, and article-local aliases never reach another article.

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
const BARE = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).sort()

/** A copy of `from` with every fixture text dropped in, bare. */
function withBareTexts (from: string): string {
  const seed = copySeed(from)
  for (const f of BARE) copyFileSync(join(TEXTS, f), join(seed, 'articles', f))
  return seed
}

/** Every mention of every actor in `article`, as comparable rows. */
const mentionsIn = (d: Dataset, article: string) =>
  d.actors.flatMap((a) => a.mentions.filter((m) => m.article === article).map((m) => `${a.id} ${m.startUtf16}-${m.endUtf16} ${m.alias}`)).sort()

const ids = (d: Dataset, article: string) => ({
  events: d.events.filter((e) => e.article === article).map((e) => e.id),
  claims: d.claims.filter((c) => c.article === article).map((c) => c.id),
  questions: d.questions.filter((q) => q.article === article).map((q) => q.id),
  actors: d.actors.filter((a) => a.origin === 'extracted').map((a) => a.id)
})

afterAll(removeTempDirs)

describe('a seed with bare texts', () => {
  const seed = withBareTexts(MINI_SEED)
  const d = buildDataset(seed)
  const bareIds = BARE.map((f) => f.slice(0, -4))

  it('serves every bare article, each item marked extracted', () => {
    expect(d.articles.map((a) => a.id).sort()).toEqual([...bareIds, 'mini'].sort())
    for (const id of bareIds) {
      const items = [...d.events, ...d.claims, ...d.questions].filter((i) => i.article === id)
      expect(items.length, id).toBeGreaterThan(0)
      for (const i of items) expect(i).toMatchObject({ origin: 'extracted', confidence: expect.any(Number), extraction: expect.any(Object) })
      for (const s of items.flatMap((i) => i.evidence)) expect(d.articles.find((a) => a.id === id)!.text.slice(s.startUtf16, s.endUtf16)).toBe(s.quote)
    }
  })

  it('leaves the curated article as a build without the bare texts has it', () => {
    const alone = buildDataset(MINI_SEED)
    expect(mentionsIn(d, 'mini')).toEqual(mentionsIn(alone, 'mini'))
    expect(d.claims.filter((c) => c.article === 'mini')).toEqual(alone.claims.map((c) => ({ ...c, seq: expect.any(Number) })))
  })

  it('gives the same ids when the same texts are extracted again, from another folder', () => {
    const again = buildDataset(withBareTexts(MINI_SEED))
    for (const id of bareIds) expect(ids(again, id)).toEqual(ids(d, id))
  })

  it('gives the ids npm run extract writes', () => {
    for (const f of BARE) {
      const { draft } = draftArticle({ file: join(TEXTS, f), seedDir: MINI_SEED })
      expect(draft.claims.map((c) => c.id).sort()).toEqual(ids(d, draft.article.id).claims.sort())
    }
  })

  it('lets a reviewed annotation file win over extraction for its article', () => {
    const reviewed = withBareTexts(MINI_SEED)
    const annotation: DraftAnnotation = {
      article: { id: 'brief', title: 'ACME recalls kettles', publisher: null, url: null, publishedAt: null, language: 'en' },
      actors: [],
      events: [],
      claims: [{ id: 'acme-recalled-kettles', text: 'ACME recalled 40,000 kettles.', kind: 'report', speaker: null, sourceKind: 'author', cue: null, certainty: 'certain', polarity: 'positive', subjects: ['acme'], events: [], evidence: ['ACME recalled 40,000 kettles on Friday'] }] as unknown as DraftAnnotation['claims'],
      questions: []
    }
    writeFileSync(join(reviewed, 'articles', 'brief.yaml'), stringify(annotation))
    const built = buildDataset(reviewed)
    expect(built.claims.filter((c) => c.article === 'brief').map((c) => [c.id, c.origin ?? 'curated'])).toEqual([['acme-recalled-kettles', 'curated']])
    expect(built.articles.find((a) => a.id === 'brief')!.title).toBe('ACME recalls kettles')
  })
})

describe('the article metadata the extractor fills', () => {
  it('flows into the served article', () => {
    const withMetadata: Extract = (input) => {
      const draft = projectExtract(input)
      return { ...draft, article: { ...draft.article, title: 'Plants to close', publisher: 'Nordic Wire', publishedAt: '2026-03-04' } }
    }
    const seed = copySeed(MINI_SEED)
    copyFileSync(join(TEXTS, 'wire.txt'), join(seed, 'articles', 'wire.txt'))
    const d = buildDataset(seed, { extract: withMetadata })
    const wire = d.articles.find((a) => a.id === 'wire')!
    expect(articleDoc(wire, articleCounts(d).get('wire')!)).toMatchObject({ title: 'Plants to close', publisher: 'Nordic Wire', publishedAt: '2026-03-04', language: 'en' })
  })
})

describe('article-local actors', () => {
  // two articles that use the same words: an extracted alias in one must not link in the other
  function seedOf (local: DraftAnnotation['actors'], claims: DraftAnnotation['claims'] = []): string {
    const seed = copySeed(MINI_SEED)
    writeFileSync(join(seed, 'articles', 'march.txt'), 'Workers marched in the rain. The union said the deal is good.\n')
    const extracted: DraftAnnotation = {
      article: { id: 'march', title: null, publisher: null, url: null, publishedAt: null, language: 'en' },
      actors: local,
      events: [],
      claims,
      questions: []
    }
    writeFileSync(join(seed, 'articles', 'march.yaml'), stringify(extracted))
    // a curated article with the same words
    writeFileSync(join(seed, 'articles', 'other.txt'), 'The union met. Workers said the deal is good, according to Ana.\n')
    writeFileSync(join(seed, 'articles', 'other.yaml'), stringify({
      article: { id: 'other', title: null, publisher: null, url: null, publishedAt: null, language: 'en' },
      events: [],
      claims: [{ id: 'other-deal-good', text: 'The deal is good.', kind: 'assessment', speaker: 'ana', sourceKind: 'named', cue: 'according to', certainty: 'certain', polarity: 'positive', subjects: [], events: [], evidence: ['Workers said the deal is good'] }],
      questions: []
    }))
    return seed
  }
  const provenance = { origin: 'extracted' as const, confidence: 0.6, extraction: { version: 'test', rule: 'name' } }
  const workers = { id: 'march-workers', name: 'Workers', kind: 'group' as const, aliases: ['Workers'], description: null, ...provenance }
  const union = { id: 'ana', name: 'Ana', kind: 'person' as const, aliases: ['The union'], description: null, ...provenance }

  it('link mentions in their own article only', () => {
    const d = buildDataset(seedOf([workers, union]))
    const actor = d.actors.find((a) => a.id === 'march-workers')!
    expect(actor.mentions.map((m) => [m.article, m.quote])).toEqual([['march', 'Workers']])
    expect(actor).toMatchObject({ origin: 'extracted', confidence: 0.6, extraction: { version: 'test', rule: 'name' } })
    const ana = d.actors.find((a) => a.id === 'ana')!
    expect(ana.origin).toBe('curated') // a registry actor stays curated
    expect(ana.mentions.filter((m) => m.alias === 'The union').map((m) => m.article)).toEqual(['march'])
    expect(mentionsIn(d, 'other')).toEqual(mentionsIn(buildDataset(seedOf([])), 'other'))
  })

  it('add not a single mention to any other article of the real seed', () => {
    const seed = withBareTexts(REAL_SEED)
    const before = buildDataset(REAL_SEED)
    const after = buildDataset(seed)
    for (const a of before.articles) expect(mentionsIn(after, a.id)).toEqual(mentionsIn(before, a.id))
  })

  it('are dropped when extracted, never found and never referred to', () => {
    const ghost = { ...workers, id: 'ghost', name: 'Ghost', aliases: ['Nobody Here'] }
    const cited = { ...workers, id: 'cited', name: 'Cited', aliases: ['Not In Text'] }
    const claim = { id: 'march-rain', text: 'Workers marched.', kind: 'report' as const, speaker: null, sourceKind: 'author' as const, cue: null, certainty: 'certain' as const, polarity: 'positive' as const, subjects: ['cited'], events: [], evidence: ['Workers marched'], ...provenance }
    const d = buildDataset(seedOf([workers, ghost, cited], [claim]))
    expect(d.actors.map((a) => a.id)).not.toContain('ghost')
    expect(d.actors.map((a) => a.id)).toContain('cited')
    expect(d.actors.map((a) => a.id)).toContain('march-workers')
  })
})
