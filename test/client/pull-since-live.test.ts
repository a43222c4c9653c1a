import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteArticle, ingestFile } from '../../src/ingest/ingest.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { pull, type PullOptions } from '../../client/src/pull/pull.js'
import { ROOT, spawnServer, type ServerProcess } from '../../dev/process.js'
import { copySeed, REAL_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'

// `npm run pull -- --since` against the real changes feed: a server on a writable database,
// a whole pull, then an article ingested and another deleted with the ingest's own
// functions, and `--since` the old version pulls exactly the new article's claims and names
// the deleted one. And the 410s a pull can meet while the dataset changes under it, named.

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
let server: ServerProcess
let dbPath: string
let seedDir: string
let out: string
beforeAll(async () => {
  seedDir = copySeed(REAL_SEED)
  out = tempDir('pull-since-live')
  dbPath = join(out, 'claims.db')
  runSeed({ seedDir, dbPath })
  ingestFile({ dbPath, seedDir, file: join(TEXTS, 'dateline.txt') })
  server = await spawnServer({ env: { DB_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' } })
}, 60_000)
afterAll(async () => {
  await server?.stop()
  removeTempDirs()
})

const health = async () => ((await (await fetch(`${server.url}/health`)).json()) as { datasetVersion: string }).datasetVersion
/** Until the running server serves `version` (it follows commits within a second). */
async function serving (version: string) {
  for (let i = 0; i < 100 && await health() !== version; i++) await new Promise((resolve) => setTimeout(resolve, 100))
  expect(await health()).toBe(version)
}
const ids = (ndjson: string) => ndjson.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { id: string }).id)
const pullCli = async (...args: string[]) => await promisify(execFile)(process.execPath, ['--import', 'tsx', 'client/src/pull/cli.ts', ...args, '--base', server.url], { cwd: ROOT })

describe('pull --since, against the real changes feed', () => {
  it('pulls exactly the claims of the article ingested since, and names the one deleted', async () => {
    const old = await health()
    await pullCli('claims', '--out', join(out, 'all.ndjson'))
    const all = ids(readFileSync(join(out, 'all.ndjson'), 'utf8'))
    const dateline = ids(await (await fetch(`${server.url}/v1/claims?article=dateline&format=ndjson`)).text())
    expect(dateline.length).toBeGreaterThan(0)
    expect(all).toEqual(expect.arrayContaining(dateline))

    const added = ingestFile({ dbPath, seedDir, file: join(TEXTS, 'feature.txt') })
    const deleted = deleteArticle({ dbPath, seedDir, id: 'dateline' })
    await serving(deleted.version)
    expect(added.version).not.toBe(old)

    const { stderr } = await pullCli('claims', '--since', old, '--out', join(out, 'since.ndjson'))
    const since = ids(readFileSync(join(out, 'since.ndjson'), 'utf8'))
    const feature = ids(await (await fetch(`${server.url}/v1/claims?article=feature&format=ndjson`)).text())
    expect(feature.length).toBeGreaterThan(0)
    expect(since).toEqual(feature)
    expect(since.some((id) => all.includes(id))).toBe(false)
    expect(stderr).toMatch(/1 articles added, 0 replaced, 1 deleted \(dateline: their items are gone\)/)
    expect(stderr).toContain(`pulled ${feature.length} items of dataset ${deleted.version}`)
    // the deleted article's claims are gone, as the pull said
    expect((await fetch(`${server.url}/v1/claims/${dateline[0]!}`)).status).toBe(410)
  }, 120_000)

  const options = (name: string, extra: Partial<PullOptions>): PullOptions => {
    const file = join(out, name)
    return { base: server.url, path: '/v1/claims', filters: {}, format: 'ndjson', out: file, checkpoint: `${file}.checkpoint`, via: 'pages', pageSize: 2, retry: { attempts: 1, baseDelay: 1 }, ...extra }
  }

  it('names a stale cursor DatasetChanged, to be restarted, when an ingest lands mid-pull', async () => {
    let changed = false
    const o = options('stale.ndjson', {
      path: '/v1/actors',
      filters: { sort: ['-mentions'] },
      onProgress: (p) => {
        if (changed || p.items < 2) return
        changed = true
        ingestFile({ dbPath, seedDir, file: join(TEXTS, 'wire.txt') })
      }
    })
    const version = (await (await fetch(`${server.url}/health`)).json() as { datasetVersion: string }).datasetVersion
    const err = await pull(o).then(() => null, (e: unknown) => e)
    expect(changed).toBe(true)
    expect(err).toMatchObject({ failure: 'DatasetChanged', resumable: false })
    expect((err as Error).message).toMatch(/stale/)
    expect((err as Error).message).toContain(version)
    expect((err as Error).message).toMatch(/--restart/)
  }, 60_000)

  it('names an item deleted mid-pull Gone, pointing at the changes feed', async () => {
    // the article ingested by the first test, its claims a page at a time
    expect((await fetch(`${server.url}/v1/articles/feature/claims?limit=1`)).headers.get('total-count')).not.toBe('1')
    let deleted = false
    const o = options('gone.ndjson', {
      path: '/v1/articles/feature/claims',
      pageSize: 1,
      onProgress: (p) => {
        if (deleted || p.items < 1) return
        deleted = true
        deleteArticle({ dbPath, seedDir, id: 'feature' })
      }
    })
    const err = await pull(o).then(() => null, (e: unknown) => e)
    expect(deleted).toBe(true)
    expect(err).toMatchObject({ failure: 'Gone' })
    expect((err as Error).message).toMatch(/\/v1\/changes\?since=/)
  }, 60_000)
})
