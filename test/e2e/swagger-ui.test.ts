import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { startServer, type RunningServer } from '../helpers/server.js'
import { TAGS } from '../../src/plugins/swagger.js'

// Swagger UI as a person uses it: open /docs in headless Chromium, see every tag, run
// "Try it out" on the claims list and see a 200 with claims in the response panel.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const OUT = 'test-results/e2e'

describe('Swagger UI at /docs', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer()
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows every tag and runs "Try it out" on the claims list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } })
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()) })

    await page.goto(`${server.url}/docs`)
    await page.waitForSelector('.opblock-tag', { timeout: 30_000 })
    const tags = await page.$$eval('.opblock-tag', (els) => els.map((e) => e.getAttribute('data-tag')))
    expect(tags.sort()).toEqual(TAGS.map((t) => t.name).sort())

    const op = page.locator('#operations-claims-listClaims')
    await op.locator('.opblock-summary').click()
    await op.locator('button.try-out__btn').click()
    await op.locator('button.execute').click()
    const status = op.locator('.live-responses-table .response .response-col_status').first()
    await status.waitFor({ timeout: 30_000 })
    expect((await status.innerText()).trim()).toBe('200')
    const body = await op.locator('.live-responses-table .response-col_description pre.microlight').first().innerText()
    const parsed = JSON.parse(body) as { data: Array<{ id: string }> }
    expect(parsed.data.length).toBeGreaterThan(0)
    expect(parsed.data[0]?.id).toMatch(/^[a-z0-9-]+$/)

    mkdirSync(OUT, { recursive: true })
    await page.screenshot({ path: `${OUT}/swagger-ui-claims.png`, fullPage: false })
    await op.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${OUT}/swagger-ui-try-it-out.png` })
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([])
  })

  it('shows the whole first page of claims on the first "Try it out" and "Execute"', async () => {
    // no filter is prefilled, so the untouched form asks for the unfiltered first page
    const expected = await (await fetch(`${server.url}/v1/claims`)).json() as { data: Array<{ id: string }>, page: { total: number } }
    expect(expected.data.length).toBe(Math.min(50, expected.page.total))
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } })
    await page.goto(`${server.url}/docs`)
    const op = page.locator('#operations-claims-listClaims')
    await op.locator('.opblock-summary').click()
    await op.locator('button.try-out__btn').click()
    await op.locator('button.execute').click()
    const body = op.locator('.live-responses-table .response-col_description pre.microlight').first()
    await body.waitFor({ timeout: 30_000 })
    const shown = JSON.parse(await body.innerText()) as { data: Array<{ id: string }>, page: { total: number } }
    expect(shown.page.total).toBe(expected.page.total)
    expect(shown.data.map((c) => c.id)).toEqual(expected.data.map((c) => c.id))
    mkdirSync(OUT, { recursive: true })
    await op.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${OUT}/swagger-ui-first-page.png` })
    await page.close()
  })
})
