import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { draftArticle, ExtractError, slugOf, writeDraft } from '../../src/seed/draft.js'
import { buildDataset } from '../../src/seed/pipeline.js'
import { claimDoc } from '../../src/seed/docs.js'
import type { DraftAnnotation } from '../../src/extract/types.js'
import { copySeed, MINI_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'
import { ROOT } from '../helpers/app.js'

// npm run extract (its command line: cli.slow.test.ts): the text copied byte for byte, a draft in the seed format beside it, the
// build serving each item with the origin the file gives. These tests hold for any
// extractor: they check the contract (shape, origin, anchoring), not what it finds.

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
const WIRE = join(TEXTS, 'wire.txt')

const items = (d: DraftAnnotation) => [...d.actors, ...d.events, ...d.claims, ...d.questions]

afterAll(removeTempDirs)

describe('slugOf', () => {
  it.each([['Kyiv Talks (draft).txt', 'kyiv-talks-draft'], ['/a/b/Zoé_Kärppä--Interview.TXT', 'zoe-karppa-interview'], ['---.txt', '']])('%s → %j', (file, slug) => {
    expect(slugOf(file)).toBe(slug)
  })
})

describe('npm run extract', () => {
  it('copies the text byte for byte and writes a draft the build serves as extracted', () => {
    const seed = copySeed(MINI_SEED)
    const drafted = draftArticle({ file: WIRE, seedDir: seed })
    writeDraft(drafted)
    expect(drafted.id).toBe('wire')
    expect(readFileSync(join(seed, 'articles', 'wire.txt')).equals(readFileSync(WIRE))).toBe(true)
    const written = parse(readFileSync(join(seed, 'articles', 'wire.yaml'), 'utf8')) as DraftAnnotation
    expect(written).toEqual(drafted.draft)
    expect(written.article.id).toBe('wire')
    expect(items(written).length).toBeGreaterThan(0)
    for (const item of items(written)) {
      expect(item.origin).toBe('extracted')
      expect(item.confidence).toBeGreaterThanOrEqual(0)
      expect(item.confidence).toBeLessThanOrEqual(1)
      expect(item.extraction).toEqual({ version: expect.any(String), rule: expect.any(String) })
    }
    const built = buildDataset(seed)
    const claims = built.claims.filter((c) => c.article === 'wire')
    expect(claims.map((c) => c.id).sort()).toEqual(written.claims.map((c) => c.id).sort())
    for (const c of claims) expect(claimDoc(c)).toMatchObject({ origin: 'extracted', confidence: expect.any(Number), extraction: expect.any(Object) })
    // the curated article stays curated
    for (const c of built.claims.filter((c) => c.article === 'mini')) expect(claimDoc(c)).toMatchObject({ origin: 'curated', confidence: null, extraction: null })
  })

  it('serves an item a reviewer marked curated as curated, with null confidence and extraction', () => {
    const seed = copySeed(MINI_SEED)
    writeDraft(draftArticle({ file: WIRE, seedDir: seed }))
    const path = join(seed, 'articles', 'wire.yaml')
    const draft = parse(readFileSync(path, 'utf8')) as DraftAnnotation
    const reviewed = draft.claims[0]!
    ;(reviewed as { origin: string }).origin = 'curated' // the reviewer flips origin only
    writeFileSync(path, JSON.stringify(draft))
    const doc = claimDoc(buildDataset(seed).claims.find((c) => c.id === reviewed.id)!)
    expect(doc).toMatchObject({ origin: 'curated', confidence: null, extraction: null })
  })

  it('accepts the same text again, refuses a different text under the same id, and a changed annotation without --force', () => {
    const seed = copySeed(MINI_SEED)
    writeDraft(draftArticle({ file: WIRE, seedDir: seed }))
    expect(() => writeDraft(draftArticle({ file: WIRE, seedDir: seed }))).not.toThrow()
    expect(() => writeDraft(draftArticle({ file: join(TEXTS, 'brief.txt'), id: 'wire', seedDir: seed })))
      .toThrow(/wire\.txt already holds a different text under the id "wire": choose another with --id/)
    const annotation = join(seed, 'articles', 'wire.yaml')
    writeFileSync(annotation, readFileSync(annotation, 'utf8') + '# reviewed\n')
    expect(() => writeDraft(draftArticle({ file: WIRE, seedDir: seed }))).toThrow(/wire\.yaml already annotates "wire" \(perhaps reviewed\): --force replaces it/)
    writeDraft(draftArticle({ file: WIRE, seedDir: seed }), { force: true })
    expect(readFileSync(annotation, 'utf8')).not.toContain('# reviewed')
  })

  it('refuses an id that is not a slug, and a file name that gives none', () => {
    const seed = copySeed(MINI_SEED)
    expect(() => draftArticle({ file: WIRE, id: 'Wire Copy', seedDir: seed })).toThrow('--id "Wire Copy" is not a slug')
    const odd = join(tempDir(), '---.txt')
    copyFileSync(WIRE, odd)
    expect(() => draftArticle({ file: odd, seedDir: seed })).toThrow(`${odd}: cannot make an id from the file name; give one with --id SLUG`)
  })

  it.each([
    ['not UTF-8', Buffer.from('Th\xe9 deal is good.', 'latin1'), 'not UTF-8'],
    ['empty', Buffer.alloc(0), 'empty file'],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), 'binary file'],
    ['with no sentence', Buffer.from('* * *\n'), 'no sentence'],
    ['not English', Buffer.from('Der Minister bestritt den Bericht. Die Gespräche sollen nächste Woche in Berlin fortgesetzt werden.'), 'not English (it reads as deu)']
  ])('refuses a text %s, naming the file', (_, bytes, problem) => {
    const file = join(tempDir(), 'bad.txt')
    writeFileSync(file, bytes)
    expect(() => draftArticle({ file, seedDir: copySeed(MINI_SEED) })).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${problem.replace(/[()]/g, '\\$&')}`))
  })

  it('refuses a text over the maximum size', () => {
    expect(() => draftArticle({ file: WIRE, seedDir: MINI_SEED, maxArticleBytes: 100 })).toThrow(ExtractError)
    expect(() => draftArticle({ file: WIRE, seedDir: MINI_SEED, maxArticleBytes: 100 })).toThrow(/over the maximum article size of 100 bytes/)
  })

  it('refuses a draft the build would refuse, naming the problem', () => {
    const broken = () => ({ article: { id: 'wire', title: null, publisher: null, url: null, publishedAt: null, language: 'en' }, actors: [], events: [], questions: [], claims: [{ id: 'c', text: 'x', kind: 'report' as const, speaker: null, sourceKind: 'author' as const, cue: null, certainty: 'certain' as const, polarity: 'positive' as const, subjects: [], events: [], evidence: ['not in the text'], origin: 'extracted' as const, confidence: 0.5, extraction: { version: 'v', rule: 'r' } }] })
    expect(() => draftArticle({ file: WIRE, seedDir: MINI_SEED, extract: broken })).toThrow(/the extractor's draft would not build:\n.*claim c: evidence\.0: quote "not in the text" is not in the article/)
  })
})
