import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { parse, stringify } from 'yaml'
import { runSeed, type SeedSummary } from '../../src/seed/pipeline.js'
import { SeedError } from '../../src/seed/errors.js'
import { ROOT } from '../../dev/process.js'

// Databases built by the real pipeline into fresh temporary folders, and copies of fixture
// seeds with one YAML file changed, for the tests of bad input.

export const REAL_SEED = join(ROOT, 'seed')
export const MINI_SEED = join(ROOT, 'test', 'fixtures', 'mini')

const made: string[] = []

/** A fresh, empty temporary folder; removed by `removeTempDirs`. */
export function tempDir (label = 'seed-test'): string {
  const dir = mkdtempSync(join(tmpdir(), `${label}-`))
  made.push(dir)
  return dir
}

export function removeTempDirs (): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Runs the whole pipeline from `seedDir` into `<fresh temp dir>/<name>`. */
export function buildDb (seedDir: string, name = 'claims.db'): SeedSummary & { dir: string } {
  const dir = tempDir('seed-db')
  return { dir, ...runSeed({ seedDir, dbPath: join(dir, name) }) }
}

/** Opens a built database read-only. */
export function openDb (path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true })
}

/** Copies a seed folder (a fixture by default) into a fresh temp dir and returns the copy. */
export function copySeed (from = MINI_SEED): string {
  const dir = join(tempDir('seed-copy'), 'seed')
  cpSync(from, dir, { recursive: true })
  return dir
}

/** Parses one YAML file of a seed copy, lets `change` edit it (or return a replacement), writes it back. */
export function mutateYaml<T = unknown> (seedDir: string, file: string, change: (data: T) => T | undefined | void): void {
  const path = join(seedDir, file)
  const data = parse(readFileSync(path, 'utf8')) as T
  const replaced = change(data)
  writeFileSync(path, stringify(replaced === undefined ? data : replaced))
}

function sha256File (path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** The database file's hash and every file beside it: equal before and after a failed build. */
export function dbState (dbPath: string): { sha256: string, files: string[] } {
  // the writer's lock file stays beside the database by design (src/db/writer-lock.ts)
  return { sha256: sha256File(dbPath), files: readdirSync(dirname(dbPath)).filter((f) => !f.endsWith('.lock')).sort() }
}

/** A seed file as messages name it (relative to the working directory, as the pipeline does). */
export function seedFileName (seedDir: string, file: string): string {
  return relative(process.cwd(), join(seedDir, file))
}

/** Runs the pipeline, expecting it to reject the seed; returns the SeedError. */
export function seedError (seedDir: string, dbPath: string): SeedError {
  try {
    runSeed({ seedDir, dbPath })
  } catch (err) {
    if (err instanceof SeedError) return err
    throw err
  }
  throw new Error(`expected ${seedDir} to be rejected`)
}

/** Runs `npm run seed`'s entry point in a child process. */
export function runCli (args: string[]): { status: number | null, stdout: string, stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'seed', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
