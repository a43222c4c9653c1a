import { afterAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { lockWriter, WriterLockedError } from '../../src/db/writer-lock.js'
import { openReadOnly } from '../../src/db/open.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { dbState, MINI_SEED, REAL_SEED, removeTempDirs, runCli, tempDir } from '../helpers/seed.js'
import { ROOT } from '../helpers/app.js'

// The one writable database: in WAL mode, written by one process at a time, replaced by a
// rebuild without disturbing the readers of the file it replaces.

afterAll(removeTempDirs)

const count = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
const version = (db: Database.Database) => (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string }).value

/** A child process that takes the writer lock of dbPath and holds it until killed. */
async function holdLockElsewhere (dbPath: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `import { lockWriter } from './src/db/writer-lock.ts'; lockWriter(${JSON.stringify(dbPath)}); console.log('locked'); setInterval(() => {}, 1000)`],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('locked')) resolve() })
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)))
  })
  return child
}

describe('the seed output', () => {
  it('is in WAL mode, with no temporary left beside it', () => {
    const dbPath = join(tempDir(), 'claims.db')
    runSeed({ seedDir: MINI_SEED, dbPath })
    const db = openReadOnly(dbPath)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    runSeed({ seedDir: MINI_SEED, dbPath })
    // a read-only reader may leave an empty -wal and the -shm (it may not delete them); nothing else
    expect(readdirSync(join(dbPath, '..')).filter((f) => !/^claims\.db(\.lock|-wal|-shm)?$/.test(f))).toEqual([])
  })

  it('replaced by a rebuild, leaves its readers on the old file, undisturbed by writes into the new one', () => {
    const dbPath = join(tempDir(), 'claims.db')
    runSeed({ seedDir: MINI_SEED, dbPath })
    const old = openReadOnly(dbPath)
    const before = { n: count(old), version: version(old) }

    runSeed({ seedDir: REAL_SEED, dbPath })
    const fresh = openReadOnly(dbPath)
    expect(count(fresh)).toBeGreaterThan(before.n)
    expect({ n: count(old), version: version(old) }).toEqual(before)

    // what a later ingest does: a write committed to the WAL of the new file; a reader of
    // the replaced file must not read those pages as its own
    const writer = new Database(dbPath)
    writer.prepare("UPDATE meta SET value = 'written-after-rebuild' WHERE key = 'version'").run()
    expect({ n: count(old), version: version(old) }).toEqual(before)
    expect(version(fresh)).toBe('written-after-rebuild')
    expect(old.pragma('quick_check', { simple: true })).toBe('ok')
    writer.close()
    old.close()
    fresh.close()
  })
})

describe('the writer lock', () => {
  it('refuses a second writer in the same process, and is free again once released', () => {
    const dbPath = join(tempDir(), 'claims.db')
    const lock = lockWriter(dbPath)
    expect(() => lockWriter(dbPath)).toThrow(WriterLockedError)
    expect(() => runSeed({ seedDir: MINI_SEED, dbPath })).toThrow(/is being written by another process/)
    lock.release()
    runSeed({ seedDir: MINI_SEED, dbPath })
    expect(existsSync(dbPath)).toBe(true)
  })

  it('refuses `npm run seed` while another process writes, leaving the database untouched, and goes with a killed holder', async () => {
    const dbPath = join(tempDir(), 'claims.db')
    runSeed({ seedDir: MINI_SEED, dbPath })
    const before = dbState(dbPath)
    const holder = await holdLockElsewhere(dbPath)
    try {
      const { status, stderr } = runCli(['--seed-dir', MINI_SEED, '--db', dbPath])
      expect(status).toBe(1)
      expect(stderr).toContain(`seed: refused: ${dbPath} is being written by another process`)
      expect(dbState(dbPath)).toEqual(before)
    } finally {
      holder.kill('SIGKILL')
      await new Promise((resolve) => holder.once('exit', resolve))
    }
    // no stale lock to clean up: the kernel released it with the process
    expect(runCli(['--seed-dir', MINI_SEED, '--db', dbPath]).status).toBe(0)
  })
})
