import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { latestSchemaVersion, migrate, MigrationError, MIGRATIONS_DIR } from '../../src/db/migrate.js'
import { runSeed } from '../../src/seed/pipeline.js'
import type { SeedActor, SeedAnnotation } from '../../src/schemas/seed.js'
import { buildDb, copySeed, dbState, MINI_SEED, mutateYaml, removeTempDirs, seedError, seedFileName, tempDir } from '../helpers/seed.js'

// Bad input that the load and anchor stages catch, run at the --db path of a database built
// before: the error names the file, the entity and the problem, and the previous database is
// left as it was. The CLI, slow to start, runs three of them in cli.slow.test.ts.

// Lets one test make the write stage run a bad set of migrations.
const migrations = vi.hoisted(() => ({ dir: undefined as string | undefined }))
vi.mock('../../src/db/migrate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/db/migrate.js')>()
  return { ...real, migrate: (db: Database.Database, dir?: string) => real.migrate(db, migrations.dir ?? dir) }
})

const quotes = (change: (a: SeedAnnotation) => void) => (seed: string) => mutateYaml(seed, 'articles/mini.yaml', change)

/** Texts the load stage refuses, as the article `id` (curated when it has an annotation, else bare). */
function badTexts (id: string) {
  const file = `articles/${id}.txt`
  const entity = `article ${id}`
  const text = (content: string | Uint8Array) => (seed: string) => writeFileSync(join(seed, file), content)
  return [
    { name: `${id}: a text that is not UTF-8`, file, entity, problem: 'not UTF-8 (an invalid byte sequence at offset 2): save the article as UTF-8', break: text(Buffer.from('Th\xe9 deal is good.', 'latin1')) },
    { name: `${id}: an empty text`, file, entity, problem: 'empty file: an article needs text', break: text('') },
    { name: `${id}: a binary file`, file, entity, problem: 'binary file (byte 0x1a at offset 6): an article is plain UTF-8 text', break: text(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])) },
    { name: `${id}: a text of white space`, file, entity, problem: 'empty file: only white space', break: text(' \n\n\t\n') },
    { name: `${id}: a text with no sentence`, file, entity, problem: 'no sentence: the text has no words', break: text('* * *\n---\n') },
    { name: `${id}: a text over the maximum size`, file, entity, problem: '1000001 bytes, over the maximum article size of 1000000 bytes (MAX_ARTICLE_BYTES, or --max-article-bytes)', break: text('word '.repeat(200_000) + '.') },
    { name: `${id}: a text not in English`, file, entity, problem: 'not English (it reads as fra): only English articles can be read', break: text('Le ministre a démenti le rapport. Les responsables ont dit que les discussions reprendraient la semaine prochaine à Paris.') }
  ]
}

interface Case { name: string, file: string, entity?: string, problem: string, break: (seed: string) => void }

const cases: Case[] = [
  { name: 'invalid YAML', file: 'articles/mini.yaml', problem: 'cannot read YAML: Flow sequence', break: (seed: string) => writeFileSync(join(seed, 'articles/mini.yaml'), 'article: [unclosed\n') },
  { name: 'a .yaml without its .txt', file: 'articles/mini.yaml', entity: 'article mini', problem: 'no text: expected', break: (seed: string) => rmSync(join(seed, 'articles/mini.txt')) },
  { name: 'a quote found twice without a prefix', file: 'articles/mini.yaml', entity: 'claim deal-good-again', problem: 'evidence.0: quote "The deal is good." occurs 2 times', break: quotes((a) => { a.claims[3]!.evidence = ['The deal is good.'] }) },
  { name: 'a repeated YAML key', file: 'actors.yaml', problem: 'cannot read YAML: Map keys must be unique', break: (seed: string) => writeFileSync(join(seed, 'actors.yaml'), '- id: a\n  id: b\n') },
  { name: 'a quote not in the article', file: 'articles/mini.yaml', entity: 'event deal', problem: 'evidence.0: quote "the ACME deal" is not in the article', break: quotes((a) => { a.events[0]!.evidence = ['the ACME deal'] }) },
  { name: 'an occurrence out of range', file: 'articles/mini.yaml', entity: 'claim deal-good-again', problem: 'evidence.0: quote "The deal is good." occurs 2 time(s), so occurrence 3 does not exist', break: quotes((a) => { a.claims[3]!.evidence = [{ quote: 'The deal is good.', occurrence: 3 }] }) },
  ...badTexts('mini'), // a curated article's text
  ...badTexts('other'), // a bare text, which the build would extract
  { name: 'a role quote not in the article', file: 'actors.yaml', entity: 'actor zoe-karppa', problem: 'roles.0.evidence.0: quote "Zoé of ACME" is not in the article', break: (seed: string) => mutateYaml<SeedActor[]>(seed, 'actors.yaml', (a) => { a[1]!.roles![0]!.evidence[0]!.quote = 'Zoé of ACME' }) }
]

