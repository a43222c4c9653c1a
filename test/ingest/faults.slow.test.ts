import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lockWriter } from '../../src/db/writer-lock.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { databaseVersion, seedVersion } from '../../src/seed/version.js'
import { ensureBuilt } from '../../src/seed/startup.js'
import { copySeed, openDb, REAL_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'
import { ROOT } from '../../dev/process.js'

// `npm run ingest` as a user runs it, failing every way the brief of the command names:
// a bad file, a full disk inside the transaction or while copying into the seed folder, a
// process killed inside the transaction, a second writer. Each leaves the database's
// content and the seed folder's articles exactly as they were. A process killed after the
// commit leaves the change made, and the next writer or start finishes the seed folder's side.

afterAll(removeTempDirs)
const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
const CLI = join(ROOT, 'src', 'ingest', 'cli.ts')

function setup () {
  const seedDir = copySeed(REAL_SEED)
  const dbPath = join(tempDir('ingest-faults'), 'claims.db')
  runSeed({ seedDir, dbPath })
  return { seedDir, dbPath }
}

function ingest (args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
}

/** The database's content (every table) and the seed folder's article files with their hashes. */
function state (seedDir: string, dbPath: string) {
  const db = openDb(dbPath)
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' ORDER BY name").pluck().all() as string[]
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]))
  db.close()
  const dir = join(seedDir, 'articles')
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort()
    .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')])
  return { rows, files, version: seedVersion(seedDir) }
}

describe('npm run ingest, failing', () => {
  it('refuses a bad annotation with a message naming the file and the entity', () => {
    const { seedDir, dbPath } = setup()
    const before = state(seedDir, dbPath)
    const dir = tempDir('ingest-bad')
    copyFileSync(join(TEXTS, 'wire.txt'), join(dir, 'wire.txt'))
    writeFileSync(join(dir, 'wire.yaml'), [
      'article: { id: wire, title: Wire, publisher: null, url: null, publishedAt: null, language: en }',
      'events: []',
      'claims:',
      '  - { id: a-claim, text: Something., kind: report, speaker: nobody-known, sourceKind: named, cue: said, certainty: certain, polarity: positive, subjects: [], events: [], evidence: ["not in the text at all"] }',
      'questions: []', ''].join('\n'))
    const r = ingest([join(dir, 'wire.yaml'), '--db', dbPath])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('wire.yaml')
    expect(r.stderr).toMatch(/claim a-claim/)
    expect(r.stderr).toMatch(/unchanged/)
    expect(state(seedDir, dbPath)).toEqual(before)
  })

  it('refuses an annotation without its text beside it, and a text that is not UTF-8', () => {
    const { seedDir, dbPath } = setup()
    const before = state(seedDir, dbPath)
    const dir = tempDir('ingest-bad')
    writeFileSync(join(dir, 'lonely.yaml'), 'article: { id: lonely }\n')
    const lonely = ingest([join(dir, 'lonely.yaml'), '--db', dbPath])
    expect(lonely.status).toBe(1)
    expect(lonely.stderr).toMatch(/no text: expected .*lonely\.txt beside it/)
    writeFileSync(join(dir, 'latin.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const latin = ingest([join(dir, 'latin.txt'), '--db', dbPath])
    expect(latin.status).toBe(1)
    expect(latin.stderr).toMatch(/latin\.txt: article latin: not UTF-8/)
    expect(state(seedDir, dbPath)).toEqual(before)
  })

  it.each([['enospc-db', /ENOSPC/], ['enospc-seed', /ENOSPC/]])('leaves everything as it was on a full disk (%s)', (fault, message) => {
    const { seedDir, dbPath } = setup()
    const before = state(seedDir, dbPath)
    const r = ingest([join(TEXTS, 'wire.txt'), '--db', dbPath], { INGEST_FAULT: fault })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).toMatch(/unchanged/)
    expect(state(seedDir, dbPath)).toEqual(before)
    expect(readdirSync(join(seedDir, 'articles')).filter((f) => f.startsWith('.'))).toEqual([])
    // and the next ingest goes through
    expect(ingest([join(TEXTS, 'wire.txt'), '--db', dbPath]).status).toBe(0)
  })

  it('leaves everything as it was when killed inside the transaction, and the next ingest cleans up', async () => {
    const { seedDir, dbPath } = setup()
    const before = state(seedDir, dbPath)
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, join(TEXTS, 'wire.txt'), '--db', dbPath], { cwd: ROOT, env: { ...process.env, INGEST_FAULT: 'pause' } })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('paused inside the transaction')) resolve() })
      child.on('exit', () => reject(new Error(`ingest exited before pausing: ${out}`)))
    })
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))
    expect(state(seedDir, dbPath)).toEqual(before)
    const after = ingest([join(TEXTS, 'brief.txt'), '--db', dbPath])
    expect(after.status, after.stderr).toBe(0)
    expect(readdirSync(join(seedDir, 'articles')).filter((f) => f.startsWith('.'))).toEqual([])
    expect(readdirSync(join(seedDir, 'articles'))).not.toContain('wire.txt')
  })

  it('keeps what was committed when killed after the commit: the next start finishes the seed folder instead of rebuilding', async () => {
    const { seedDir, dbPath } = setup()
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, join(TEXTS, 'wire.txt'), '--db', dbPath], { cwd: ROOT, env: { ...process.env, INGEST_FAULT: 'pause-committed' } })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('paused after the commit')) resolve() })
      child.on('exit', () => reject(new Error(`ingest exited before pausing: ${out}`)))
    })
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))
    const committed = databaseVersion(dbPath)
    expect(readdirSync(join(seedDir, 'articles'))).not.toContain('wire.txt')
    expect(ensureBuilt(seedDir, dbPath)).toEqual({ action: 'current', version: committed })
    expect(readdirSync(join(seedDir, 'articles')).sort()).toEqual(['ukraine-security-guarantees.txt', 'ukraine-security-guarantees.yaml', 'wire.txt'])
    expect(seedVersion(seedDir)).toBe(committed)
  })

  it('refuses a second writer with a clear message', () => {
    const { seedDir, dbPath } = setup()
    const before = state(seedDir, dbPath)
    const lock = lockWriter(dbPath)
    try {
      const r = ingest([join(TEXTS, 'wire.txt'), '--db', dbPath])
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(/refused: .* is being written by another process/)
      const d = ingest(['--delete', 'ukraine-security-guarantees', '--db', dbPath])
      expect(d.stderr).toMatch(/refused/)
    } finally {
      lock.release()
    }
    expect(state(seedDir, dbPath)).toEqual(before)
  })

  it('refuses to delete an article that is not there, saying so', () => {
    const { dbPath } = setup()
    const r = ingest(['--delete', 'never-was', '--db', dbPath])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/there is no article never-was/)
  })
})
