import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// `npm run pull` starts client/bin/pull.js, which runs a bundle of the pull's TypeScript made
// by esbuild in node_modules/.cache/: made again whenever a file it was made from changes.

const ROOT = join(import.meta.dirname, '..', '..')
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'structured-claims-pull', 'cli.mjs')
const STAMP = '// structured-claims-pull '

const launch = (...args: string[]) => spawnSync(process.execPath, ['client/bin/pull.js', ...args], { cwd: ROOT, encoding: 'utf8' })
function stamp (): { inputs: string[], hash: string } {
  const text = readFileSync(BUNDLE, 'utf8')
  return JSON.parse(text.slice(STAMP.length, text.indexOf('\n'))) as { inputs: string[], hash: string }
}
/** What the launcher hashes: itself, then each input's path and contents. */
function hashOf (inputs: string[]): string {
  const hash = createHash('sha256').update(readFileSync(join(ROOT, 'client', 'bin', 'pull.js')))
  for (const file of inputs) hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0')
  return hash.digest('hex')
}

describe('the pull launcher', () => {
  it('runs the pull from a bundle that records every source it was made from', () => {
    const r = launch()
    expect(r.status, r.stderr).toBe(2)
    expect(r.stderr).toContain('pull: Usage: give exactly one COLLECTION')
    const { inputs, hash } = stamp()
    expect(inputs).toEqual(expect.arrayContaining(['client/src/pull/cli.ts', 'client/src/pull/records.ts', 'client/src/pull/sources.ts', 'client/src/retry.ts']))
    expect(hash).toBe(hashOf(inputs))
  })

  it('makes the bundle again when its sources are not the ones it was made from', () => {
    launch()
    const text = readFileSync(BUNDLE, 'utf8')
    const { inputs, hash } = stamp()
    // a bundle made from other sources: the same code, recorded under another hash
    const stale = `${STAMP}${JSON.stringify({ inputs, hash: hash.replace(/^./, (c) => c === '0' ? '1' : '0') })}${text.slice(text.indexOf('\n'))}`
    writeFileSync(`${BUNDLE}.test.tmp`, stale)
    renameSync(`${BUNDLE}.test.tmp`, BUNDLE)
    const r = launch('claims', '--format', 'xml')
    expect(r.status, r.stderr).toBe(2)
    expect(r.stderr).toContain('--format xml: give ndjson, csv or jsonld')
    expect(stamp().hash).toBe(hashOf(inputs))
  })
})
