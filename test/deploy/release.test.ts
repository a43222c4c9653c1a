import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { runSeed } from '../../src/seed/pipeline.js'
import { currentRelease, listReleases, makeRelease, useRelease, verifyRelease } from '../../src/deploy/release.js'
import { buildApp } from '../../src/app.js'
import { DatabaseOpenError } from '../../src/db/open.js'
import { MINI_SEED, REAL_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'
import { ROOT } from '../helpers/app.js'

// `npm run release`: read-only snapshots named by version, published by rename, and a
// `current` pointer that only ever names a complete, checked file.

let dir: string
let dbPath: string
let releases: string
beforeAll(() => {
  dir = tempDir('release')
  dbPath = join(dir, 'claims.db')
  releases = join(dir, 'releases')
})
afterAll(removeTempDirs)

const pointer = () => readFileSync(join(releases, 'current'), 'utf8').trim()

function releaseInChild (source: string, out: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/deploy/release-cli.ts', '--db', source, '--out', out], { cwd: ROOT, encoding: 'utf8' })
}

describe('npm run release', () => {
  it('writes <version>.db, read-only and in rollback mode, and points current at it', async () => {
    const { version } = runSeed({ seedDir: REAL_SEED, dbPath })
    const r = releaseInChild(dbPath, releases)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain(`version    ${version} (now current)`)
    const file = join(releases, `${version}.db`)
    expect(statSync(file).mode & 0o777).toBe(0o444)
    expect(pointer()).toBe(version)
    expect(currentRelease(releases)).toEqual({ version, file })

    const db = new Database(file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    db.close()
    // served as it is, by the server's own open
    const app = await buildApp({ dbPath: file, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    const health = await app.inject('/health')
    expect(health.headers['dataset-version']).toBe(version)
    await app.close()
    expect(readdirSync(releases).sort()).toEqual([`${version}.db`, 'current'].sort())
  })

  it('copies what was committed when it started, not a transaction in progress', () => {
    const source = join(tempDir(), 'claims.db')
    const { version } = runSeed({ seedDir: MINI_SEED, dbPath: source })
    const writer = new Database(source)
    writer.exec('BEGIN IMMEDIATE')
    writer.prepare("UPDATE meta SET value = 'uncommitted' WHERE key = 'version'").run()
    try {
      expect(makeRelease(source, join(tempDir(), 'out')).version).toBe(version)
    } finally {
      writer.exec('ROLLBACK')
      writer.close()
    }
  })

  it('killed before publishing, leaves current and every release as they were, and nothing a replica would open', () => {
    const before = { current: pointer(), releases: listReleases(releases) }
    const newer = join(tempDir(), 'claims.db')
    runSeed({ seedDir: MINI_SEED, dbPath: newer })
    const killed = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `import { makeRelease } from './src/deploy/release.ts'
       makeRelease(${JSON.stringify(newer)}, ${JSON.stringify(releases)}, { beforePublish: () => process.kill(process.pid, 'SIGKILL') })`],
    { cwd: ROOT, encoding: 'utf8' })
    expect(killed.signal).toBe('SIGKILL')
    expect({ current: pointer(), releases: listReleases(releases) }).toEqual(before)
    const left = readdirSync(releases).filter((f) => f.startsWith('.'))
    expect(left).toEqual([`.release.db.tmp-${killed.pid}`]) // hidden, never named by current

    // the next release clears it away
    const r = releaseInChild(newer, releases)
    expect(r.status, r.stderr).toBe(0)
    expect(readdirSync(releases).filter((f) => f.startsWith('.'))).toEqual([])
  })

  it('rolls back with --use, and refuses a release file that is not whole', () => {
    const versions = listReleases(releases)
    expect(versions).toHaveLength(2)
    const previous = versions.find((v) => v !== pointer())!
    expect(useRelease(releases, previous).version).toBe(previous)
    expect(pointer()).toBe(previous)

    // a copy cut short under a release's name (a copy by hand, a full disk) is never served
    const [other] = versions.filter((v) => v !== previous)
    const cut = join(tempDir(), `${other}.db`)
    copyFileSync(join(releases, `${other}.db`), cut)
    truncateSync(cut, statSync(cut).size - 4096)
    expect(() => verifyRelease(cut, other!)).toThrow(DatabaseOpenError)

    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/deploy/release-cli.ts', '--out', releases, '--use', 'no-such-version'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('has no release no-such-version')
    expect(pointer()).toBe(previous)
    expect(existsSync(join(releases, 'no-such-version.db'))).toBe(false)
  })
})
