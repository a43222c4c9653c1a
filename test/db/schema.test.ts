import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { CHECKED_COLUMNS } from '../../src/domain/enums.js'
import { MIGRATIONS_DIR } from '../../src/db/migrate.js'
import { buildDb, MINI_SEED, openDb, removeTempDirs } from '../helpers/seed.js'

/** Every `column IN ('a', 'b')` CHECK of a table's CREATE statement, as `table.column` → values. */
function checkedColumns (db: Database.Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL").all() as Array<{ name: string, sql: string }>
  const found: Record<string, string[]> = {}
  for (const { name, sql } of tables) {
    for (const m of sql.matchAll(/CHECK\s*\(\s*"?(\w+)"?\s+IN\s*\(([^)]*)\)\s*\)/gi)) {
      found[`${name}.${m[1]}`] = [...m[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((v) => v[1]!.replaceAll("''", "'"))
    }
  }
  return found
}

describe('schema', () => {
  let db: Database.Database
  beforeAll(() => { db = openDb(buildDb(MINI_SEED).dbPath) })
  afterAll(() => { db.close(); removeTempDirs() })

  it('lists in every CHECK exactly the values of CHECKED_COLUMNS, in order', () => {
    const expected = Object.fromEntries(Object.entries(CHECKED_COLUMNS).map(([col, values]) => [col, [...values]]))
    expect(checkedColumns(db)).toEqual(expected)
    const sql = db.prepare("SELECT group_concat(sql, ' ') FROM sqlite_master WHERE type = 'table'").pluck().get() as string
    expect(sql.match(/\bIN\s*\(/gi)).toHaveLength(Object.keys(CHECKED_COLUMNS).length) // no enum CHECK the parser missed
  })

  it('enforces the CHECKs', () => {
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'actors'").get() as { sql: string }
    const scratch = new Database(':memory:')
    scratch.exec(sql)
    const insert = scratch.prepare("INSERT INTO actors (id, seq, name, kind, aliases, external_ids, added_facts, doc, detail) VALUES ('x', 0, 'X', ?, '[]', '{}', '[]', '{}', '{}')")
    expect(() => insert.run('company')).toThrow(/CHECK constraint failed/)
    expect(() => insert.run('person')).not.toThrow()
    scratch.close()
  })

  it('declares the foreign keys of the model', () => {
    const fks = (table: string) => (db.pragma(`foreign_key_list(${table})`) as Array<{ table: string, from: string }>)
      .map((fk) => `${fk.from}->${fk.table}`).sort()
    expect(fks('spans')).toEqual(['article_id->articles'])
    expect(fks('mentions')).toEqual(['actor_id->actors', 'article_id->articles', 'span_id->spans'])
    expect(fks('claims')).toEqual(['article_id->articles', 'speaker_id->actors'])
    expect(fks('claim_relations')).toEqual(['claim_id->claims', 'related_claim_id->claims'])
    expect(fks('actor_roles')).toEqual(['actor_id->actors', 'of_actor_id->actors'])
    expect(fks('event_participants')).toEqual(['actor_id->actors', 'event_id->events'])
    expect(fks('question_claims')).toEqual(['claim_id->claims', 'question_id->questions'])
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('sets user_version to the number of migration files', () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'))
    expect(files.length).toBeGreaterThan(0)
    expect(db.pragma('user_version', { simple: true })).toBe(files.length)
  })

  it('has the FTS5 table search_index, filled', () => {
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").get() as { sql: string }
    // renamed into place by a migration (005), which SQLite writes quoted
    expect(sql).toMatch(/^CREATE VIRTUAL TABLE "?search_index"? USING fts5\s*\(/)
    expect(db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'deal'").pluck().get()).toBeGreaterThan(0)
  })
})
