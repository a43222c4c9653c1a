import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SeedError } from '../../src/seed/errors.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { ROOT } from '../../dev/process.js'
import { copySeed, openDb, removeTempDirs, seedFileName, tempDir } from '../helpers/seed.js'

afterAll(removeTempDirs)

// A large corpus's articles are built in a worker thread and written by the build's own:
// the database must be the same, row for row, and a bad file must stop it the same way.

const DEV = join(ROOT, 'test', 'fixtures', 'extraction', 'dev')

/** Every row of every table (the full-text index's internals aside), in key order. */
function rows (dbPath: string): Record<string, unknown[]> {
  const db = openDb(dbPath)
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' AND name <> 'meta'").pluck().all() as string[]
  const all = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().all()]))
  all.version = [db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get()]
  db.close()
  return all
}

function build (seedDir: string, workerFrom: number): string {
  const dbPath = join(tempDir('worker'), 'claims.db')
  runSeed({ seedDir, dbPath, workerFrom })
  return dbPath
}

describe('the articles built in a worker thread', () => {
  it('give the same database as built in the build\'s own thread', () => {
    const inThread = rows(build(DEV, Infinity))
    const inWorker = rows(build(DEV, 1))
    expect(inWorker.claims!.length).toBeGreaterThan(300)
    expect(inWorker).toEqual(inThread)
  })

  it('stop the build with the same issues, naming the file and the entity', () => {
    const seedDir = copySeed(DEV)
    const yaml = join(seedDir, 'articles', 'lisbon-tram-fire.yaml')
    writeFileSync(yaml, 'article: { id: lisbon-tram-fire }\nclaims: not a list\n')
    rmSync(join(seedDir, 'articles', 'bergamo-school-lunches.txt'))
    writeFileSync(join(seedDir, 'articles', 'bergamo-school-lunches.txt'), Buffer.from([0xff, 0xfe, 0x41]))
    const issues = (workerFrom: number) => {
      try { build(seedDir, workerFrom) } catch (err) { if (err instanceof SeedError) return err.issues; throw err }
      throw new Error('the build passed')
    }
    const inWorker = issues(1)
    expect(inWorker).toEqual(issues(Infinity))
    expect(inWorker.map((i) => i.file)).toEqual(expect.arrayContaining([seedFileName(seedDir, 'articles/lisbon-tram-fire.yaml'), seedFileName(seedDir, 'articles/bergamo-school-lunches.txt')]))
  })
})
