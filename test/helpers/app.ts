import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import { parse } from 'yaml'
import { buildApp } from '../../src/app.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { ROOT } from '../../dev/process.js'
import type { SeedActor, SeedAnnotation, SeedQuote } from '../../src/schemas/seed.js'

// The app as production builds it (same options function), on a database built by the
// real pipeline from seed/ into a temporary folder: one per test file.

export { ROOT }
export const SEED_DIR = join(ROOT, 'seed')
export const ARTICLE_ID = 'ukraine-security-guarantees'
export const TEXT_FILE = join(SEED_DIR, 'articles', `${ARTICLE_ID}.txt`)

export interface TestApp { app: FastifyInstance, dbPath: string, close: () => Promise<void> }

export async function build (seedDir = SEED_DIR): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'api-test-'))
  const dbPath = join(dir, 'claims.db')
  try {
    runSeed({ seedDir, dbPath })
    const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
    return { app, dbPath, close: async () => { await app.close(); rmSync(dir, { recursive: true, force: true }) } }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
}

/** What the annotation holds, read from the YAML the database was built from. */
export function loadSeed () {
  const read = (file: string) => parse(readFileSync(join(SEED_DIR, file), 'utf8')) as unknown
  const annotation = read(`articles/${ARTICLE_ID}.yaml`) as SeedAnnotation
  return {
    text: readFileSync(TEXT_FILE, 'utf8'),
    actors: read('actors.yaml') as SeedActor[],
    ...annotation
  }
}
export const quoteOf = (q: SeedQuote) => (typeof q === 'string' ? q : q.quote)

export type Doc = Record<string, any>

/** What every curated item serves as its provenance. */
export const CURATED = { origin: 'curated', confidence: null, extraction: null } as const
export interface ListBody { data: Doc[], page: { limit: number, next: string | null, total: number }, included?: Record<string, Record<string, Doc>> }

/** GET `url`, expecting 200 JSON; returns the parsed body. */
export async function getJson<T = Doc> (app: FastifyInstance, url: string): Promise<T> {
  const res = await app.inject({ method: 'GET', url })
  expect(res.statusCode, `GET ${url}: ${res.body.slice(0, 300)}`).toBe(200)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  return res.json() as T
}

/** Every row of a list, in pages of 500, following `page.next` when a list holds more. */
export async function listAll (app: FastifyInstance, url: string): Promise<Doc[]> {
  const first = `${url}${url.includes('?') ? '&' : '?'}limit=500`
  const data: Doc[] = []
  let body = await getJson<ListBody>(app, first)
  data.push(...body.data)
  while (body.page.next !== null) {
    expect(body.data.length).toBe(500)
    body = await getJson<ListBody>(app, `${first}&cursor=${encodeURIComponent(body.page.next)}`)
    data.push(...body.data)
  }
  expect(body.page.total).toBe(data.length)
  return data
}

export const ids = (docs: Doc[]) => docs.map((d) => d.id as string)
export const sorted = (values: string[]) => [...values].sort()

/** Asserts an RFC 9457 problem of `status` (with `errors` for a 400) and returns its body. */
export function expectProblem (res: LightMyRequestResponse, status: number): Doc {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/)
  const body = res.json() as Doc
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String), instance: expect.any(String) })
  expect(body.detail).not.toBe('')
  if (status === 400) {
    expect(Array.isArray(body.errors) && body.errors.length > 0, 'a 400 lists its errors').toBe(true)
    for (const e of body.errors as Doc[]) {
      expect(Object.keys(e).sort()).toEqual(['in', 'message', 'name'])
      expect(['query', 'path', 'header', 'body']).toContain(e.in)
      expect(typeof e.name).toBe('string')
      expect(typeof e.message).toBe('string')
    }
  }
  return body
}

/** Every span-like object (quote + UTF-16 offsets) anywhere inside `value`. */
function spansIn (value: unknown): Doc[] {
  if (Array.isArray(value)) return value.flatMap(spansIn)
  if (value === null || typeof value !== 'object') return []
  const obj = value as Doc
  const self = typeof obj.quote === 'string' && typeof obj.startUtf16 === 'number' ? [obj] : []
  return [...self, ...Object.values(obj).flatMap(spansIn)]
}

/** Asserts that every span in `value` quotes the article text at its offsets (UTF-16 and code points). */
export function expectSpansMatch (value: unknown, text: string): number {
  const spans = spansIn(value)
  const codePoints = [...text]
  for (const s of spans) {
    expect(s.article).toBe(ARTICLE_ID)
    expect(text.slice(s.startUtf16, s.endUtf16)).toBe(s.quote)
    expect(codePoints.slice(s.start, s.end).join('')).toBe(s.quote)
  }
  return spans.length
}

/** What `q` should find in `hay`: every word (or `prefix*`), case-insensitive, as whole words. */
export function textMatches (hay: string, q: string): boolean {
  return q.split(' ').every((w) => new RegExp(w.endsWith('*') ? `\\b${w.slice(0, -1)}` : `\\b${w}\\b`, 'i').test(hay))
}
