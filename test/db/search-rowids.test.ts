import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { latestSchemaVersion, migrate, MIGRATIONS_DIR } from '../../src/db/migrate.js'
import { nextSearchRowid, searchRowids, SEARCH_ROW_TYPES, typeRange } from '../../src/db/search-rowids.js'

// Each type of search row in its own rowid range (src/db/search-rowids.ts): a database of
// schema 4, whose rows were numbered in the order written whatever their type, is
// renumbered by migration 5, and the next row of a type goes after that type's last.

const dir = mkdtempSync(join(tmpdir(), 'search-rowids-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('search rowids by type', () => {
  it('migration 5 moves every row into its type\'s range, in the order written, and search_rows with it', () => {
    const four = join(dir, 'four')
    cpSync(MIGRATIONS_DIR, four, { recursive: true, filter: (f) => !/\/0*(\d+)_[^/]*$/.test(f) || Number(/\/0*(\d+)_/.exec(f)![1]) <= 4 })
    expect(readdirSync(four).sort()).toEqual(readdirSync(MIGRATIONS_DIR).sort().slice(0, 4))
    const db = new Database(':memory:')
    db.pragma('foreign_keys = OFF')
    expect(migrate(db, four)).toEqual([1, 2, 3, 4])
    // written interleaved, as an ingest of schema 4 did
    const written = ['claim', 'article', 'actor', 'claim', 'question', 'event', 'article', 'claim'].map((type, i) => ({ type, id: `${type}-${i}`, body: `ceasefire talk ${i}` }))
    for (const r of written) {
      const rid = db.prepare('INSERT INTO search_index (type, item_id, title, body) VALUES (?, ?, \'\', ?)').run(r.type, r.id, r.body).lastInsertRowid
      db.prepare('INSERT INTO search_rows (rid, type, item_id) VALUES (?, ?, ?)').run(rid, r.type, r.id)
    }
    expect(migrate(db, MIGRATIONS_DIR)).toEqual(Array.from({ length: latestSchemaVersion() - 4 }, (_, i) => i + 5))

    const rows = db.prepare('SELECT rowid AS rid, type, item_id AS id FROM search_index ORDER BY rowid').all() as Array<{ rid: number, type: string, id: string }>
    const want = SEARCH_ROW_TYPES.flatMap((type) => written.filter((r) => r.type === type).map((r, i) => ({ rid: searchRowids(type).first + i, type, id: r.id })))
    expect(rows).toEqual(want)
    expect(db.prepare('SELECT rid, type, item_id AS id FROM search_rows ORDER BY rid').all()).toEqual(want)
    // the index itself was rebuilt: a match finds every row, and a type's range only its rows
    expect(db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'ceasefire'").pluck().get()).toBe(written.length)
    for (const type of SEARCH_ROW_TYPES) {
      expect(db.prepare(`SELECT item_id FROM search_index WHERE search_index MATCH 'ceasefire' AND ${typeRange('rowid', [type])}`).pluck().all(), type)
        .toEqual(written.filter((r) => r.type === type).map((r) => r.id))
    }
    expect(db.prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH 'talk' AND ${typeRange('rowid', ['claim', 'event'])}`).pluck().get()).toBe(4)
    // the next row of a type goes after its last; a type with none starts its range
    expect(nextSearchRowid(db, 'claim')).toBe(searchRowids('claim').first + 3)
    db.prepare("DELETE FROM search_index WHERE type = 'event'").run()
    expect(nextSearchRowid(db, 'event')).toBe(searchRowids('event').first)
    db.close()
  })

  it('gives each type its own range, in the order of SEARCH_ROW_TYPES, below 2^53', () => {
    const ranges = SEARCH_ROW_TYPES.map((t) => searchRowids(t))
    ranges.forEach((r, i) => {
      expect(r.first).toBeLessThan(r.last)
      if (i > 0) expect(r.first).toBeGreaterThan(ranges[i - 1]!.last)
    })
    expect(Number.isSafeInteger(ranges.at(-1)!.last)).toBe(true)
  })
})
