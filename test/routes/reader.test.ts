import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.js'
import { runSeed } from '../../src/seed/pipeline.js'
import { ReaderQueries } from '../../src/db/reader.js'
import { PAGE_CSP } from '../../src/html/page.js'
import { ARTICLE_ID, type Doc, type ListBody } from '../helpers/app.js'
import { FIXTURE_ID, READER_FIXTURE, readerSeed } from '../helpers/reader-seed.js'

// The reader view's pages through app.inject, on the real seed plus a fixture article whose
// spans nest and overlap partly, around text that looks like markup.

const seed = readerSeed()
const dir = mkdtempSync(join(tmpdir(), 'reader-test-'))
const dbPath = join(dir, 'claims.db')
runSeed({ seedDir: seed.seedDir, dbPath })
const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'silent', trustProxy: false })
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
  seed.remove()
})

const FIXTURE_TEXT = readFileSync(join(READER_FIXTURE, 'articles', `${FIXTURE_ID}.txt`), 'utf8')
const get = (url: string) => app.inject({ method: 'GET', url })
const api = async <T = ListBody>(url: string) => (await get(url)).json() as T
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
const textOf = (body: string) => /<div id="text" class="text" tabindex="-1">([\s\S]*?)<\/div>\n<\/section>/.exec(body)?.[1] ?? ''
const markers = (body: string, type: string) => [...textOf(body).matchAll(new RegExp(`<a class="m m-${type}[^"]*" href="#([^"]+)"`, 'g'))].map((m) => m[1]!)

async function page (url: string, status = 200) {
  const res = await get(url)
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status)
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(res.headers['content-security-policy']).toBe(PAGE_CSP)
  return res
}

describe('GET /', () => {
  it('lists the articles with their counts, the title or else the first sentence', async () => {
    const { body } = await page('/')
    expect(body).toContain(`href="/articles/${ARTICLE_ID}"`)
    expect(body).toContain('Russian leader Vladimir Putin has agreed')
    const counts = (await api<Doc>(`/v1/articles/${ARTICLE_ID}`)).counts as Record<string, number>
    expect(body).toContain(`${counts.claims} claims · ${counts.events} events · ${counts.questions} open questions · ${counts.actors} actors`)
    expect(body).toContain('Fixture: &lt;b&gt;overlaps&lt;/b&gt; &amp; emoji 😀')
    expect(body).toContain('2 articles')
  })

  it('finds articles by what they say, and says when nothing can be searched', async () => {
    const found = (await page('/?q=doubts')).body
    expect(found).toContain(`href="/articles/${FIXTURE_ID}"`)
    expect(found).not.toContain(`href="/articles/${ARTICLE_ID}"`)
    expect(found).toContain('1 article match “doubts”')
    expect((await page('/?q=%22%22')).body).toContain('has no words to search for')
  })

  it('pages by position, not by offset', () => {
    const db = new ReaderQueries(app.repo.db)
    const first = db.articles(null, null, 1)
    expect(first.next).not.toBeNull()
    const second = db.articles(null, first.next, 1)
    expect(second.next).toBeNull()
    expect([...first.rows, ...second.rows].map((r) => r.id).sort()).toEqual([FIXTURE_ID, ARTICLE_ID].sort())
  })

  it('answers a malformed position with an HTML 400', async () => {
    expect((await page('/?after=1%3B%20DROP', 400)).body).toContain('must be a position')
  })
})

