/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, seriousViolations } from '../helpers/browser.js'
import { startServer, type RunningServer } from '../helpers/server.js'
import { FIXTURE_ID, READER_FIXTURE, readerSeed } from '../helpers/reader-seed.js'

// The reader view as a person uses it, in headless Chromium: the pages under their own
// Content-Security-Policy (a blocked script or style shows up as a console error), the
// marks on the text, the cards by click, keyboard and deep link, and an axe-core check.

const OUT = 'test-results/e2e'
const ARTICLE = 'ukraine-security-guarantees'
const FIXTURE_TEXT = readFileSync(join(READER_FIXTURE, 'articles', `${FIXTURE_ID}.txt`), 'utf8')

interface Doc { id: string, evidence: Array<{ quote: string }>, [k: string]: unknown }

describe('the reader view', () => {
  let server: RunningServer
  let browser: Browser
  let seed: ReturnType<typeof readerSeed>
  const errors: string[] = []

  beforeAll(async () => {
    seed = readerSeed()
    server = await startServer({}, { seedDir: seed.seedDir })
    browser = await launchBrowser()
    mkdirSync(OUT, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    seed?.remove()
  })

  async function open (path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport })
    page.on('pageerror', (err) => errors.push(`${path}: ${err.message}`))
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`${path}: ${msg.text()}`) })
    page.on('dialog', (d) => { errors.push(`${path}: a dialog opened: ${d.message()}`); d.dismiss().catch(() => {}) })
    await page.goto(`${server.url}${path}`)
    return page
  }
  const ready = (page: Page) => page.waitForSelector('html[data-ready]')
  const api = async <T>(path: string) => await (await fetch(`${server.url}${path}`)).json() as T
  /** The text of the segments highlighted as the open span. */
  const lit = (page: Page) => page.$$eval('#text .s.cur', (els) => els.map((e) => e.textContent).join(''))

  it('lists the articles on the landing page', async () => {
    const page = await open('/')
    const links = await page.$$eval('ol.articles h2 a', (els) => els.map((e) => e.getAttribute('href')))
    expect(links.sort()).toEqual([`/articles/${ARTICLE}`, `/articles/${FIXTURE_ID}`].sort())
    const { counts } = await api<{ counts: Record<string, number> }>(`/v1/articles/${ARTICLE}`)
    expect(await page.locator('ol.articles').innerText()).toContain(`${counts.claims} claims · ${counts.events} events · ${counts.questions} open questions · ${counts.actors} actors`)
    await page.screenshot({ path: `${OUT}/reader-landing.png` })
    await page.close()
  })

  it('marks the curated article as many times per type as the API has evidence', async () => {
    const page = await open(`/articles/${ARTICLE}`)
    await ready(page)
    const counts = (await api<{ counts: Record<string, number> }>(`/v1/articles/${ARTICLE}`)).counts
    for (const [type, collection] of [['claim', 'claims'], ['event', 'events'], ['question', 'questions']] as const) {
      const items = (await api<{ data: Doc[] }>(`/v1/${collection}?article=${ARTICLE}&limit=500`)).data
      const refs = await page.$$eval(`#text a.m-${type}`, (els) => els.map((e) => e.getAttribute('href')))
      expect(refs.length, type).toBe(items.reduce((n, i) => n + i.evidence.length, 0))
      expect(new Set(refs).size, type).toBe(counts[collection])
    }
    const actors = await page.$$eval('#text a.m-mention', (els) => new Set(els.map((e) => e.getAttribute('href'))).size)
    expect(actors).toBe(counts.actors)
    await page.screenshot({ path: `${OUT}/reader-article.png`, fullPage: true })
    await page.close()
  })

  it('shows nested and partly overlapping spans whole', async () => {
    const page = await open(`/articles/${FIXTURE_ID}`)
    await ready(page)
    const claims = (await api<{ data: Doc[] }>(`/v1/claims?article=${FIXTURE_ID}`)).data
    const events = (await api<{ data: Doc[] }>(`/v1/events?article=${FIXTURE_ID}`)).data
    for (const [ref, item] of [...claims.map((c) => [`claim-${c.id}`, c] as const), ...events.map((e) => [`event-${e.id}`, e] as const)]) {
      await page.evaluate((r) => { window.location.hash = r }, ref)
      await expect.poll(() => page.locator(`#${ref}`).isVisible()).toBe(true)
      expect(await lit(page), ref).toBe(item.evidence[0]!.quote)
    }
    // a click on text covered by two claims and an event opens the innermost span's card
    await page.locator('#text .s', { hasText: /^deal 😀$/ }).click()
    await expect.poll(() => page.locator('#claim-reader-bo-doubts').isVisible()).toBe(true)
    expect(await lit(page)).toBe('deal 😀 is good, but Bo doubts it')
    expect(await page.locator('#claim-reader-deal-good').isVisible()).toBe(false)
    await page.screenshot({ path: `${OUT}/reader-overlaps.png` })
    await page.close()
  })

  it('reaches a claim\'s card with the keyboard', async () => {
    const page = await open(`/articles/${ARTICLE}`)
    await ready(page)
    let ref: string | null = null
    for (let i = 0; i < 40 && ref === null; i++) {
      await page.keyboard.press('Tab')
      ref = await page.evaluate(() => (document.activeElement?.matches('#text a.m-claim') === true ? document.activeElement.getAttribute('href')!.slice(1) : null))
    }
    expect(ref, 'a claim is reachable by Tab').not.toBeNull()
    // focus alone shows the card; Enter follows the link and moves focus into the card
    await expect.poll(() => page.locator(`#${ref!}`).isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(ref)
    expect(page.url()).toContain(`#${ref!}`)
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await page.screenshot({ path: `${OUT}/reader-keyboard.png` })
    await page.close()
  })

  it('opens a deep link\'s card and scrolls its text into view', async () => {
    const claim = 'china-could-be-guarantor'
    const known = (await api<{ data: Doc[] }>(`/v1/claims?article=${ARTICLE}&limit=500`)).data
    const target = known.find((c) => c.id === claim) ?? known.at(-1)!
    const page = await open(`/articles/${ARTICLE}#claim-${target.id}`, { width: 1280, height: 700 })
    await ready(page)
    await expect.poll(() => page.locator(`#claim-${target.id}`).isVisible()).toBe(true)
    expect(await page.locator(`#claim-${target.id} h3`).innerText()).toContain(target.text as string)
    expect(await page.locator(`#at-claim-${target.id}`).isVisible()).toBe(true)
    const inView = await page.locator(`#at-claim-${target.id}`).evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight })
    expect(inView).toBe(true)
    expect(await lit(page)).toBe(target.evidence[0]!.quote)
    expect(await page.locator(`#claim-${target.id} a`, { hasText: 'JSON in the API' }).getAttribute('href')).toBe(`/v1/claims/${target.id}`)
    await page.screenshot({ path: `${OUT}/reader-deep-link.png` })
    await page.close()
  })

  it('renders emoji, &amp; and <script> in the text as text', async () => {
    const page = await open(`/articles/${FIXTURE_ID}`)
    await ready(page)
    expect(await page.locator('h1').innerText()).toBe('Fixture: <b>overlaps</b> & emoji 😀')
    expect(await page.locator('#text').evaluate((el) => el.textContent)).toBe(FIXTURE_TEXT)
    expect(await page.locator('#text script, h1 b').count()).toBe(0)
    await page.screenshot({ path: `${OUT}/reader-emoji-script.png` })
    await page.close()
  })

  it('takes its filters from the URL and puts them there', async () => {
    const page = await open(`/articles/${FIXTURE_ID}?certainty=possible`)
    expect(await page.locator('select[name=certainty]').inputValue()).toBe('possible')
    const classes = await page.$$eval('#text a.m-claim', (els) => els.map((e) => e.className))
    expect(classes.length).toBeGreaterThan(0)
    for (const c of classes) expect(c).toContain('c-possible')
    await page.selectOption('select[name=certainty]', '')
    await page.selectOption('select[name=speaker]', 'reader-bo')
    await Promise.all([page.waitForURL(/speaker=reader-bo/), page.getByRole('button', { name: 'Apply' }).click()])
    expect(await page.$$eval('#text a.m-claim', (els) => els.map((e) => e.getAttribute('href')))).toEqual(['#claim-reader-bo-doubts'])
    await page.screenshot({ path: `${OUT}/reader-filter.png` })
    await page.close()
  })

  it('draws who speaks about whom on the actor page', async () => {
    const page = await open('/actors/donald-trump')
    await page.waitForSelector('#graph svg')
    const rows = await page.locator('table.edges tbody tr').count()
    expect(Number(await page.locator('#graph').getAttribute('data-drawn'))).toBeGreaterThan(0)
    expect(await page.locator('#graph path.arc').count()).toBe(rows)
    await page.screenshot({ path: `${OUT}/reader-actor.png`, fullPage: true })
    await page.close()
  })

  it('has no serious or critical axe-core violation', async () => {
    // axe is injected as an inline script: this context alone bypasses the pages' CSP
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
    const found: string[] = []
    for (const path of ['/', `/articles/${ARTICLE}#claim-putin-agreed-to-guarantees`, `/articles/${FIXTURE_ID}?certainty=possible`, '/actors/donald-trump', '/articles/nope']) {
      const page = await context.newPage()
      await page.goto(`${server.url}${path}`)
      found.push(...await seriousViolations(page, path))
      await page.close()
    }
    await context.close()
    expect(found).toEqual([])
  })
  // last: the pages above loaded nothing their CSP refused, and no script failed
  it('logs no error in the console of any page', () => {
    expect(errors).toEqual([])
  })
})
