import { copyFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deleteArticle, ingestFile } from '../../src/ingest/ingest.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { seedVersion } from '../../src/seed/version.js'
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
})
