import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SeedError } from '../../src/seed/errors.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { writeDatabase } from '../../src/seed/write.js'
import { copySeed, dbState, openDb, REAL_SEED, removeTempDirs, seedFileName, tempDir } from '../helpers/seed.js'

afterAll(removeTempDirs)

// The streaming build across articles: what one article may say about another's items,
// and what two articles may not both say.

const annotation = (id: string, events: string, claims: string) => [
  `article: { id: ${id}, title: null, publisher: null, url: null, publishedAt: null, language: en }`,
  `events: ${events}`, `claims: ${claims}`, 'questions: []', ''].join('\n')

function twoArticles (first: { events: string, claims: string }, second: { events: string, claims: string }): string {
  const seedDir = copySeed(REAL_SEED)
  writeFileSync(join(seedDir, 'articles', 'a-talks.txt'), 'The talks began on Monday.\n')
  writeFileSync(join(seedDir, 'articles', 'a-talks.yaml'), annotation('a-talks', first.events, first.claims))
  writeFileSync(join(seedDir, 'articles', 'b-talks.txt'), 'The talks went on for days.\n')
  writeFileSync(join(seedDir, 'articles', 'b-talks.yaml'), annotation('b-talks', second.events, second.claims))
  return seedDir
}

describe('the streaming build', () => {
  it('lets an article refer to an event of a later article', () => {
    const seedDir = twoArticles(
      { events: '[]', claims: '[{ id: talks-began-claim, text: The talks began., kind: report, speaker: null, sourceKind: author, cue: null, certainty: certain, polarity: positive, subjects: [], events: [talks-went-on], evidence: ["The talks began on Monday."] }]' },
      { events: '[{ id: talks-went-on, title: Talks went on, kind: negotiation, status: occurred, participants: [], evidence: ["The talks went on for days."] }]', claims: '[]' })
    const dbPath = join(tempDir('stream'), 'claims.db')
    runSeed({ seedDir, dbPath })
    const db = openDb(dbPath)
    expect(db.prepare("SELECT event_id FROM claim_events WHERE claim_id = 'talks-began-claim'").pluck().get()).toBe('talks-went-on')
    db.close()
  })

  it('names the file and the entity of an id two articles use, and leaves the previous database as it was', () => {
    const item = (id: string, quote: string) => `[{ id: ${id}, text: Talks., kind: report, speaker: null, sourceKind: author, cue: null, certainty: certain, polarity: positive, subjects: [], events: [], evidence: ["${quote}"] }]`
    const dbPath = join(tempDir('stream'), 'claims.db')
    runSeed({ seedDir: REAL_SEED, dbPath })
    const before = dbState(dbPath)
    const seedDir = twoArticles({ events: '[]', claims: item('talks', 'The talks began on Monday.') }, { events: '[]', claims: item('talks', 'The talks went on for days.') })
    let error: unknown
    try { runSeed({ seedDir, dbPath }) } catch (err) { error = err }
    expect(error).toBeInstanceOf(SeedError)
    expect((error as SeedError).issues).toEqual([{ file: seedFileName(seedDir, 'articles/b-talks.yaml'), entity: 'claim talks', message: 'duplicate id: article a-talks has a claim with this id' }])
    expect(dbState(dbPath)).toEqual(before)
  })

  // a bare text's ids are known only once it is extracted, during the articles' pass
  it.each([
    ['a bare text before an annotated article', 'a-talks.txt', 'b-talks', 'articles/b-talks.yaml', 'a-talks'],
    ['an annotated article before a bare text', 'the-talks.txt', 'a-talks', 'articles/the-talks.txt (extracted)', 'a-talks']
  ])('names an id that an extracted claim shares with a reviewed one: %s', (_, bare, annotated, file, owner) => {
    const seedDir = copySeed(REAL_SEED)
    const text = 'The minister said the talks would resume on Monday.\n'
    writeFileSync(join(seedDir, 'articles', bare), text)
    writeFileSync(join(seedDir, 'articles', `${annotated}.txt`), text.replace('Monday', 'Tuesday'))
    // the id the extractor gives the bare text's claim (derived from its words)
    writeFileSync(join(seedDir, 'articles', `${annotated}.yaml`), annotation(annotated, '[]',
      '[{ id: talks-minister-said-talks-would-resume-monday, text: Talks., kind: report, speaker: null, sourceKind: author, cue: null, certainty: certain, polarity: positive, subjects: [], events: [], evidence: ["The minister said the talks would resume on Tuesday."] }]'))
    let error: unknown
    try { runSeed({ seedDir, dbPath: join(tempDir('stream'), 'claims.db') }) } catch (err) { error = err }
    expect(error).toBeInstanceOf(SeedError)
    expect((error as SeedError).issues).toContainEqual({ file: seedFileName(seedDir, file), entity: 'claim talks-minister-said-talks-would-resume-monday', message: `duplicate id: article ${owner} has a claim with this id` })
  })

  it('still refuses a row that breaks a CHECK constraint (checked once, after the load) and leaves the previous database as it was', () => {
    const dbPath = join(tempDir('stream'), 'claims.db')
    runSeed({ seedDir: REAL_SEED, dbPath })
    const before = dbState(dbPath)
    const fill = (db: Parameters<Parameters<typeof writeDatabase>[0]>[0]) => {
      // an article whose doc is not JSON: its insert passes during the load, the check after it does not
      db.prepare(`INSERT INTO articles (id, seq, text, text_sha256, length_code_points, length_utf16, doc, detail, content_hash)
        VALUES ('bad', 0, 'Text.', ?, 5, 5, '{not json', '{}', 'x')`).run('0'.repeat(64))
      return { version: 'v', counts: {}, registryHash: 'r' }
    }
    expect(() => writeDatabase(fill, { builtAt: new Date().toISOString(), seedDir: REAL_SEED }, dbPath)).toThrow(/quick_check: CHECK constraint failed in articles/)
    expect(dbState(dbPath)).toEqual(before)
  })
})
