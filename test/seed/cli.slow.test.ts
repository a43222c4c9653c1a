import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDb, copySeed, dbState, MINI_SEED, mutateYaml, openDb, removeTempDirs, runCli, seedFileName, tempDir } from '../helpers/seed.js'
import type { SeedAnnotation } from '../../src/schemas/seed.js'

// `npm run seed` as a user runs it, in a child process (each start takes a few seconds, so
// these run in `npm run test:full`; runSeed itself is tested in pipeline.test.ts and
// errors.test.ts).

const meta = (dbPath: string) => {
  const db = openDb(dbPath)
  const rows = Object.fromEntries(db.prepare('SELECT key, value FROM meta').raw().all() as Array<[string, string]>)
  db.close()
  return rows
}

let first: ReturnType<typeof buildDb>
beforeAll(() => { first = buildDb(MINI_SEED) })
afterAll(removeTempDirs)

describe('seed CLI', () => {
  it('prints the counts per type, the version and the time, and exits 0', () => {
    const dbPath = join(tempDir(), 'nested', 'claims.db')
    const { status, stdout, stderr } = runCli(['--seed-dir', MINI_SEED, '--db', dbPath])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(new RegExp([
      `^seed: built ${dbPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      '  articles +1', '  actors +3', '  mentions +5', '  events +1', '  claims +4', '  questions +1', '  sentences +5',
      '  version +[0-9a-f]{16}', '  time +\\d+ ms', ''
    ].join('\n') + '$'))
    expect(stdout).toContain(`version    ${meta(dbPath).version}`)
  })

  it('exits non-zero on bad input and writes no database', () => {
    const dbPath = join(tempDir(), 'claims.db')
    const { status, stderr } = runCli(['--seed-dir', join(MINI_SEED, 'articles'), '--db', dbPath])
    expect(status).toBe(1)
    expect(stderr).toContain('actors.yaml: missing: the seed needs a registry of actors')
    expect(existsSync(dbPath)).toBe(false)
  })

  it('exits 2 with the usage on an unknown option', () => {
    const { status, stderr } = runCli(['--seed', 'x'])
    expect(status).toBe(2)
    expect(stderr).toContain('usage: npm run seed')
  })

  it('replaces a previous database in place when the new build succeeds', () => {
    const dbPath = join(tempDir(), 'claims.db')
    copyFileSync(first.dbPath, dbPath)
    const before = dbState(dbPath)
    expect(runCli(['--seed-dir', MINI_SEED, '--db', dbPath]).status).toBe(0)
    const after = dbState(dbPath)
    expect(after.files).toEqual(before.files) // no temporary left beside it
    expect(after.sha256).not.toBe(before.sha256) // a new build time
  })
})

describe('seed CLI on bad input', () => {
  const cases = [
    { name: 'invalid YAML', file: 'articles/mini.yaml', problem: 'cannot read YAML: Flow sequence', break: (seed: string) => writeFileSync(join(seed, 'articles/mini.yaml'), 'article: [unclosed\n') },
    { name: 'a .yaml without its .txt', file: 'articles/mini.yaml', problem: 'article mini: no text: expected', break: (seed: string) => rmSync(join(seed, 'articles/mini.txt')) },
    { name: 'a quote found twice without a prefix', file: 'articles/mini.yaml', problem: 'claim deal-good-again: evidence.0: quote "The deal is good." occurs 2 times', break: (seed: string) => mutateYaml<SeedAnnotation>(seed, 'articles/mini.yaml', (a) => { a.claims[3]!.evidence = ['The deal is good.'] }) }
  ]

  it.each(cases)('exits 1 on $name, with the message on stderr and the previous database untouched', (c) => {
    const dbPath = first.dbPath
    const before = dbState(dbPath)
    const seed = copySeed()
    c.break(seed)
    const { status, stdout, stderr } = runCli(['--seed-dir', seed, '--db', dbPath])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^seed: 1 problem\(s\); the previous database is untouched\.\n/)
    expect(stderr).toContain(`${seedFileName(seed, c.file)}: ${c.problem}`)
    expect(dbState(dbPath)).toEqual(before)
  })
})