describe('GET /articles/{id}', () => {
  it('renders text with <script>, &amp; and emoji as text, nothing as markup', async () => {
    const { body } = await page(`/articles/${FIXTURE_ID}`)
    expect(body).not.toContain('<script>alert')
    expect(body).not.toContain('<b>overlaps')
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(body).toContain('&amp;amp; deal 😀')
    expect(body).toContain('🇺🇦')
    // the text, tags removed and unescaped, is the article byte for byte
    expect(unescape(textOf(body).replace(/<[^>]*>/g, ''))).toBe(FIXTURE_TEXT)
  })

  it('marks every evidence span of every type once, nested and partly overlapping spans included', async () => {
    const { body } = await page(`/articles/${FIXTURE_ID}`)
    const claims = (await api(`/v1/claims?article=${FIXTURE_ID}`)).data
    const events = (await api(`/v1/events?article=${FIXTURE_ID}`)).data
    const questions = (await api(`/v1/questions?article=${FIXTURE_ID}`)).data
    const evidence = (items: Doc[], type: string) => items.flatMap((i) => (i.evidence as Doc[]).map(() => `${type}-${i.id as string}`)).sort()
    expect(markers(body, 'claim').sort()).toEqual(evidence(claims, 'claim'))
    expect(markers(body, 'event').sort()).toEqual(evidence(events, 'event'))
    expect(markers(body, 'question').sort()).toEqual(evidence(questions, 'question'))
    expect(markers(body, 'mention')).toEqual(['actor-reader-ana', 'actor-reader-bo', 'actor-reader-ana'])
    // "deal 😀 is good" lies in two claims (one partly overlapping the other) and an event
    expect(textOf(body)).toContain('<span class="s t-event t-claim c-uncommitted neg">deal 😀</span>')
    // the page's data says where each span lies, which the page's script highlights and finds the innermost of
    const data = JSON.parse(/<script type="application\/json" id="reader-data">([\s\S]*?)<\/script>/.exec(body)![1]!) as { spans: Record<string, number[]> }
    for (const c of claims) {
      const [start, end] = data.spans[`claim-${c.id as string}`]!
      expect(FIXTURE_TEXT.slice(start, end)).toBe((c.evidence as Doc[])[0]!.quote)
    }
    // paragraphs at line breaks, each ending with its own
    expect(textOf(body)).toMatch(/^<p>Breaking\n<\/p><p>/)
  })

  it('has a card for every item, with its JSON link, quote and deep-link id', async () => {
    const { body } = await page(`/articles/${FIXTURE_ID}`)
    for (const ref of ['claim-reader-deal-good', 'claim-reader-bo-doubts', 'event-reader-deal', 'question-reader-will-vote-fail', 'actor-reader-ana']) {
      expect(body).toContain(`<section class="card" id="${ref}"`)
      expect(body).toContain(`id="at-${ref}"`)
    }
    expect(body).toContain('href="/v1/claims/reader-bo-doubts"')
    expect(body).toContain('<blockquote>deal 😀 is good, but Bo doubts it</blockquote>')
  })

  it('lists every card of an article on one page, linked back to the text', async () => {
    const { body } = await page(`/articles/${FIXTURE_ID}/cards`)
    for (const ref of ['claim-reader-deal-good', 'claim-reader-bo-doubts', 'event-reader-deal', 'question-reader-will-vote-fail', 'actor-reader-ana']) {
      expect(body).toContain(`<section class="card" id="${ref}"`)
      expect(body).toContain(`href="/articles/${FIXTURE_ID}#at-${ref}"`)
    }
    expect(body).toContain('href="/v1/claims/reader-bo-doubts"')
    await page('/articles/no-such-article/cards', 404)
  })

  it('serves the same page again from its rendering for this dataset version', async () => {
    const first = await page(`/articles/${FIXTURE_ID}?certainty=certain`)
    const again = await page(`/articles/${FIXTURE_ID}?certainty=certain`)
    expect(again.body).toBe(first.body)
    expect((await page(`/articles/${FIXTURE_ID}`)).body).not.toBe(first.body)
    const packed = await app.inject({ method: 'GET', url: `/articles/${FIXTURE_ID}?certainty=certain`, headers: { 'accept-encoding': 'gzip' } })
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers.vary).toContain('Accept-Encoding')
    expect(gunzipSync(packed.rawPayload).toString('utf8')).toBe(first.body)
  })

  it('counts the curated article\'s highlights as the API counts its items', async () => {
    const { body } = await page(`/articles/${ARTICLE_ID}`)
    const article = await api<Doc>(`/v1/articles/${ARTICLE_ID}`)
    expect(new Set(markers(body, 'claim')).size).toBe(article.counts.claims)
    expect(new Set(markers(body, 'event')).size).toBe(article.counts.events)
    expect(new Set(markers(body, 'question')).size).toBe(article.counts.questions)
    expect(new Set(markers(body, 'mention')).size).toBe(article.counts.actors)
  })

  it('filters claims by certainty and speaker from the URL, and shows the choice', async () => {
    const possible = (await page(`/articles/${FIXTURE_ID}?certainty=possible`)).body
    expect(new Set(markers(possible, 'claim'))).toEqual(new Set(['claim-reader-vote-may-fail']))
    expect(possible).toContain('<option value="possible" selected>')
    const bo = (await page(`/articles/${FIXTURE_ID}?speaker=reader-bo`)).body
    expect(new Set(markers(bo, 'claim'))).toEqual(new Set(['claim-reader-bo-doubts']))
    const none = (await page(`/articles/${FIXTURE_ID}?speaker=none`)).body
    expect(new Set(markers(none, 'claim'))).toEqual(new Set(['claim-reader-script-news']))
    expect(markers((await page(`/articles/${FIXTURE_ID}?origin=curated`)).body, 'claim')).toHaveLength(4)
  })

  it('answers a filter value outside its list with an HTML 400 that names the allowed values', async () => {
    const { body } = await page(`/articles/${FIXTURE_ID}?certainty=%3Cscript%3E`, 400)
    expect(body).toContain('certain, probable, possible, uncommitted')
    expect(body).not.toContain('<script>')
  })

  it('answers an unknown article with an HTML 404 that escapes the id', async () => {
    const { body } = await page('/articles/%3Cimg%20src%3Dx%3E', 404)
    expect(body).toContain('&lt;img src=x&gt;')
    expect(body).not.toContain('<img')
  })
})

