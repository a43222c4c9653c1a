import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, getJson, ROOT, type Doc, type ListBody, type TestApp } from '../helpers/app.js'

// The README's example requests, run as a reader would paste them (bash, curl and jq) against
// the app listening on a free port, and checked against what the text around them says.

const README_HOST = 'http://127.0.0.1:3000'
const run = promisify(execFile)
const hasTools = spawnSync('sh', ['-c', 'command -v bash && command -v curl && command -v jq']).status === 0

/** The README's ```sh blocks that send requests to the server. */
function requestBlocks (): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  return [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((block) => block.includes('curl -s') && block.includes(README_HOST))
}

/** Every JSON value in `text`, as jq prints a stream of them (pretty or one a line). */
function jsonValues (text: string): unknown[] {
  const values: unknown[] = []
  let depth = 0
  let inString = false
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') { inString = true; if (depth === 0 && start === -1) start = i; continue }
    if (c === '{' || c === '[') { if (depth++ === 0) start = i; continue }
    if (c === '}' || c === ']') { if (--depth === 0) { values.push(JSON.parse(text.slice(start, i + 1))); start = -1 } continue }
    if (depth === 0) {
      if (/\s/.test(c)) { if (start !== -1) { values.push(JSON.parse(text.slice(start, i))); start = -1 } } else if (start === -1) start = i
    }
  }
  if (start !== -1) values.push(JSON.parse(text.slice(start)))
  return values
}

describe.skipIf(!hasTools)('the README\'s example requests', () => {
  let t: TestApp
  let base: string
  let dir: string
  const blocks = requestBlocks()
  const block = (marker: string) => {
    const found = blocks.filter((b) => b.includes(marker))
    expect(found, `one README example with ${marker}`).toHaveLength(1)
    return found[0]!
  }
  /** Runs a README block with bash, against our server, in a scratch folder; returns its stdout. */
  const sh = async (script: string) => {
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script.replaceAll(README_HOST, base)], { cwd: dir, maxBuffer: 1 << 26 })
    return stdout
  }

  beforeAll(async () => {
    t = await build()
    base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1')
    dir = mkdtempSync(join(tmpdir(), 'readme-'))
  })
  afterAll(async () => {
    await t?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('are the seven the tests below know', () => {
    expect(blocks).toHaveLength(7)
  })

  it('an app: the named sources\' claims about Ukraine, then the speakers\' records', async () => {
    const values = jsonValues(await sh(block('include=speaker'))) as Doc[]
    const actors = values.pop()!
    expect(values.length).toBeGreaterThan(0)
    for (const claim of values) {
      expect(Object.keys(claim)).toEqual(['text', 'speaker', 'certainty', 'cue'])
      expect(claim.speaker, 'a named source has a speaker').not.toBeNull()
      expect(actors[claim.speaker as string], `the record of ${String(claim.speaker)} is included`).toMatchObject({ id: claim.speaker })
    }
  })

  it('a script pulling everything: every claim once, following the cursor', async () => {
    const lines = (await sh(block('page.next'))).trim().split('\n')
    const { page } = await getJson<ListBody>(t.app, '/v1/claims')
    expect(lines).toHaveLength(page.total)
    expect(new Set(lines.map((l) => (JSON.parse(l) as Doc).id)).size).toBe(page.total)
  })

  it('search: ranked hits with the matches marked, by prefix and by phrase', async () => {
    const values = jsonValues(await sh(block('/v1/search'))) as Doc[]
    const phrase = values.pop()!
    expect(values.length).toBeGreaterThan(0)
    for (const hit of values) {
      expect(Object.keys(hit)).toEqual(['id', 'snippet'])
      expect(hit.snippet).toMatch(/<mark>[^<]*<\/mark>/)
    }
    expect(phrase.data.length).toBeGreaterThan(0)
    for (const hit of phrase.data as Doc[]) expect((hit.snippet as string).replace(/<\/?mark>/g, '')).toMatch(/territorial concessions/i)
  })

  it('bulk pulls: a CSV file with a header row, and hedged claims as tab-separated lines', async () => {
    const tsv = (await sh(block('format=csv'))).trim().split('\n')
    expect(existsSync(join(dir, 'claims.csv'))).toBe(true)
    expect(readFileSync(join(dir, 'claims.csv'), 'utf8').split('\n')[0]).toMatch(/^id,/)
    const possible = await getJson<ListBody>(t.app, '/v1/claims?certainty=possible&limit=500')
    expect(tsv.map((line) => line.split('\t')[0])).toEqual(possible.data.map((c) => c.id))
  })

  it('a cut-short export restarted after its last line: every claim once', async () => {
    await sh(block('after=$last'))
    const ids = readFileSync(join(dir, 'claims.ndjson'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Doc).id)
    const { page } = await getJson<ListBody>(t.app, '/v1/claims')
    expect(ids).toHaveLength(page.total)
    expect(new Set(ids).size).toBe(page.total)
    expect(readFileSync(join(dir, 'headers.txt'), 'utf8')).toMatch(new RegExp(`^total-count: ${page.total}\\r$`, 'mi'))
  })

  it('JSON-LD: a claim as a document, and every claim as one a line', async () => {
    const [claim] = jsonValues(await sh(block('format=jsonld'))) as Doc[]
    expect(claim).toMatchObject({ '@context': `${base}/v1/context.jsonld`, type: 'Claim', id: `${base}/v1/claims/putin-agreed-to-guarantees` })
    const lines = readFileSync(join(dir, 'claims.jsonld.ndjson'), 'utf8').trim().split('\n')
    expect(lines).toHaveLength((await getJson<ListBody>(t.app, '/v1/claims')).page.total)
  })

  it('the dataset as a SQLite file that Python opens', async () => {
    const out = await sh(block('/v1/dataset.db'))
    expect(out.trim()).toBe(`${(await getJson<ListBody>(t.app, '/v1/claims')).page.total} claims`)
  })
})
