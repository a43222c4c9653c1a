/// <reference lib="dom" />
import { execSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { ROOT } from '../dev/process.js'
import { LONG_ARTICLE_ID, writeLongArticleSeed } from './reader-article.js'

// npm run bench:reader: the reader view on a long article (bench/reader-article.ts: 5,000
// words in 62 paragraphs, 2,000 spans that nest and overlap partly), built by the real seed
// pipeline into a temporary database. It prints the server's render time for the article
// page (app.inject, after warm-up) and, in headless Chromium, the time from navigation to
// the page's script being ready (interactive), and from a click on marked text to its card.
//
// BASELINE=<git ref> measures that commit's reader too, in the same run and turn about
// (its src/, public/ and migrations/ taken with git archive into a temporary folder), and
// prints each figure's ratio to it: on a shared machine, figures from different runs are
// not comparable.

const RUNS = Number(process.env.RUNS ?? 30)
const LOADS = Number(process.env.LOADS ?? 10)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const BASELINE = process.env.BASELINE
const PAGE = `/articles/${LONG_ARTICLE_ID}`

interface App { inject: (url: string) => Promise<{ statusCode: number, body: string }>, listen: (o: object) => Promise<string>, close: () => Promise<unknown> }
interface Variant { name: string, app: App, url?: string, figures: Map<string, number[]> }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${s[0]!.toFixed(1)} ms (${s.length} runs)`
}
const record = (v: Variant, name: string, value: number) => v.figures.set(name, [...(v.figures.get(name) ?? []), value])

/** A checkout's reader, on its own database built by its own seed pipeline. */
async function variant (name: string, root: string, seedDir: string, dbPath: string): Promise<Variant> {
  const { runSeed } = await import(pathToFileURL(join(root, 'src', 'seed', 'pipeline.ts')).href) as { runSeed: (o: object) => unknown }
  const { buildApp } = await import(pathToFileURL(join(root, 'src', 'app.ts')).href) as { buildApp: (o: object) => Promise<App> }
  runSeed({ seedDir, dbPath })
  return { name, app: await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'warn', trustProxy: false }), figures: new Map() }
}

/** The baseline's reader: its src/, public/ and migrations/ at `ref`, with this checkout's node_modules. */
function checkout (ref: string, dir: string): string {
  const root = join(dir, 'baseline')
  mkdirSync(root)
  execSync(`git archive ${JSON.stringify(ref)} src public migrations package.json tsconfig.json | tar -x -C ${JSON.stringify(root)}`, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'))
  return root
}

/** One request's wall clock and CPU time of this process. */
async function timed (v: Variant, path: string, label: string) {
  const c = process.cpuUsage()
  const t = performance.now()
  const res = await v.app.inject(path)
  record(v, `${label}, wall clock`, performance.now() - t)
  const used = process.cpuUsage(c)
  record(v, `${label}, CPU time of the process`, (used.user + used.system) / 1000)
  if (res.statusCode !== 200) throw new Error(`${v.name}: status ${res.statusCode}`)
}

/** One page load in Chromium: navigation to interactive, the renderer's time, then a click deep in the text. */
async function load (browser: Browser, v: Variant, keep: boolean) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.goto(`${v.url!}${PAGE}`)
  await page.waitForSelector('html[data-ready]')
  // the renderer's main-thread time (parse, style, layout, script) until now: on a busy
  // machine the wall-clock figures wait for a core; ThreadTime (CPU time) does not
  const metrics = (await cdp.send('Performance.getMetrics')).metrics
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
  const t = await page.evaluate(() => ({
    ready: performance.getEntriesByName('reader-ready')[0]!.startTime,
    dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd
  }))
  const open = await page.evaluate(async () => {
    // marked text deep in the article (past three quarters of it): its card is built when opened
    const marked = document.querySelectorAll('#text .s')
    const seg = marked[Math.floor(marked.length * 0.8)] as HTMLElement
    const t0 = performance.now()
    seg.click()
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
    const card = document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    if (card === null || getComputedStyle(card).display === 'none') throw new Error('card not open')
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return performance.now() - t0
  })
  if (keep) {
    record(v, 'browser, navigation to interactive (script ready)', t.ready)
    record(v, 'browser, DOMContentLoaded', t.dcl)
    record(v, 'browser, main-thread busy until interactive (CDP TaskDuration, wall clock)', metric('TaskDuration') * 1000)
    record(v, 'browser, main-thread CPU time until interactive (CDP ThreadTime)', metric('ThreadTime') * 1000)
    record(v, 'browser, click on marked text to its card shown (next frame)', open)
    v.figures.set('DOM nodes', [metric('Nodes')])
  }
  await page.close()
}

const dir = mkdtempSync(join(tmpdir(), 'bench-reader-'))
const variants: Variant[] = []
try {
  const seedDir = join(dir, 'seed')
  const { words, paragraphs } = writeLongArticleSeed(seedDir)
  variants.push(await variant('this checkout', ROOT, seedDir, join(dir, 'claims.db')))
  if (BASELINE !== undefined) variants.push(await variant(`baseline ${BASELINE}`, checkout(BASELINE, dir), seedDir, join(dir, 'baseline.db')))
  console.log(`article: ${words} words, ${paragraphs} paragraphs`)
  for (const v of variants) {
    const body = (await v.app.inject(PAGE)).body
    const spans = (body.match(/<a class="m /g) ?? []).length
    const elements = (body.match(/<[a-z]/g) ?? []).length
    console.log(`${v.name}: ${spans} spans marked, page ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB, ${elements} elements`)
  }
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`)

  // a page is rendered once per dataset version and URL, then served from memory: the
  // first render of a URL is measured with a query the page ignores (a new URL each run);
  // the variants take turns, so a change in the machine's load hits both
  for (let i = -5; i < RUNS; i++) {
    for (const v of variants) {
      if (i < 0) { await v.app.inject(`${PAGE}?warm=${i}`); await v.app.inject(PAGE); continue }
      await timed(v, `${PAGE}?run=${i}`, 'server, first render of a URL')
      await timed(v, PAGE, 'server, page already rendered for this version and URL')
    }
  }

  if (LOADS > 0) {
    for (const v of variants) v.url = await v.app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] })
    // the first load of each warms the asset cache
    for (let i = 0; i < LOADS + 1; i++) for (const v of variants) await load(browser, v, i > 0)
    await browser.close()
  }

  const [current, baseline] = variants
  for (const [name, xs] of current!.figures) {
    if (name === 'DOM nodes') continue
    const base = baseline?.figures.get(name)
    console.log(`${name}: ${stats(xs)}${base === undefined ? '' : `; baseline ${stats(base)}; ratio of medians ${(median(xs) / median(base)).toFixed(2)}`}`)
  }
  for (const v of variants) if (v.figures.has('DOM nodes')) console.log(`${v.name}: ${v.figures.get('DOM nodes')![0]} DOM nodes`)
} finally {
  for (const v of variants) await v.app.close()
  if (process.env.KEEP === undefined) rmSync(dir, { recursive: true, force: true }); else console.log(dir)
}
