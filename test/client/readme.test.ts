import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ROOT } from '../helpers/app.js'
import { startServer, type RunningServer } from '../helpers/server.js'
import { startGate } from './gate.js'

// client/README.md's examples, run as written against a started server (only its address
// is changed): the TypeScript through the package name, the shell commands in bash, the
// Python with python3. The interruption the resume example shows is made here, by SIGINT
// once a proxy has held the export half-way.

const README = readFileSync(join(ROOT, 'client', 'README.md'), 'utf8')
const snippet = (name: string) => {
  const found = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(README)
  if (found === null) throw new Error(`client/README.md has no snippet ${name}`)
  return found[1]!
}

let server: RunningServer
let base: string
let work: string
const moduleDir = join(ROOT, 'test-results', 'readme-snippets') // inside the project, so the package name resolves
beforeAll(async () => {
  server = await startServer()
  base = server.url
  work = mkdtempSync(join(tmpdir(), 'readme-snippets-'))
  mkdirSync(moduleDir, { recursive: true })
})
afterAll(async () => { await server?.stop(); rmSync(work, { recursive: true, force: true }) })

/** Every item of a list, page after page, from the server. */
async function listAll (path: string): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = []
  let url: string | null = `${base}${path}${path.includes('?') ? '&' : '?'}limit=500`
  while (url !== null) {
    const body = await (await fetch(url)).json() as { data: Array<Record<string, unknown>>, page: { next: string | null } }
    items.push(...body.data)
    url = body.page.next === null ? null : `${url.replace(/&cursor=[^&]*/, '')}&cursor=${body.page.next}`
  }
  return items
}

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
    const total = (await listAll('/v1/claims?speaker=marco-rubio')).length
    expect(out).toMatch(new RegExp(`^${total} of ${total}$`, 'm'))
  })

  it('shows a 400 as a ProblemError naming the parameter', async () => {
    expect(await runTs('problem')).toMatch(/^400 certainty: must be one of/)
  })

  it('iterates a collection and a search', async () => {
    const claims = await listAll('/v1/claims')
    const out = await runTs('iterate')
    expect(out).toContain(`${claims.filter((c) => c.certainty !== 'certain').length} hedged claims`)
    expect(out).toMatch(/^claim \S+$/m)
  })

  it('pulls claims and a search to NDJSON with npm run pull', async () => {
    await bash(here(snippet('pull')).replaceAll('npm run pull --', `npm --prefix ${ROOT} run --silent pull -- --quiet`))
    const lines = (file: string) => readFileSync(join(work, file), 'utf8').trimEnd().split('\n')
    expect(lines('claims.ndjson')).toHaveLength((await listAll('/v1/claims')).length)
    expect(lines('ukraine.ndjson').map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(expect.arrayContaining(['claim']))
  })

  it('resumes an interrupted pull with the same command', async () => {
    const [first, second] = here(snippet('pull-resume')).split('\n').filter((l) => l.startsWith('npm run pull'))
    const claims = await listAll('/v1/claims')
    const gate = await startGate(base)
    try {
      const exportBytes = (await (await fetch(`${base}/v1/claims?format=ndjson`)).arrayBuffer()).byteLength
      gate.holdBodyAfter(Math.floor(exportBytes / 2))
      // the first command, stopped as Ctrl-C stops it once some claims are saved
      const args = first!.replace('npm run pull --', '').replaceAll(base, gate.url).trim().split(/\s+/)
      const child = spawn(process.execPath, ['client/bin/pull.js', ...args, '--page-size', '5'], { cwd: ROOT, env: { ...process.env, INIT_CWD: work }, stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
      const checkpoint = join(work, 'all-claims.ndjson.checkpoint')
      for (const deadline = Date.now() + 60_000; !(existsSync(checkpoint) && (JSON.parse(readFileSync(checkpoint, 'utf8')) as { items: number }).items >= 5);) {
        if (Date.now() > deadline) throw new Error(`the pull saved nothing in 60 s: ${stderr}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      child.kill('SIGINT')
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(130)
      expect(stderr).toMatch(/pull: Interrupted: interrupted; \d+ items are saved in all-claims.ndjson/)
      gate.release()
      // the second, as written (to the same address: a checkpoint belongs to one server)
      const { stderr: log } = await run('bash', ['-euo', 'pipefail', '-c', second!.replaceAll(base, gate.url).replace('npm run pull --', `npm --prefix ${ROOT} run --silent pull --`)], { cwd: work })
      expect(log).toMatch(new RegExp(`pulled ${claims.length} items \\(resumed after \\d+\\) of dataset \\S+ into all-claims.ndjson, as announced \\(${claims.length}\\)`))
      const ids = readFileSync(join(work, 'all-claims.ndjson'), 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)
      expect(ids).toEqual(claims.map((c) => c.id))
    } finally {
      await gate.close()
    }
  })

  it('reads the CSV export with Python\'s csv module', async () => {
    await bash(here(snippet('csv-download')))
    const { stdout: out } = await run('python3', ['-c', snippet('csv-python')], { cwd: work })
    const claims = await listAll('/v1/claims')
    const hedged = claims.filter((c) => c.certainty !== 'certain').length
    expect(out).toContain(`${claims.length} claims; ${hedged} hedged`)
    expect(out.split('\n')[1]).toMatch(new RegExp(`^${claims[0]!.id as string} `))
  })
})
