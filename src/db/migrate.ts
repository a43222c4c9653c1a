import { readdirSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Database } from 'better-sqlite3'

// Migrations are recorded in SQLite's own `user_version` header field rather than a
// table or a library: it is atomic with each migration's transaction, needs no extra
// schema, and lets the server check "is this a database of ours, at our version" with
// one pragma before it reads anything.

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations')

interface Migration { version: number, file: string, sql: string }

export class MigrationError extends Error {
  constructor (readonly file: string, cause: unknown) {
    super(`migration ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'MigrationError'
  }
}

function listMigrations (dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .map((file) => ({ version: Number.parseInt(file, 10), file, sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(m.file, new Error(`expected number ${i + 1}: migrations are numbered 1, 2, 3… without gaps or repeats`))
  })
  return migrations
}

/** The schema version a database built by this code has: the number of the last migration. */
export function latestSchemaVersion (dir = MIGRATIONS_DIR): number {
  return listMigrations(dir).at(-1)?.version ?? 0
}

/** Applies, in order and each in its own transaction, the migrations the database lacks. */
export function migrate (db: Database, dir = MIGRATIONS_DIR): number[] {
  const current = db.pragma('user_version', { simple: true }) as number
  const applied: number[] = []
  for (const m of listMigrations(dir)) {
    if (m.version <= current) continue
    try {
      db.transaction(() => {
        db.exec(m.sql)
        db.pragma(`user_version = ${m.version}`)
      })()
    } catch (err) {
      throw new MigrationError(m.file, err)
    }
    applied.push(m.version)
  }
  return applied
}
