import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { latestSchemaVersion } from '../../src/db/migrate.js'
import { buildDataset } from '../../src/seed/pipeline.js'
import { seedVersion } from '../../src/seed/version.js'
import { writeFileSync, appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDb, copySeed, MINI_SEED, openDb, removeTempDirs } from '../helpers/seed.js'

/** Every row of every table but `meta` (which holds the build time), as one comparable value. */
function content (dbPath: string): Record<string, unknown[]> {
  const db = openDb(dbPath)
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' AND name <> 'meta' ORDER BY name").pluck().all() as string[]
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]))
  db.close()
  return rows
}

const meta = (dbPath: string) => {
  const db = openDb(dbPath)
  const rows = Object.fromEntries(db.prepare('SELECT key, value FROM meta').raw().all() as Array<[string, string]>)
  db.close()
  return rows
}

let first: ReturnType<typeof buildDb>
let second: ReturnType<typeof buildDb>
beforeAll(() => {
  first = buildDb(MINI_SEED)
  second = buildDb(copySeed(MINI_SEED)) // the same seed, from another folder
})
afterAll(removeTempDirs)

describe('runSeed', () => {
  it('gives two builds of the same seed the same version and the same content', () => {
    expect(second.version).toBe(first.version)
    expect(second.version).toMatch(/^[0-9a-f]{16}$/)
    expect(second.counts).toEqual(first.counts)
    expect(second.dbPath).not.toBe(first.dbPath)
    expect(content(second.dbPath)).toEqual(content(first.dbPath))
  })

  it('records the version, the counts and the build time in meta', () => {
    const m = meta(first.dbPath)
    expect(m.version).toBe(first.version)
    expect(JSON.parse(m.counts!)).toEqual(first.counts)
    expect(m.schema_version).toBe(String(latestSchemaVersion()))
    expect(Date.parse(m.built_at!)).not.toBeNaN()
  })

  it('computes the version from the seed folder\'s files alone, without building', () => {
    expect(seedVersion(MINI_SEED)).toBe(first.version)
    const changed = copySeed(MINI_SEED)
    appendFileSync(join(changed, 'articles', 'mini.yaml'), '\n# a comment is a change of the file\n')
    expect(seedVersion(changed)).not.toBe(first.version)
    const registry = copySeed(MINI_SEED)
    appendFileSync(join(registry, 'actors.yaml'), '\n')
    expect(seedVersion(registry)).not.toBe(first.version)
    const added = copySeed(MINI_SEED)
    writeFileSync(join(added, 'articles', 'zz-bare.txt'), 'A bare text.\n')
    expect(seedVersion(added)).not.toBe(first.version)
  })

  it('stores spans that slice to their quotes across the flag, the emoji and the combining marks', () => {
    const db = openDb(first.dbPath)
    const spans = db.prepare('SELECT s.*, a.text FROM spans s JOIN articles a ON a.id = s.article_id').all() as
      Array<{ start: number, end: number, start_utf16: number, end_utf16: number, quote: string, text: string }>
    db.close()
    expect(spans.filter((s) => s.start !== s.start_utf16).length).toBeGreaterThan(10)
    for (const s of spans) {
      expect([...s.text].slice(s.start, s.end).join('')).toBe(s.quote)
      expect(s.text.slice(s.start_utf16, s.end_utf16)).toBe(s.quote)
    }
  })

  it('anchors the mini fixture\'s evidence and mentions where the article has them', () => {
    const d = buildDataset(MINI_SEED)
    const text = d.articles[0]!.text
    const again = d.claims.find((c) => c.id === 'deal-good-again')!.evidence[0]!
    expect(again.startUtf16).toBe(text.lastIndexOf('The deal is good.')) // occurrence: 2
    const acme = d.actors.find((a) => a.id === 'acme')!.mentions
    expect(acme.map((m) => m.suffix.slice(0, 6))).toEqual([' said ', '-style', '’s chi']) // not inside "non-ACME"
    expect(d.actors.find((a) => a.id === 'zoe-karppa')!.mentions.map((m) => m.quote)).toEqual(['Zoe\u0301 Ka\u0308rppa\u0308'])
  })

  it('counts the entities of the mini fixture', () => {
    expect(first.counts).toEqual({ articles: 1, actors: 3, mentions: 5, events: 1, claims: 4, questions: 1, sentences: 5 })
  })
})
