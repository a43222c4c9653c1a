import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { DraftAnnotation } from '../../src/extract/types.js'
import { copySeed, MINI_SEED, removeTempDirs, runCli, tempDir } from '../helpers/seed.js'
import { ROOT } from '../helpers/app.js'

// The command lines of npm run extract and npm run seed's new options, each run in a child
// process (slow to start, so in npm run test:full).

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
const WIRE = join(TEXTS, 'wire.txt')

function cli (args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'seed', 'extract-cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const items = (d: DraftAnnotation) => [...d.actors, ...d.events, ...d.claims, ...d.questions]

afterAll(removeTempDirs)

describe('extract CLI', () => {
  it('prints the draft with --json and writes nothing', () => {
    const seed = copySeed(MINI_SEED)
    const before = readdirSync(join(seed, 'articles')).sort()
    const { status, stdout, stderr } = cli([WIRE, '--json', '--seed-dir', seed, '--id', 'wire-copy'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const draft = JSON.parse(stdout) as DraftAnnotation
    expect(draft.article.id).toBe('wire-copy')
    expect(items(draft).every((i) => i.origin === 'extracted')).toBe(true)
    expect(readdirSync(join(seed, 'articles')).sort()).toEqual(before)
  })

  it('writes the text and the draft, and says so', () => {
    const seed = copySeed(MINI_SEED)
    const { status, stdout } = cli([WIRE, '--seed-dir', seed])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^extract: .*wire\.txt and .*wire\.yaml: \d+ actors, \d+ events, \d+ claims, \d+ questions, all origin: extracted\n$/)
    expect(existsSync(join(seed, 'articles', 'wire.yaml'))).toBe(true)
  })

  it('exits 1 with the message on bad input, and 2 with the usage on a bad command line', () => {
    const file = join(tempDir(), 'empty.txt')
    writeFileSync(file, '')
    const bad = cli([file, '--seed-dir', MINI_SEED])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe(`extract: ${file}: empty file: an article needs text\n`)
    const usage = cli(['--seed-dir', MINI_SEED])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('usage: npm run extract -- FILE.txt')
  })
})

describe('seed CLI', () => {
  it('builds a seed with bare texts, printing the counts', () => {
    const seed = copySeed(MINI_SEED)
    const texts = readdirSync(TEXTS).filter((f) => f.endsWith('.txt'))
    for (const f of texts) copyFileSync(join(TEXTS, f), join(seed, 'articles', f))
    const { status, stdout, stderr } = runCli(['--seed-dir', seed, '--db', join(tempDir(), 'claims.db')])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(new RegExp(`  articles +${texts.length + 1}\n`))
  })

  it('refuses an article over --max-article-bytes, and a limit that is not a number', () => {
    const dbPath = join(tempDir(), 'claims.db')
    const over = runCli(['--seed-dir', MINI_SEED, '--db', dbPath, '--max-article-bytes', '100'])
    expect(over.status).toBe(1)
    expect(over.stderr).toMatch(/mini\.txt: article mini: \d+ bytes, over the maximum article size of 100 bytes/)
    expect(existsSync(dbPath)).toBe(false)
    const bad = runCli(['--seed-dir', MINI_SEED, '--db', dbPath, '--max-article-bytes', 'lots'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--max-article-bytes must be a whole number of bytes above 0, not "lots"')
  })
})