describe('GET /actors/{id}', () => {
  it('shows roles, the claims made and about the actor, and the graph data', async () => {
    const { body } = await page('/actors/reader-ana')
    expect(body).toContain('Claims made by Ana Example (2)')
    expect(body).toContain('Claims about Ana Example (1)')
    expect(body).toContain(`href="/articles/${FIXTURE_ID}#claim-reader-bo-doubts"`)
    const data = JSON.parse(/<script type="application\/json" id="graph-data">(.*?)<\/script>/.exec(body)![1]!) as Doc
    expect(data).toEqual({ focus: { id: 'reader-ana', name: 'Ana Example' }, out: [], in: [{ other: 'reader-bo', name: 'Bo Example', count: 1 }] })
    expect(body).toContain('<script src="/assets/vendor/d3.min.js" defer></script>')
  })

  it('pages each list on its own', async () => {
    const { body } = await page('/actors/united-states')
    const next = /href="(\/actors\/united-states\?[^"]*)#by-h"[^>]*>Next page|rel="next" href="([^"]+)"/.exec(body)
    if (next !== null) expect((await page(unescape(next[1] ?? next[2]!).split('#')[0]!)).statusCode).toBe(200)
    expect((await page('/actors/united-states?about=x', 400)).body).toContain('must be a position')
  })

  it('answers an unknown actor with an HTML 404', async () => {
    await page('/actors/nobody', 404)
  })
})

describe('the reader and the API', () => {
  it('keeps the HTML routes and assets out of the OpenAPI document', async () => {
    const paths = Object.keys((await api<Doc>('/openapi.json')).paths as Doc)
    expect(paths.filter((p) => ['/', '/articles/{id}', '/actors/{id}'].includes(p) || p.startsWith('/assets'))).toEqual([])
  })

  it('keeps the API\'s own CSP on the API', async () => {
    expect((await get('/v1')).headers['content-security-policy']).not.toBe(PAGE_CSP)
  })

  it('sets the API\'s other security headers on pages too', async () => {
    const { headers } = await page('/')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['referrer-policy']).toBe('no-referrer')
  })

  it('serves its styles, scripts and d3 from this server, compressed when asked', async () => {
    for (const [url, type] of [['/assets/reader.css', 'text/css'], ['/assets/article.js', 'text/javascript'], ['/assets/actor.js', 'text/javascript']]) {
      const res = await get(url!)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toContain(type)
    }
    const d3 = await app.inject({ method: 'GET', url: '/assets/vendor/d3.min.js', headers: { 'accept-encoding': 'gzip' } })
    expect(d3.statusCode).toBe(200)
    expect(d3.headers['content-encoding']).toBe('gzip')
  })
})
