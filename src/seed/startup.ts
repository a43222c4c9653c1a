import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { runSeed, type SeedSummary } from './pipeline.js'
import { seedVersion } from './version.js'

// `npm start`'s database: built from the seed folder when it is missing, and built again
// when the seed folder holds content the database does not (a file added, changed or
// removed, the registry changed, or a new schema or extractor version): the seed folder's
// version is computed from its files' hashes, without building, and compared with the
// database's. File times play no part. An ingest keeps both in step, so after one the
// versions agree and nothing is rebuilt.

export type StartupBuild = { action: 'built' | 'rebuilt', summary: SeedSummary, was?: string } | { action: 'current', version: string }

export function ensureBuilt (seedDir: string, dbPath: string): StartupBuild {
  if (!existsSync(dbPath)) return { action: 'built', summary: runSeed({ seedDir, dbPath }) }
  const wanted = seedVersion(seedDir)
  const have = versionOf(dbPath)
  if (wanted !== null && wanted === have) return { action: 'current', version: have }
  return { action: 'rebuilt', summary: runSeed({ seedDir, dbPath }), ...(have === null ? {} : { was: have }) }
}

function versionOf (dbPath: string): string | null {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true })
    try {
      return (db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined) ?? null
    } finally {
      db.close()
    }
  } catch {
    // not a database of ours: the build replaces it
    return null
  }
}
