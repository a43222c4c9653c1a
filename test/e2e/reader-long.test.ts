/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { LONG_ARTICLE_ID, writeLongArticleSeed } from '../../bench/reader-article.js'
import { launchBrowser, seriousViolations } from '../helpers/browser.js'
import { startServer, type RunningServer } from '../helpers/server.js'

// A long article in headless Chromium: the benchmark's 5,000 words in paragraphs with 2,000
// spans, built by the real seed pipeline. Its cards travel as data and are built by the
// page's script when opened; they must be the cards the server renders on the card list
// page, open from a click deep in the text and from a deep link, and be reachable without
// JavaScript through the card list.

const OUT = 'test-results/e2e'
const PAGE = `/articles/${LONG_ARTICLE_ID}`

interface Doc { id: string, text?: string, title?: string, evidence: Array<{ quote: string }> }

describe('the reader view of a long article', () => {
  let server: RunningServer
  let browser: Browser
  let dir: string
  let text: string
  const errors: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reader-long-'))
    writeLongArticleSeed(join(dir, 'seed'))
    text = readFileSync(join(dir, 'seed', 'articles', `${LONG_ARTICLE_ID}.txt`), 'utf8')
    server = await startServer({}, { seedDir: join(dir, 'seed') })
    browser = await launchBrowser()
    mkdirSync(OUT, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  async function open (path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
    const page = await context.newPage()
    page.on('pageerror', (err) => errors.push(`${path}: ${err.message}`))
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`${path}: ${msg.text()}`) })
    await page.goto(`${server.url}${path}`)
    return page
  }
  const close = async (page: Page) => await page.context().close()
  const api = async <T>(path: string) => await (await fetch(`${server.url}${path}`)).json() as T
  const lit = (page: Page) => page.$$eval('#text .s.cur', (els) => els.map((e) => e.textContent).join(''))
  /** A card as the server renders it on the card list page, serialized by the browser as the built one is. */
  async function serverCard (page: Page, ref: string): Promise<string> {
    const list = await (await fetch(`${server.url}${PAGE}/cards`)).text()
    const markup = new RegExp(`<section class="card" id="${ref}"[\\s\\S]*?</section>`).exec(list)![0]
      .replaceAll(`href="${PAGE}#`, 'href="#').replace('Back to the text', 'Close')
    return await page.evaluate((m) => { const t = document.createElement('template'); t.innerHTML = m; return t.content.firstElementChild!.outerHTML }, markup)
  }
  const builtCard = (page: Page, ref: string) => page.locator(`#${ref}`).evaluate((el) => { const c = el.cloneNode(true) as HTMLElement; c.classList.remove('open'); return c.outerHTML })

  it('sends no card markup, keeps the text whole in paragraphs, and builds a card on a click deep in the text', async () => {
    const page = await open(PAGE)
    await page.waitForSelector('html[data-ready]')
    expect(await page.locator('section.card').count()).toBe(0)
    expect(await page.locator('#text').evaluate((el) => el.textContent)).toBe(text)
    expect(await page.locator('#text > p').count()).toBe(text.split(/\n\n/).length)
    expect(await page.locator('#text a.m').count()).toBe(2000)

    // sentence 230 of 250: its inner claim d230 (words 6 to 16) lies inside claim c230 and
    // overlaps event e230 (words 2 to 10) partly; its first words are under all three
    const claim = await api<Doc>('/v1/claims/d230')
    const first = claim.evidence[0]!.quote.split(' ')[0]!
    await page.locator('#text .s', { hasText: new RegExp(`^${first} `) }).click()
    await expect.poll(() => page.locator('#claim-d230').isVisible()).toBe(true)
    expect(page.url()).toContain('#claim-d230')
    expect(await lit(page)).toBe(claim.evidence[0]!.quote)
    expect(await page.locator('#claim-d230 h3').innerText()).toContain(claim.text)
    expect(await page.locator('#claim-d230 blockquote').innerText()).toBe(claim.evidence[0]!.quote)
    expect(await page.locator('#claim-d230 a', { hasText: 'JSON in the API' }).getAttribute('href')).toBe('/v1/claims/d230')
    // the card the script built is the one the server renders
    expect(await builtCard(page, 'claim-d230')).toBe(await serverCard(page, 'claim-d230'))

    // a link in the card (its speaker) opens that actor's card, built the same way
    const speaker = page.locator('#claim-d230 .facts a').first()
    const actorRef = (await speaker.getAttribute('href'))!.slice(1)
    await speaker.click()
    await expect.poll(() => page.locator(`#${actorRef}`).isVisible()).toBe(true)
    expect(await page.locator('#claim-d230').isVisible()).toBe(false)
    expect(await builtCard(page, actorRef)).toBe(await serverCard(page, actorRef))
    await page.screenshot({ path: `${OUT}/reader-long-click.png` })

    // focus on a span's link in a paragraph far off screen (not laid out yet) shows its card and scrolls it into view
    await page.locator('#at-question-q245').focus()
    await expect.poll(() => page.locator('#question-q245').isVisible()).toBe(true)
    await expect.poll(() => page.locator('#at-question-q245').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight }), { timeout: 5000 }).toBe(true)
    expect(await lit(page)).toBe((await api<Doc>('/v1/questions/q245')).evidence[0]!.quote)
    await close(page)
  })

  it('opens a deep link\'s card and scrolls its text into view', async () => {
    const event = await api<Doc>('/v1/events/e240')
    const page = await open(`${PAGE}#event-e240`)
    await page.waitForSelector('html[data-ready]')
    await expect.poll(() => page.locator('#event-e240').isVisible()).toBe(true)
    expect(await page.locator('#event-e240 h3').innerText()).toContain(event.title)
    expect(await lit(page)).toBe(event.evidence[0]!.quote)
    // paragraphs off screen are laid out late: the link must still end up in view
    await expect.poll(() => page.locator('#at-event-e240').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight }), { timeout: 5000 }).toBe(true)
    expect(await builtCard(page, 'event-e240')).toBe(await serverCard(page, 'event-e240'))
    await page.screenshot({ path: `${OUT}/reader-long-deep-link.png` })
    await close(page)
  })

  it('opens a card from the panel\'s lists in place, and from the card list page without JavaScript', async () => {
    const page = await open(PAGE)
    await page.waitForSelector('html[data-ready]')
    // 250 questions: the list starts folded
    const questions = page.locator('section[aria-labelledby="questions-h"]')
    expect(await questions.locator('ul').isVisible()).toBe(false)
    await questions.locator('summary').click()
    const question = questions.locator('a').nth(200)
    expect(await question.getAttribute('href')).toBe(`${PAGE}/cards#question-q200`)
    await question.click()
    await expect.poll(() => page.locator('#question-q200').isVisible()).toBe(true)
    expect(new URL(page.url()).pathname).toBe(PAGE)
    await close(page)

    const plain = await open(PAGE, { javaScriptEnabled: false })
    const link = plain.locator('#text a.m-claim[href$="#claim-d230"]')
    expect(await link.getAttribute('href')).toBe(`${PAGE}/cards#claim-d230`)
    await link.click()
    await plain.waitForURL(`**${PAGE}/cards#claim-d230`)
    expect(await plain.locator('#claim-d230').isVisible()).toBe(true)
    await plain.locator('#claim-d230 a', { hasText: 'Show in text' }).click()
    await plain.waitForURL(`**${PAGE}#at-claim-d230`)
    await plain.screenshot({ path: `${OUT}/reader-long-no-js.png` })
    await close(plain)
  })

  it('has no serious or critical axe-core violation with a card open', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${server.url}${PAGE}#claim-d230`)
    await page.waitForSelector('#claim-d230.open')
    expect(await seriousViolations(page, PAGE)).toEqual([])
    await context.close()
  })

  it('logs no error in the console of any page', () => {
    expect(errors).toEqual([])
  })
})
