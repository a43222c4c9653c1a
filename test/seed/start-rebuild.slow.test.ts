import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, spawnServer } from '../../dev/process.js'
import { removeTempDirs, tempDir } from '../helpers/seed.js'

// `npm start` as a user runs it, in a folder of its own (seed/ and data/ relative to it):
// the first start builds data/claims.db; a start after every seed file's time was changed
// leaves the database alone (times are not content); a start after one byte of seed/ changed
// builds it again. Slow: three server starts.

afterAll(removeTempDirs)

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const SERVER = join(ROOT, 'src', 'server.ts')

async function start (cwd: string): Promise<string> {
  const server = await spawnServer({ command: [process.execPath, '--import', TSX, SERVER], env: { LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' }, cwd })
  const version = ((await (await fetch(`${server.url}/health`)).json()) as { datasetVersion: string }).datasetVersion
  expect(await server.stop()).toBe(0)
  return `${version}\n${server.output()}`
}

describe('npm start', () => {
  it('builds once, ignores file times, rebuilds when a byte of seed/ changes', async () => {
    const cwd = tempDir('npm-start')
    cpSync(join(ROOT, 'seed'), join(cwd, 'seed'), { recursive: true })
    const db = join(cwd, 'data', 'claims.db')

    const first = await start(cwd)
    expect(first).toMatch(/^built .*claims\.db \(version (\w+)\)/m)
    const version = first.split('\n')[0]!
    const built = statSync(db)

    const later = new Date(Date.now() + 120_000)
    const files = readdirSync(join(cwd, 'seed'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|txt|json)$/.test(f))
    expect(files.length).toBeGreaterThan(2)
    for (const f of files) utimesSync(join(cwd, 'seed', f), later, later)
    const touched = await start(cwd)
    expect(touched.split('\n')[0]).toBe(version)
    expect(touched).not.toMatch(/built/)
    expect(statSync(db).ino).toBe(built.ino)
    expect(statSync(db).mtimeMs).toBe(built.mtimeMs)

    // one byte of the registry's leading comment
    const registry = join(cwd, 'seed', 'actors.yaml')
    const text = readFileSync(registry, 'utf8')
    expect(text.startsWith('# Shared')).toBe(true)
    writeFileSync(registry, `# shared${text.slice('# Shared'.length)}`)
    const changed = await start(cwd)
    expect(changed).toMatch(new RegExp(`^rebuilt .*claims\\.db \\(version \\w+, was ${version}: seed/ has content it had not\\)`, 'm'))
    expect(statSync(db).ino).not.toBe(built.ino)
  }, 240_000)
})
