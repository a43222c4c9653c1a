import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { deleteArticle, ingestFile } from '../../src/ingest/ingest.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { copySeed, openDb, REAL_SEED, removeTempDirs, tempDir } from '../helpers/seed.js'
import { getJson, ROOT } from '../helpers/app.js'

// The changes feed and 410 Gone, through the real pipeline, ingest and app: the curated
// seed, then three fixture texts ingested one by one, then one of them deleted.

const TEXTS = join(ROOT, 'test', 'fixtures', 'texts')
let app: FastifyInstance
const v: string[] = []
let featureClaims: string[] = []
let featureActors: string[] = []

beforeAll(async () => {
  const seedDir = copySeed(REAL_SEED)
  const dbPath = join(tempDir('changes-db'), 'claims.db')
  v.push(runSeed({ seedDir, dbPath }).version)
  for (const f of ['brief', 'feature', 'wire']) v.push(ingestFile({ dbPath, file: join(TEXTS, `${f}.txt`) }).version)
  const db = openDb(dbPath)
  featureClaims = db.prepare("SELECT id FROM claims WHERE article_id = 'feature'").pluck().all() as string[]
  // actors only `feature` mentions or lists: deleting it removes them
  featureActors = db.prepare("SELECT actor_id FROM article_actors WHERE article_id = 'feature' AND actor_id NOT IN (SELECT actor_id FROM article_actors WHERE article_id <> 'feature') AND actor_id NOT IN (SELECT id FROM actors WHERE origin = 'curated')").pluck().all() as string[]
  db.close()
  v.push(deleteArticle({ dbPath, id: 'feature' }).version) // v[4]
  app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
})
afterAll(async () => { await app?.close(); removeTempDirs() })

describe('GET /v1/changes', () => {
  it('lists the net change per article since the build, leaving out an article added and deleted since', async () => {
    const body = await getJson(app, `/v1/changes?since=${v[0]}`)
    expect(body).toEqual({
      datasetVersion: v[4],
      since: v[0],
      data: [{ article: 'brief', change: 'added', version: v[1] }, { article: 'wire', change: 'added', version: v[3] }],
      next: null
    })
  })

  it('lists a deletion since a version that had the article', async () => {
    const body = await getJson(app, `/v1/changes?since=${v[3]}`)
    expect(body.data).toEqual([{ article: 'feature', change: 'deleted', version: v[4] }])
  })

  it('lists nothing since the current version', async () => {
    expect((await getJson(app, `/v1/changes?since=${v[4]}`)).data).toEqual([])
  })

  it('pages with a cursor bound to its `since`', async () => {
    const first = await getJson(app, `/v1/changes?since=${v[0]}&limit=1`)
    expect(first.data.map((c: { article: string }) => c.article)).toEqual(['brief'])
    expect(first.next).toEqual(expect.any(String))
    const second = await getJson(app, `/v1/changes?since=${v[0]}&limit=1&cursor=${encodeURIComponent(first.next)}`)
    expect(second.data.map((c: { article: string }) => c.article)).toEqual(['wire'])
    expect(second.next).toBeNull()
    const foreign = await app.inject(`/v1/changes?since=${v[1]}&limit=1&cursor=${encodeURIComponent(first.next)}`)
    expect(foreign.statusCode).toBe(400)
  })

  it('answers a version it never had with a 400 problem on `since`', async () => {
    for (const since of ['0000000000000000', 'not-a-version']) {
      const res = await app.inject(`/v1/changes?since=${since}`)
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.json().errors).toEqual([expect.objectContaining({ in: 'query', name: 'since' })])
    }
    expect((await app.inject('/v1/changes')).statusCode).toBe(400)
  })
})

describe('deleted ids', () => {
  it('answer 410 Gone naming the version that deleted them, on every route of the item', async () => {
    expect(featureClaims.length).toBeGreaterThan(0)
    expect(featureActors.length).toBeGreaterThan(0)
    const urls = ['/v1/articles/feature', '/v1/articles/feature/text', '/v1/articles/feature/claims', ...featureClaims.map((id) => `/v1/claims/${id}`), ...featureActors.map((id) => `/v1/actors/${id}`)]
    for (const url of urls) {
      const res = await app.inject(url)
      expect(res.statusCode, url).toBe(410)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.json()).toMatchObject({ type: '/problems/gone', status: 410 })
      expect(res.json().detail).toContain(v[4])
    }
  })

  it('leave an id that never existed a 404', async () => {
    expect((await app.inject('/v1/articles/never-was')).statusCode).toBe(404)
    expect((await app.inject('/v1/claims/never-was')).statusCode).toBe(404)
  })

  it('serve the items of the articles still there', async () => {
    expect((await getJson(app, '/v1/articles/wire')).id).toBe('wire')
  })
})

describe('an article deleted and added again', () => {
  it('serves its ids again, with no tombstone left', async () => {
    const seedDir = copySeed(REAL_SEED)
    const dbPath = join(tempDir('changes-db'), 'claims.db')
    runSeed({ seedDir, dbPath })
    ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })
    deleteArticle({ dbPath, id: 'wire' })
    ingestFile({ dbPath, file: join(TEXTS, 'wire.txt') })
    const db = openDb(dbPath)
    expect(db.prepare('SELECT count(*) FROM tombstones').pluck().get()).toBe(0)
    db.close()
    const again = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    try {
      expect((await again.inject('/v1/articles/wire')).statusCode).toBe(200)
    } finally {
      await again.close()
    }
  })
})
