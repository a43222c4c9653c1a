import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { runSeed, type SeedSummary } from './pipeline.js'
import { databaseVersion, seedVersion } from './version.js'
import { settleSeedFolder, unsettledChange } from '../ingest/files.js'
import { withWriterLock, WriterLockedError } from '../db/writer-lock.js'

// `npm start`'s database: built from the seed folder when it is missing, and built again
// when the seed folder holds content the database does not (a file added, changed or
// removed, the registry changed, or a new schema or extractor version): the seed folder's
// version is computed from its files' hashes, without building, and compared with the
// database's. File times play no part. An ingest keeps both in step, so after one the
// versions agree and nothing is rebuilt.

export type StartupBuild = { action: 'built' | 'rebuilt', summary: SeedSummary, was?: string } | { action: 'current', version: string }

export function ensureBuilt (seedDir: string, dbPath: string): StartupBuild {
  if (!existsSync(dbPath)) return { action: 'built', summary: runSeed({ seedDir, dbPath }) }
  settleInterruptedIngest(seedDir, dbPath)
  const wanted = seedVersion(seedDir)
  const have = databaseVersion(dbPath)
  if (wanted !== null && wanted === have) return { action: 'current', version: have }
  return { action: 'rebuilt', summary: runSeed({ seedDir, dbPath }), ...(have === null ? {} : { was: have }) }
}

/**
 * An ingest killed between its commit and its seed folder's renames leaves the folder behind
 * the database: finish it (or undo one that never committed) before comparing the two, so
 * that the server does not rebuild the database from a folder missing what it serves. An
 * ingest running now holds the lock and settles its own change.
 */
function settleInterruptedIngest (seedDir: string, dbPath: string): void {
  const articles = join(seedDir, 'articles')
  if (unsettledChange(articles) === null) return
  try {
    withWriterLock(dbPath, () => settleSeedFolder(articles, dbPath, databaseVersion(dbPath)))
  } catch (err) {
    if (!(err instanceof WriterLockedError)) throw err
  }
}
