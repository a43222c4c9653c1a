import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pull, type PullOptions } from '../../client/src/pull/pull.js'
import { PullError } from '../../client/src/pull/errors.js'
import { articleGroups, changedArticles } from '../../client/src/pull/changes.js'
import { build, type TestApp } from '../helpers/app.js'
import { FIXTURE_ID, readerSeed } from '../helpers/reader-seed.js'

// `--since`: the pull asks the changes feed (GET /v1/changes?since=VERSION) which articles
// changed, and pulls only their items through the collection's `article` filter. Here a
// proxy in front of the real app answers the feed with its shape ({ datasetVersion, since,
// data: [{ article, change, version }], next }), on two pages, to reach the cases a real
// feed rarely gives (a server without it, a feed of another version), and passes everything
// else to the app; test/client/pull-since-live.test.ts pulls from the real feed.

let t: TestApp
let removeSeed: () => void
let app: string
let feed: http.Server
let base: string
let version: string
let dir: string
let feedVersion: () => string = () => version
/** false: the proxy answers as an older server without the feed would, 404 */
let hasFeed = true
beforeAll(async () => {
  const seed = readerSeed()
  removeSeed = seed.remove
  t = await build(seed.seedDir)
  app = await t.app.listen({ port: 0, host: '127.0.0.1' })
  version = (await (await fetch(`${app}/health`)).json() as { datasetVersion: string }).datasetVersion
  dir = mkdtempSync(join(tmpdir(), 'pull-since-'))
  feed = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/v1/changes' && !hasFeed) {
      res.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ type: '/problems/not-found', title: 'Not Found', status: 404, detail: 'no such route' }))
      return
    }
    if (url.pathname === '/v1/changes') {
      const since = url.searchParams.get('since')
      const page = url.searchParams.get('cursor') === null
        ? { datasetVersion: feedVersion(), since, data: [{ article: FIXTURE_ID, change: 'replaced', version: 'v0' }, { article: 'old-article', change: 'added', version: 'v0' }], next: 'page-2' }
        : { datasetVersion: feedVersion(), since, data: [{ article: 'old-article', change: 'deleted', version: feedVersion() }] }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page))
      return
    }
    const up = http.request(`${app}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (r) => { res.writeHead(r.statusCode ?? 502, r.headers); r.pipe(res) })
    req.pipe(up)
  })
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(feed.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => feed.close(resolve))
  await t.close()
  removeSeed()
  rmSync(dir, { recursive: true, force: true })
})

let n = 0
const options = (extra: Partial<PullOptions> = {}): PullOptions => {
  const out = join(dir, `since-${++n}.out`)
  return { base, path: '/v1/claims', filters: {}, format: 'ndjson', out, checkpoint: `${out}.checkpoint`, since: 'v0', pageSize: 3, retry: { attempts: 2, baseDelay: 1 }, ...extra }
}
const exported = async (qs: string) => await (await fetch(`${app}/v1/claims?${qs}`)).text()

describe('pull --since', () => {
  it('pulls the items of the articles added or replaced since the version, and names the deleted ones', async () => {
    const o = options()
    const result = await pull(o)
    const expected = await exported(`article=${FIXTURE_ID}&format=ndjson`)
    expect(expected.split('\n').length).toBeGreaterThan(4)
    expect(readFileSync(o.out, 'utf8')).toBe(expected)
    expect(result.changes).toEqual({ added: [], replaced: [FIXTURE_ID], deleted: ['old-article'] })
    expect(result.items).toBe(result.total)
    // the whole collection holds more: the other article's claims were left out
    expect((await exported('format=ndjson')).length).toBeGreaterThan(expected.length)
  })

  it('resumes after an interruption, in CSV too, to the bytes of one export', async () => {
    for (const format of ['ndjson', 'csv'] as const) {
      const controller = new AbortController()
      const o = options({ format, signal: controller.signal, onProgress: (p) => { if (p.items >= 3) controller.abort() } })
      await expect(pull(o)).rejects.toMatchObject({ failure: 'Interrupted' })
      const result = await pull({ ...o, signal: undefined, onProgress: undefined })
      expect(result.resumedFrom).toBe(3)
      expect(readFileSync(o.out, 'utf8')).toBe(await exported(`article=${FIXTURE_ID}&format=${format}`))
    }
  })

  it('stops with Refused on a server without a changes feed, and DatasetChanged when the feed is of another version', async () => {
    hasFeed = false
    const none = await pull(options()).then(() => null, (e: unknown) => e).finally(() => { hasFeed = true })
    expect(none).toBeInstanceOf(PullError)
    expect(none).toMatchObject({ failure: 'Refused', message: expect.stringMatching(/no changes feed/) })
    feedVersion = () => 'another-version'
    try {
      await expect(pull(options())).rejects.toMatchObject({ failure: 'DatasetChanged' })
    } finally {
      feedVersion = () => version
    }
  })

  it('groups changed articles 50 a request and keeps each article\'s last change', () => {
    const many = Array.from({ length: 120 }, (_, i) => `a${i}`)
    expect(articleGroups(many).map((g) => g.length)).toEqual([50, 50, 20])
    expect(changedArticles({
      since: 'v0',
      version: 'v2',
      changes: [
        { article: 'a', change: 'added', version: 'v1' }, { article: 'b', change: 'deleted', version: 'v1' },
        { article: 'a', change: 'deleted', version: 'v2' }, { article: 'b', change: 'added', version: 'v2' }
      ]
    })).toEqual({ pull: ['b'], deleted: ['a'] })
  })
})
