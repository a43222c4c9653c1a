import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { build, listAll, ROOT, type TestApp } from '../helpers/app.js'

// client/README.md's examples, run as written against the app listening on a free port
// (only its address is changed): the TypeScript through the package name, the shell
// commands in bash, the Python with python3.

const README = readFileSync(join(ROOT, 'client', 'README.md'), 'utf8')
const snippet = (name: string) => {
  const found = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(README)
  if (found === null) throw new Error(`client/README.md has no snippet ${name}`)
  return found[1]!
}

let t: TestApp
let base: string
let work: string
const moduleDir = join(ROOT, 'test-results', 'readme-snippets') // inside the project, so the package name resolves
beforeAll(async () => {
  t = await build()
  base = await t.app.listen({ port: 0, host: '127.0.0.1' })
  work = mkdtempSync(join(tmpdir(), 'readme-snippets-'))
  mkdirSync(moduleDir, { recursive: true })
})
afterAll(async () => { await t.close(); rmSync(work, { recursive: true, force: true }) })

const here = (code: string) => code.replaceAll('http://127.0.0.1:3000', base)

async function runTs (name: string): Promise<string> {
  const file = join(moduleDir, `${name}-${Date.now()}.ts`)
  writeFileSync(file, here(snippet(name)))
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { lines.push(args.join(' ')) })
  try {
    await import(file)
  } finally {
    log.mockRestore()
    rmSync(file, { force: true })
  }
  return lines.join('\n')
}

// asynchronous: the server answering these commands runs in this very process
const run = promisify(execFile)
const bash = async (code: string) => (await run('bash', ['-euo', 'pipefail', '-c', code], { cwd: work })).stdout

describe('client/README.md', () => {
  it('lists claims by speaker with the client', async () => {
    const out = await runTs('by-speaker')
    const total = (await listAll(t.app, '/v1/claims?speaker=marco-rubio')).length
    expect(out).toMatch(new RegExp(`^${total} of ${total}$`, 'm'))
  })

  it('shows a 400 as a ProblemError naming the parameter', async () => {
    expect(await runTs('problem')).toMatch(/^400 certainty: must be one of/)
  })

  it('iterates a collection and a search', async () => {
    const claims = await listAll(t.app, '/v1/claims')
    const out = await runTs('iterate')
    expect(out).toContain(`${claims.filter((c) => c.certainty !== 'certain').length} hedged claims`)
    expect(out).toMatch(/^claim \S+$/m)
  })

  it('pulls claims and a search to NDJSON with npm run pull', async () => {
    await bash(here(snippet('pull')).replaceAll('npm run pull --', `npm --prefix ${ROOT} run --silent pull -- --quiet`))
    const lines = (file: string) => readFileSync(join(work, file), 'utf8').trimEnd().split('\n')
    expect(lines('claims.ndjson')).toHaveLength((await listAll(t.app, '/v1/claims')).length)
    expect(lines('ukraine.ndjson').map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(expect.arrayContaining(['claim']))
  })

  it('reads the CSV export with Python\'s csv module', async () => {
    await bash(here(snippet('csv-download')))
    const { stdout: out } = await run('python3', ['-c', snippet('csv-python')], { cwd: work })
    const claims = await listAll(t.app, '/v1/claims')
    const hedged = claims.filter((c) => c.certainty !== 'certain').length
    expect(out).toContain(`${claims.length} claims; ${hedged} hedged`)
    expect(out.split('\n')[1]).toMatch(new RegExp(`^${claims[0]!.id as string} `))
  })
})
