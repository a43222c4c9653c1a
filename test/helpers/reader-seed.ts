import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../dev/process.js'

// The real seed plus the reader view's fixture article (test/fixtures/reader: spans that
// nest and overlap partly, text that looks like markup, emoji), for the reader's tests.

export const READER_FIXTURE = join(ROOT, 'test', 'fixtures', 'reader')
export const FIXTURE_ID = 'reader-overlaps'

/** A temporary seed folder: seed/ with the fixture's article and actors added. Remove it with `remove()`. */
export function readerSeed (): { seedDir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'reader-seed-'))
  const seedDir = join(dir, 'seed')
  cpSync(join(ROOT, 'seed'), seedDir, { recursive: true })
  cpSync(join(READER_FIXTURE, 'articles'), join(seedDir, 'articles'), { recursive: true })
  // both registries are YAML sequences: one after the other is one sequence
  const actors = join(seedDir, 'actors.yaml')
  writeFileSync(actors, `${readFileSync(actors, 'utf8')}\n${readFileSync(join(READER_FIXTURE, 'actors.yaml'), 'utf8')}`)
  return { seedDir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
