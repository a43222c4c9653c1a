import { copyFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deleteArticle, ingestFile } from '../../src/ingest/ingest.js'
import { lockWriter } from '../../src/db/writer-lock.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { databaseVersion, seedVersion } from '../../src/seed/version.js'
import { ensureBuilt } from '../../src/seed/startup.js'
import { copySeed, openDb, REAL_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'
import { ROOT } from '../../dev/process.js'

afterAll(removeTempDirs)

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')

/** Every row a client can be served, table by table, in a stable order. */
function served (dbPath: string): Record<string, unknown[]> {
  const db = openDb(dbPath)
  const out = {
    meta: db.prepare("SELECT key, value FROM meta WHERE key IN ('version', 'counts') ORDER BY key").all(),
    articles: db.prepare('SELECT id, seq, doc, detail, content_hash FROM articles ORDER BY id').all(),
    actors: db.prepare('SELECT id, seq, doc, detail, mention_count, first_article, first_start FROM actors ORDER BY id').all(),
    events: db.prepare('SELECT id, article_id, seq, doc FROM events ORDER BY id').all(),
    claims: db.prepare('SELECT id, article_id, seq, doc FROM claims ORDER BY id').all(),
    questions: db.prepare('SELECT id, article_id, seq, doc FROM questions ORDER BY id').all(),
    search: db.prepare('SELECT type, item_id, article_id, title, body FROM search_index ORDER BY type, item_id, body').all(),
    mentions: db.prepare('SELECT m.actor_id, m.article_id, m.alias, s.start, s."end" FROM mentions m JOIN spans s ON s.id = m.span_id ORDER BY m.article_id, s.start').all()
  }
  db.close()
  return out
}

function fresh (): { seedDir: string, dbPath: string, version: string } {
  const seedDir = copySeed(REAL_SEED)
  const dbPath = join(tempDir('ingest-db'), 'claims.db')
  const { version } = runSeed({ seedDir, dbPath })
  return { seedDir, dbPath, version }
}

describe('ingest', () => {
  it('adds bare texts one at a time, deletes one, and a full build of the seed folder gives the same version and rows', () => {
    const { seedDir, dbPath, version } = fresh()
    expect(seedVersion(seedDir)).toBe(version)
    const versions = [version]
    for (const f of readdirSync(TEXTS).sort()) {
      const r = ingestFile({ dbPath, file: join(TEXTS, f) })
      expect(r.action).toBe('added')
      expect(r.previousVersion).toBe(versions.at(-1))
      versions.push(r.version)
      expect(seedVersion(seedDir)).toBe(r.version)
    }
    expect(new Set(versions).size).toBe(versions.length)
    const del = deleteArticle({ dbPath, id: 'feature' })
    expect(del.action).toBe('deleted')
    expect(seedVersion(seedDir)).toBe(del.version)

    const rebuilt = join(tempDir('ingest-rebuilt'), 'claims.db')
    const full = runSeed({ seedDir, dbPath: rebuilt })
    expect(full.version).toBe(del.version)
    expect(served(dbPath)).toEqual(served(rebuilt))
  })

  it('returns to the previous version exactly when an added article is deleted', () => {
    const { dbPath, version } = fresh()
    const added = ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })
    expect(added.version).not.toBe(version)
    expect(deleteArticle({ dbPath, id: 'wire' }).version).toBe(version)
  })

  it('names a text by the slug of its file name, as npm run extract does', () => {
    const { dbPath } = fresh()
    const file = join(tempDir('ingest-named'), 'Harbour Strike (Draft).txt')
    copyFileSync(join(TEXTS, 'wire.txt'), file)
    expect(ingestFile({ dbPath, file }).id).toBe('harbour-strike-draft')
  })

  it('replaces an article given again under the same id', () => {
    const { seedDir, dbPath } = fresh()
    const dir = tempDir('ingest-input')
    writeFileSync(join(dir, 'note.txt'), 'Officials said on Monday that talks would resume.\n')
    const first = ingestFile({ dbPath, file: join(dir, 'note.txt') })
    writeFileSync(join(dir, 'note.txt'), 'Officials said on Tuesday that talks had collapsed.\n')
    const second = ingestFile({ dbPath, file: join(dir, 'note.txt') })
    expect(second.action).toBe('replaced')
    expect(second.version).not.toBe(first.version)
    const rebuilt = join(tempDir('ingest-rebuilt'), 'claims.db')
    expect(runSeed({ seedDir, dbPath: rebuilt }).version).toBe(second.version)
    expect(served(dbPath)).toEqual(served(rebuilt))
  })

  it('refuses a text already present under another id, naming it', () => {
    const { dbPath } = fresh()
    const dir = tempDir('ingest-input')
    copyFileSync(join(TEXTS, 'brief.txt'), join(dir, 'copy.txt'))
    ingestFile({ dbPath, file: join(TEXTS, 'brief.txt') })
    expect(() => ingestFile({ dbPath, file: join(dir, 'copy.txt') })).toThrow(/already in the database as article brief/)
  })

  // in-process versions of test/ingest/faults.slow.test.ts (which runs the command itself, and kills it)
  it.each(['enospc-db', 'enospc-seed'])('leaves the database and the seed folder as they were on a full disk (%s)', (fault) => {
    const { seedDir, dbPath, version } = fresh()
    const before = served(dbPath)
    process.env.INGEST_FAULT = fault
    try {
      expect(() => ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })).toThrow(/ENOSPC/)
    } finally {
      delete process.env.INGEST_FAULT
    }
    expect(served(dbPath)).toEqual(before)
    expect(seedVersion(seedDir)).toBe(version)
    expect(readdirSync(join(seedDir, 'articles')).sort()).toEqual(['ukraine-security-guarantees.txt', 'ukraine-security-guarantees.yaml'])
  })

  it('finishes, at the next start, an ingest stopped between its commit and the seed folder\'s renames', () => {
    const { seedDir, dbPath, version } = fresh()
    process.env.INGEST_FAULT = 'stop-committed'
    try {
      expect(() => ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })).toThrow(/stopped after the commit/)
    } finally {
      delete process.env.INGEST_FAULT
    }
    const committed = databaseVersion(dbPath)
    expect(committed).not.toBe(version)
    // the folder is behind the database: without settling, a start would rebuild and lose the article
    expect(seedVersion(seedDir)).toBe(version)
    const start = ensureBuilt(seedDir, dbPath)
    expect(start).toEqual({ action: 'current', version: committed })
    expect(readdirSync(join(seedDir, 'articles')).sort()).toEqual(['ukraine-security-guarantees.txt', 'ukraine-security-guarantees.yaml', 'wire.txt'])
  })

  it('finishes a deletion stopped after its commit before a build reads the folder', () => {
    const { seedDir, dbPath } = fresh()
    ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })
    process.env.INGEST_FAULT = 'stop-committed'
    let deleted: string | null
    try {
      expect(() => deleteArticle({ dbPath, id: 'wire' })).toThrow(/stopped after the commit/)
      deleted = databaseVersion(dbPath)
    } finally {
      delete process.env.INGEST_FAULT
    }
    expect(runSeed({ seedDir, dbPath }).version).toBe(deleted)
    expect(readdirSync(join(seedDir, 'articles'))).not.toContain('wire.txt')
  })

  it('undoes a change whose transaction never committed, and leaves another database\'s change alone', () => {
    const { seedDir, dbPath, version } = fresh()
    const articles = join(seedDir, 'articles')
    const intent = (db: string) => writeFileSync(join(articles, '.ingest-intent'), JSON.stringify({ id: 'wire', pid: 999999, keep: ['txt'], db, version: 'never-committed' }))
    copyFileSync(join(TEXTS, 'wire.txt'), join(articles, '.wire.txt.ingest-999999'))
    intent(join(tempDir('other-db'), 'claims.db'))
    expect(() => ingestFile({ dbPath, file: join(TEXTS, 'brief.txt') })).toThrow(/unfinished change made for another database/)
    expect(runSeed({ seedDir, dbPath }).version).toBe(version)
    expect(readdirSync(articles)).toContain('.ingest-intent')
    intent(dbPath)
    expect(ingestFile({ dbPath, file: join(TEXTS, 'brief.txt') }).action).toBe('added')
    expect(readdirSync(articles).sort()).toEqual(['brief.txt', 'ukraine-security-guarantees.txt', 'ukraine-security-guarantees.yaml'])
  })

  it('refuses a second writer', () => {
    const { dbPath } = fresh()
    const lock = lockWriter(dbPath)
    try {
      expect(() => ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })).toThrow(/is being written by another process/)
    } finally {
      lock.release()
    }
  })

  it('refuses to delete an article other articles or the registry refer to, naming what refers to it', () => {
    const { dbPath } = fresh()
    // the registry's roles quote the curated article
    expect(() => deleteArticle({ dbPath, id: 'ukraine-security-guarantees' })).toThrow(/actors\.yaml: actor vladimir-putin: roles\.0\.evidence\.0: article "ukraine-security-guarantees" is not in the database/)
    const dir = tempDir('ingest-input')
    const annotated = (id: string, text: string, events: string, claims: string) => {
      writeFileSync(join(dir, `${id}.txt`), text)
      writeFileSync(join(dir, `${id}.yaml`), [
        `article: { id: ${id}, title: null, publisher: null, url: null, publishedAt: null, language: en }`,
        `events: ${events}`, `claims: ${claims}`, 'questions: []', ''].join('\n'))
      return join(dir, `${id}.yaml`)
    }
    ingestFile({ dbPath, file: annotated('first-talks', 'The talks began on Monday.\n', '[{ id: talks-began, title: Talks began, kind: negotiation, status: occurred, participants: [], evidence: ["The talks began on Monday."] }]', '[]') })
    ingestFile({ dbPath, file: annotated('later-talks', 'The talks went on.\n', '[]', '[{ id: talks-went-on, text: The talks went on., kind: report, speaker: null, sourceKind: author, cue: null, certainty: certain, polarity: positive, subjects: [], events: [talks-began], evidence: ["The talks went on."] }]') })
    expect(() => deleteArticle({ dbPath, id: 'first-talks' })).toThrow(/later-talks\.yaml: claim talks-went-on: events: refers to event "talks-began", which this change removes/)
    expect(deleteArticle({ dbPath, id: 'later-talks' }).action).toBe('deleted')
    expect(deleteArticle({ dbPath, id: 'first-talks' }).action).toBe('deleted')
  })
})
