import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { buildDb, openDb, REAL_SEED, removeTempDirs } from '../helpers/seed.js'
import { ROOT } from '../../dev/process.js'

// The real seed, built by the real pipeline, checked against the article it annotates.

const ID = 'ukraine-security-guarantees'
const SEED_TEXT = join(REAL_SEED, 'articles', `${ID}.txt`)
const SHARED_TEXT = join(ROOT, '..', 'shared', 'article', 'article.txt')

interface SpanRow { id: number, start: number, end: number, start_utf16: number, end_utf16: number, quote: string }

describe('the real article', () => {
  let db: Database.Database
  let text: string
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[]
  beforeAll(() => {
    db = openDb(buildDb(REAL_SEED).dbPath)
    text = (db.prepare('SELECT text FROM articles WHERE id = ?').get(ID) as { text: string }).text
  })
  afterAll(() => { db.close(); removeTempDirs() })

  it('slices every span to its quote, by code points and by UTF-16 units', () => {
    const spans = all<SpanRow & { text: string }>('SELECT s.*, a.text FROM spans s JOIN articles a ON a.id = s.article_id')
    expect(spans.length).toBeGreaterThan(100)
    for (const s of spans) {
      expect([...s.text].slice(s.start, s.end).join(''), `span ${s.id}`).toBe(s.quote)
      expect(s.text.slice(s.start_utf16, s.end_utf16), `span ${s.id}`).toBe(s.quote)
    }
  })

  it('covers every sentence with the evidence of at least one claim', () => {
    const sentences = all<SpanRow>('SELECT sp.* FROM sentences se JOIN spans sp ON sp.id = se.span_id WHERE se.article_id = ?', ID)
    const evidence = all<SpanRow>('SELECT sp.* FROM claim_spans cs JOIN spans sp ON sp.id = cs.span_id WHERE sp.article_id = ?', ID)
    const headings = all<{ heading: string }>('SELECT heading FROM sections WHERE article_id = ? AND heading IS NOT NULL', ID).map((h) => h.heading)
    expect(sentences).toHaveLength(16)
    for (const s of sentences) {
      expect(headings).not.toContain(s.quote)
      const covered = evidence.some((e) => e.start < s.end && s.start < e.end)
      expect(covered, `sentence "${s.quote}"`).toBe(true)
    }
  })

  it('finds at least one mention of every actor, and of every alias', () => {
    const actors = all<{ id: string, aliases: string, mention_count: number }>('SELECT id, aliases, mention_count FROM actors')
    expect(actors).toHaveLength(12)
    for (const a of actors) {
      const aliases = all<{ alias: string }>('SELECT DISTINCT alias FROM mentions WHERE actor_id = ?', a.id).map((m) => m.alias)
      expect(a.mention_count, a.id).toBeGreaterThan(0)
      expect(aliases.sort(), a.id).toEqual((JSON.parse(a.aliases) as string[]).sort())
    }
  })

  it('has every actor alias in the article text', () => {
    const aliases = all<{ aliases: string }>('SELECT aliases FROM actors').flatMap((a) => JSON.parse(a.aliases) as string[])
    for (const alias of aliases) expect(text, alias).toContain(alias)
  })

  it('stores the article text byte for byte', () => {
    expect(Buffer.from(text, 'utf8').equals(readFileSync(SEED_TEXT))).toBe(true)
  })

  it.runIf(existsSync(SHARED_TEXT))('stores the same text as ../shared/article/article.txt', () => {
    expect(Buffer.from(text, 'utf8').equals(readFileSync(SHARED_TEXT))).toBe(true)
  })

  it('stores the right textSha256 and lengths', () => {
    const row = db.prepare('SELECT text_sha256, length_code_points, length_utf16, doc FROM articles WHERE id = ?').get(ID) as
      { text_sha256: string, length_code_points: number, length_utf16: number, doc: string }
    const sha = createHash('sha256').update(readFileSync(SEED_TEXT)).digest('hex')
    expect(row.text_sha256).toBe(sha)
    expect((JSON.parse(row.doc) as { textSha256: string }).textSha256).toBe(sha)
    expect([row.length_code_points, row.length_utf16]).toEqual([[...text].length, text.length])
  })
})
