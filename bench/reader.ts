/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { stringify } from 'yaml'
import { buildApp } from '../src/app.js'
import { runSeed } from '../src/seed/pipeline.js'

// npm run bench:reader: the reader view on a long article. A synthetic article of 5,000
// words with 2,000 spans (500 claims, 250 events, 250 questions, 1,000 actor mentions;
// claims nest in claims and overlap events and questions partly) is built by the real seed
// pipeline into a temporary database. It prints the server's render time for the article
// page (app.inject, after warm-up) and, in headless Chromium, the time from navigation to
// the page's script being ready (interactive), and from a click on marked text to its card.

const SENTENCES = 250
const WORDS = 20 // per sentence: 5,000 words
const RUNS = Number(process.env.RUNS ?? 30)
const LOADS = Number(process.env.LOADS ?? 10)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const NAMES = ['Amara', 'Bruno', 'Chidi', 'Dana', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tova']
const VOCAB = ['treaty', 'border', 'budget', 'council', 'ministry', 'report', 'vote', 'summit', 'market', 'harbour', 'railway', 'energy', 'grain', 'court', 'election', 'bridge']

/** Sentence i: a speaker, "said", then unique words with three more names among them. */
function sentenceWords (i: number): string[] {
  const words: string[] = []
  for (let w = 0; w < WORDS; w++) {
    if (w === 0 || w === 5 || w === 10 || w === 16) words.push(NAMES[(i + w) % NAMES.length]!)
    else if (w === 1) words.push('said')
    else words.push(`${VOCAB[(i * WORDS + w) % VOCAB.length]!}${i}x${w}`) // unique, so every quote is
  }
  return words
}

function buildSeed (dir: string) {
  const sentences = Array.from({ length: SENTENCES }, (_, i) => sentenceWords(i))
  const text = `Bench article\n${sentences.map((s) => `${s.join(' ')}.`).join(' ')}\n`
  const quote = (s: string[], from: number, to: number) => s.slice(from, to).join(' ')
  const actorId = (name: string) => name.toLowerCase()
  const claim = (id: string, s: string[], from: number, to: number, certainty: string) => ({
    id,
    text: `Claim ${id}.`,
    kind: 'report',
    speaker: actorId(s[0]!),
    sourceKind: 'named',
    cue: 'said',
    certainty,
    polarity: 'positive',
    subjects: [actorId(s[5]!)],
    events: [],
    evidence: [quote(s, from, to)]
  })
  const annotation = {
    article: { id: 'bench-long', title: 'A long article for the reader benchmark', publisher: null, url: null, publishedAt: null, language: 'en' },
    events: sentences.map((s, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: 'other',
      status: 'occurred',
      when: { text: null },
      location: null,
      participants: [{ actor: actorId(s[5]!), role: 'participant' }],
      evidence: [quote(s, 2, 10)]
    })),
    claims: sentences.flatMap((s, i) => [claim(`c${i}`, s, 0, WORDS, 'certain'), claim(`d${i}`, s, 6, 16, i % 2 === 0 ? 'possible' : 'probable')]),
    questions: sentences.map((s, i) => ({
      id: `q${i}`,
      text: `Question ${i}?`,
      kind: 'watch',
      status: 'open',
      resolutionCriteria: 'Yes if it happens.',
      actors: [],
      events: [],
      claims: [],
      evidence: [quote(s, 12, 19)],
      resolution: null
    }))
  }
  const actors = NAMES.map((name) => ({ id: actorId(name), name, kind: 'person', aliases: [name], description: null, roles: [] }))
  mkdirSync(join(dir, 'articles'), { recursive: true })
  writeFileSync(join(dir, 'actors.yaml'), stringify(actors))
  writeFileSync(join(dir, 'articles', 'bench-long.txt'), text)
  writeFileSync(join(dir, 'articles', 'bench-long.yaml'), stringify(annotation))
  return { words: text.split(/\s+/).filter((w) => w !== '').length }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${s[0]!.toFixed(1)} ms (${s.length} runs)`
}

const dir = mkdtempSync(join(tmpdir(), 'bench-reader-'))
try {
  const seedDir = join(dir, 'seed')
  const { words } = buildSeed(seedDir)
  const dbPath = join(dir, 'claims.db')
  const summary = runSeed({ seedDir, dbPath })
  const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'warn', trustProxy: false })
  const first = await app.inject('/articles/bench-long')
  const spans = (first.body.match(/<a class="m /g) ?? []).length
  const nodes = (first.body.match(/<[a-z]/g) ?? []).length
  console.log(`article: ${words} words, ${spans} spans marked, page ${(first.body.length / 1024).toFixed(0)} KiB, ${nodes} elements (seed built in ${summary.ms} ms)`)
  // a page is rendered once per dataset version and URL, then served from memory: the
  // first render of a URL is measured with a query the page ignores (a new URL each run)
  const timed = async (path: (i: number) => string) => {
    for (let i = 0; i < 5; i++) await app.inject(path(-1 - i))
    const wall: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const c = process.cpuUsage()
      const t = performance.now()
      const res = await app.inject(path(i))
      wall.push(performance.now() - t)
      const used = process.cpuUsage(c)
      cpu.push((used.user + used.system) / 1000)
      if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`)
    }
    return { wall, cpu }
  }
  const rendered = await timed((i) => `/articles/bench-long?run=${i}`)
  const cached = await timed(() => '/articles/bench-long')
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`)
  console.log(`server render (GET /articles/{id}, app.inject, a new URL each run), wall clock: ${stats(rendered.wall)}`)
  console.log(`server render, CPU time of the process: ${stats(rendered.cpu)}`)
  console.log(`server, page already rendered for this version and URL, wall clock: ${stats(cached.wall)}`)
  console.log(`server, page already rendered, CPU time of the process: ${stats(cached.cpu)}`)

  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] })
  const ready: number[] = []
  const dcl: number[] = []
  const click: number[] = []
  const busy: number[] = []
  const thread: number[] = []
  let domNodes = 0
  for (let i = 0; i < LOADS + 1; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(`${url}/articles/bench-long`)
    await page.waitForSelector('html[data-ready]')
    // the renderer's main-thread time (parse, style, layout, script) until now: on a busy
    // machine the wall-clock figures wait for a core, this one much less
    const metrics = (await cdp.send('Performance.getMetrics')).metrics
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    const task = metric('TaskDuration')
    // CPU time of the renderer's main thread: what the page costs a core, waiting excluded
    thread.push(metric('ThreadTime') * 1000)
    domNodes = metric('Nodes')
    const t = await page.evaluate(() => ({
      ready: performance.getEntriesByName('reader-ready')[0]!.startTime,
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd
    }))
    const open = await page.evaluate(async () => {
      const seg = document.querySelectorAll('#text .s[data-ref]')[1500] as HTMLElement
      const t0 = performance.now()
      seg.click()
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
      // a long article's card is built when first opened
      const card = document.getElementById(seg.dataset.ref!)
      if (card === null || getComputedStyle(card).display === 'none') throw new Error('card not open')
      await new Promise((resolve) => requestAnimationFrame(resolve))
      return performance.now() - t0
    })
    if (i > 0) { ready.push(t.ready); dcl.push(t.dcl); click.push(open); busy.push(task * 1000) } // the first load warms the asset cache
    await page.close()
  }
  console.log(`browser, navigation to interactive (script ready): ${stats(ready)}`)
  console.log(`browser, DOMContentLoaded: ${stats(dcl)}`)
  console.log(`browser, main-thread busy until interactive (CDP TaskDuration): ${stats(busy)}`)
  console.log(`browser, main-thread CPU time until interactive (CDP ThreadTime): ${stats(thread.slice(1))}; ${domNodes} DOM nodes`)
  console.log(`browser, click on marked text to its card shown (next frame): ${stats(click)}`)
  await browser.close()
  await app.close()
} finally {
  if (process.env.KEEP === undefined) rmSync(dir, { recursive: true, force: true }); else console.log(dir)
}
