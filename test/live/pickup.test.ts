import { renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { build, getJson, type Doc, type ListBody, type TestApp } from '../helpers/app.js'
import { MINI_SEED } from '../helpers/seed.js'
import { addClaims, rebuild, removeClaims } from '../helpers/growth.js'
import { Repository } from '../../src/db/repository.js'

// A server follows its database while a writer changes it: a commit on the same file, or a
// new file renamed over the path. No restart; every answer says (Dataset-Version) which
// version it was read from, and says it truly.

let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers })
const total = async (url: string) => (await getJson<ListBody>(t.app, url)).page.total
const ndjson = (body: string) => body.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Doc)

describe('a commit on the live file', () => {
  it('is served at once by uncached answers, and by cached ones after a poll: versions, counts, ETags follow it', async () => {
    const v0 = (await getJson(t.app, '/v1')).datasetVersion as string
    const claims0 = await total('/v1/claims')
    const cached = await get('/v1/claims?limit=1')
    expect((await get('/v1/claims?limit=1')).headers.etag).toBe(cached.headers.etag) // a cache hit
    expect(cached.headers['dataset-version']).toBe(v0)

    const change = addClaims(t.dbPath, 3)
    expect(change.version).not.toBe(v0)
    // an answer the server has to read is read from the newest snapshot
    const fresh = await get('/v1/claims?limit=2')
    expect(fresh.headers['dataset-version']).toBe(change.version)
    expect((fresh.json() as ListBody).page.total).toBe(claims0 + 3)

    t.app.live.poll()
    const after = await get('/v1/claims?limit=1')
    expect(after.headers['dataset-version']).toBe(change.version)
    expect(after.headers.etag).not.toBe(cached.headers.etag)
    expect((after.json() as ListBody).page.total).toBe(claims0 + 3)
    // the old tag no longer revalidates: the client gets the new answer
    expect((await get('/v1/claims?limit=1', { 'if-none-match': cached.headers.etag as string })).statusCode).toBe(200)
    const dataset = await get('/v1')
    expect(dataset.headers['dataset-version']).toBe(change.version)
    expect(dataset.json()).toMatchObject({ datasetVersion: change.version, counts: { claims: claims0 + 3 } })
    for (const id of change.added) expect((await get(`/v1/claims/${id}`)).statusCode).toBe(200)
    // the reader's pages too, a kept page included
    for (const url of ['/', '/articles/ukraine-security-guarantees', '/actors/vladimir-putin']) {
      const page = await get(url)
      expect(page.statusCode, url).toBe(200)
      expect(page.headers['dataset-version'], url).toBe(change.version)
    }
    const next = addClaims(t.dbPath, 1)
    const kept = await get('/articles/ukraine-security-guarantees')
    expect(kept.headers['dataset-version']).toBe(next.version)
    expect(kept.body).toContain(next.added[0])
  })

  it('makes every cached answer of an older version stale at once', async () => {
    const url = '/v1/claims?limit=3&sort=-id'
    await get(url)
    const hit = await get(url)
    const change = removeClaims(t.dbPath, 1)
    // the cache is checked against the newest commit (PRAGMA data_version), not the last poll
    expect((await get(url)).headers['dataset-version']).toBe(change.version)
    expect((await get(url)).headers.etag).not.toBe(hit.headers.etag)
    expect((await get(`/v1/claims/${change.removed[0]!}`)).statusCode).toBe(404)
  })
})

