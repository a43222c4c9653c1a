/// <reference lib="dom" />
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'

// Headless Chromium (Debian's, through playwright-core) and axe-core for the browser tests.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export async function launchBrowser (): Promise<Browser> {
  return await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

/**
 * The page's serious and critical axe-core violations, as lines. axe is injected as an
 * inline script, which the pages' CSP rightly refuses: the page must come from a context
 * made with `bypassCSP: true`.
 */
export async function seriousViolations (page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, impact: string, help: string, nodes: unknown[] }> }> } })
      .axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${label}: ${v.id} (${v.impact}, ${v.nodes} nodes): ${v.help}`)
}
