import { appendFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../src/ingest/ingest.js'
import { ensureBuilt } from '../../src/seed/startup.js'
import { copySeed, MINI_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'

afterAll(removeTempDirs)

// `npm start`'s rule: build when the database is missing, rebuild when the seed folder's
// content (by hash) differs from the database's, otherwise leave the file alone.

describe('ensureBuilt', () => {
  it('builds once, then rebuilds only when the seed folder\'s content changes', () => {
    const seedDir = copySeed(MINI_SEED)
    const dbPath = join(tempDir('startup'), 'claims.db')
    const first = ensureBuilt(seedDir, dbPath)
    expect(first.action).toBe('built')
    const inode = statSync(dbPath).ino

    // touching every file changes nothing: times are not content
    const later = new Date(Date.now() + 60_000)
    for (const f of ['actors.yaml', 'articles/mini.txt', 'articles/mini.yaml']) utimesSync(join(seedDir, f), later, later)
    expect(ensureBuilt(seedDir, dbPath)).toEqual({ action: 'current', version: first.action === 'built' ? first.summary.version : '' })
    expect(statSync(dbPath).ino).toBe(inode)

    // an ingest keeps the folder and the database in step: still nothing to do
    const input = join(tempDir('startup-input'), 'note.txt')
    writeFileSync(input, 'Officials said on Monday that talks would resume.\n')
    const ingested = ingestFile({ dbPath, file: input })
    expect(ensureBuilt(seedDir, dbPath)).toEqual({ action: 'current', version: ingested.version })

    // new content in the folder: rebuilt
    appendFileSync(join(seedDir, 'articles', 'mini.yaml'), '\n# reviewed again\n')
    const rebuilt = ensureBuilt(seedDir, dbPath)
    expect(rebuilt).toMatchObject({ action: 'rebuilt', was: ingested.version })
    expect(ensureBuilt(seedDir, dbPath).action).toBe('current')

    // a file removed: rebuilt
    rmSync(join(seedDir, 'articles', 'note.txt'))
    expect(ensureBuilt(seedDir, dbPath).action).toBe('rebuilt')
  })
})