describe('seed errors', () => {
  let dbPath: string
  let before: ReturnType<typeof dbState>
  beforeAll(() => {
    dbPath = join(buildDb(MINI_SEED).dir, 'claims.db')
    before = dbState(dbPath)
  })
  afterAll(removeTempDirs)

  const message = (seed: string, { file, entity, problem }: Case) =>
    `${seedFileName(seed, file)}: ${entity === undefined ? '' : `${entity}: `}${problem}`

  it.each(cases)('rejects $name, naming the file, the entity and the problem', (c) => {
    const seed = copySeed()
    c.break(seed)
    expect(seedError(seed, dbPath).message).toContain(message(seed, c))
    expect(dbState(dbPath)).toEqual(before)
  })

  it('leaves the previous database and no temporary when a migration fails during a build', () => {
    migrations.dir = tempDir('migrations')
    writeFileSync(join(migrations.dir, '001_ok.sql'), 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);')
    writeFileSync(join(migrations.dir, '002_broken.sql'), 'CREATE TABLE oops (;')
    try {
      expect(() => runSeed({ seedDir: MINI_SEED, dbPath })).toThrow(MigrationError)
      expect(() => runSeed({ seedDir: MINI_SEED, dbPath })).toThrow(/^migration 002_broken\.sql failed: /)
    } finally {
      migrations.dir = undefined
    }
    expect(dbState(dbPath)).toEqual(before)
  })
})

describe('migrate', () => {
  afterAll(removeTempDirs)

  function migrationsDir (files: Record<string, string>): string {
    const dir = tempDir('migrations')
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql)
    return dir
  }

  it('throws a MigrationError naming the file, and rolls that migration back whole', () => {
    const dir = migrationsDir({ '001_first.sql': 'CREATE TABLE a (x);', '002_bad.sql': 'CREATE TABLE b (x);\nCREATE TABLEX c (y);' })
    const db = new Database(':memory:')
    const err = (() => { try { migrate(db, dir) } catch (e) { return e } })()
    expect(err).toBeInstanceOf(MigrationError)
    expect((err as MigrationError).file).toBe('002_bad.sql')
    expect((err as Error).message).toMatch(/^migration 002_bad\.sql failed: .*syntax error/)
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['a'])
    db.close()
  })

  it('rejects a gap in the numbering, naming the file', () => {
    const dir = migrationsDir({ '001_first.sql': 'CREATE TABLE a (x);', '003_third.sql': 'CREATE TABLE c (x);' })
    const db = new Database(':memory:')
    expect(() => migrate(db, dir)).toThrow('migration 003_third.sql failed: expected number 2')
    db.close()
  })

  it('applies only the migrations a database lacks', () => {
    const db = new Database(':memory:')
    expect(migrate(db, MIGRATIONS_DIR)).toEqual(Array.from({ length: latestSchemaVersion() }, (_, i) => i + 1))
    expect(migrate(db, MIGRATIONS_DIR)).toEqual([])
    db.close()
  })
})