describe('an export', () => {
  it('reads one snapshot from its first row to its last while commits land between its batches', async () => {
    const before = await getJson<ListBody>(t.app, '/v1/claims?limit=500')
    const v0 = (await getJson(t.app, '/health')).datasetVersion as string
    const page = Repository.prototype.page
    let batches = 0
    let change: { version: string } | undefined
    // batches of 4 rows; after the second, a writer deletes and adds claims
    const spy = vi.spyOn(Repository.prototype, 'page').mockImplementation(function (this: Repository, c, query) {
      if (++batches === 3) { removeClaims(t.dbPath, 2); change = addClaims(t.dbPath, 2) }
      return page.call(this, c, { ...query, limit: 4 })
    })
    let res
    try {
      res = await get('/v1/claims?format=ndjson')
    } finally {
      spy.mockRestore()
    }
    expect(batches).toBeGreaterThan(3)
    expect(change).toBeDefined()
    expect(res.headers['dataset-version']).toBe(v0)
    expect(res.headers['content-disposition']).toContain(v0)
    expect(ndjson(res.body)).toEqual(before.data)
    // the next request sees the commits
    const now = await get('/v1/claims?limit=500')
    expect(now.headers['dataset-version']).toBe(change!.version)
    expect((now.json() as ListBody).data).not.toEqual(before.data)
  })

  it('runs beside exports that hold their connections (slow readers), and many at once', async () => {
    const held = await Promise.all(Array.from({ length: 6 }, () => t.app.live.lease()))
    try {
      expect((await get('/v1/claims?format=csv')).statusCode).toBe(200)
      const many = await Promise.all(Array.from({ length: 20 }, () => get('/v1/actors?format=csv')))
      for (const res of many) expect(res.statusCode).toBe(200)
      expect(new Set(many.map((r) => r.body)).size).toBe(1)
    } finally {
      for (const lease of held) lease.release()
    }
  })
})

describe('a new file renamed over the path', () => {
  it('is switched to; an export already reading the old file finishes on it', async () => {
    const old = (await getJson(t.app, '/health')).datasetVersion as string
    const oldClaims = await getJson<ListBody>(t.app, '/v1/claims?limit=500')
    // an export holds the old file open (its lease), read after the switch
    const lease = await t.app.live.lease()
    expect(lease.version).toBe(old)

    const mini = rebuild(t.dbPath, MINI_SEED)
    t.app.live.poll()
    expect(t.app.repo.version).toBe(mini.version)
    const res = await get('/v1/claims?limit=500')
    expect(res.headers['dataset-version']).toBe(mini.version)
    expect((await get('/v1')).json()).toMatchObject({ datasetVersion: mini.version })

    t.app.live.poll() // the old file's main connection goes once no export reads it
    const rows = [...lease.repo.rows('claims', {}, 'position')].flat().map((d) => JSON.parse(d) as Doc)
    expect(rows).toEqual(oldClaims.data)
    lease.release()
    t.app.live.poll()
    expect(lease.repo.db.open).toBe(false)
  })

  it('that cannot be opened is logged once and the current one stays in service', async () => {
    const serving = t.app.repo.version
    const errors = vi.spyOn(t.app.log, 'error')
    const junk = join(t.dbPath, '..', 'junk.db')
    writeFileSync(junk, 'not a database'.repeat(1000))
    renameSync(junk, t.dbPath)
    try {
      t.app.live.poll()
      t.app.live.poll()
      expect(errors).toHaveBeenCalledTimes(1)
      expect(String(errors.mock.calls[0]![0])).toMatch(/cannot be opened, still serving version/)
      const res = await get('/v1/claims?limit=2')
      expect(res.statusCode).toBe(200)
      expect(res.headers['dataset-version']).toBe(serving)
      expect((await get('/v1/claims?format=csv')).statusCode).toBe(200)
      // a good file next is picked up
      const back = rebuild(t.dbPath)
      t.app.live.poll()
      expect(t.app.repo.version).toBe(back.version)
      expect((await get('/health')).headers['dataset-version']).toBe(back.version)
    } finally {
      errors.mockRestore()
    }
  })

  it('is found by the timer alone, with no request asking', async () => {
    const serving = t.app.repo.version
    const next = rebuild(t.dbPath, MINI_SEED)
    expect(next.version).not.toBe(serving)
    await vi.waitFor(() => expect(t.app.repo.version).toBe(next.version), { timeout: 10_000, interval: 50 })
    expect((await get('/health')).headers['dataset-version']).toBe(next.version)
  })
})
