import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { SeedActor } from '../src/schemas/seed.js'
import { extract } from '../src/extract/index.js'
import { segment } from '../src/seed/segment.js'

// npm run bench:extract [-- --max BYTES]
// Articles per second and peak memory of the extractor at 2,000 and 50,000 characters, and
// time against length up to the maximum article size (1 MB by default) to show it is
// linear. Texts are the curated seed article's paragraphs repeated with numbered names, so
// every size has the same density of names, quotes and hedges. One process, one core.
// Last, the seed pipeline's segment() on one section of one paragraph (the worst case for
// Intl.Segmenter), against the whole-section segmentation it replaced, measured in the same
// run up to 200,000 characters (beyond, the baseline takes minutes).

const maxArg = process.argv.indexOf('--max')
const MAX = maxArg === -1 ? 1_000_000 : Number(process.argv[maxArg + 1])
const base = readFileSync('seed/articles/ukraine-security-guarantees.txt', 'utf8')
const registry = parse(readFileSync('seed/actors.yaml', 'utf8')) as SeedActor[]

function textOf (chars: number): string {
  const paragraphs = base.split('\n').filter((l) => l.length > 40)
  let out = ''
  for (let i = 0; out.length < chars; i++) {
    const p = (paragraphs[i % paragraphs.length] as string).replace(/Marco Rubio/g, `Marco Rubio ${i}`)
    out += `${p}\n`
  }
  // cut at a sentence end near the size
  const cut = out.lastIndexOf('. ', chars)
  return out.slice(0, cut === -1 ? chars : cut + 1)
}

function peakDuring (fn: () => void): { ms: number, peakMb: number } {
  globalThis.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 5)
  const t0 = performance.now()
  fn()
  const ms = performance.now() - t0
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { ms, peakMb: peak / 1048576 }
}

function rate (chars: number, seconds: number): void {
  const text = textOf(chars)
  extract({ id: 'bench', text, registry }) // warm-up: the model loads once per process
  let n = 0
  const cpu0 = process.cpuUsage()
  const { ms, peakMb } = peakDuring(() => {
    const until = performance.now() + seconds * 1000
    while (performance.now() < until) { extract({ id: `bench-${n}`, text, registry }); n++ }
  })
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting
  const cpu = process.cpuUsage(cpu0)
  const cpuS = (cpu.user + cpu.system) / 1e6
  console.log(`${String(text.length).padStart(9)} chars: ${(n / (ms / 1000)).toFixed(1).padStart(7)} articles/s wall, ${(n / cpuS).toFixed(1)} per CPU-second, ${(ms / n).toFixed(1)} ms each, peak RSS ${peakMb.toFixed(0)} MB`)
}

console.log('throughput (one core)')
rate(2_000, 5)
rate(50_000, 5)
console.log('\ntime against length')
for (const size of [10_000, 50_000, 200_000, 500_000, 1_000_000].filter((s) => s <= MAX)) {
  const text = textOf(size)
  const { ms, peakMb } = peakDuring(() => extract({ id: 'bench-big', text, registry }))
  console.log(`${String(text.length).padStart(9)} chars: ${ms.toFixed(0).padStart(7)} ms, ${(1000 * ms / text.length).toFixed(2)} µs/char, peak RSS ${peakMb.toFixed(0)} MB`)
}

const cpuMs = (fn: () => void) => { const c0 = process.cpuUsage(); fn(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000 }
function wholeSection (text: string): number {
  let n = 0
  for (const piece of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) if (piece.segment.trim() !== '') n++
  return n
}
console.log('\nseed segment(), one section of one paragraph: CPU ms (whole-section baseline, ratio)')
for (const size of [50_000, 100_000, 200_000, 500_000, 1_000_000].filter((s) => s <= MAX)) {
  const text = `${textOf(size).replace(/\n/g, ' ')}\n`
  const ms = cpuMs(() => segment(text))
  const base = size <= 200_000 ? cpuMs(() => wholeSection(text)) : null
  console.log(`${String(text.length).padStart(9)} chars: ${ms.toFixed(0).padStart(6)} ms, ${(1000 * ms / text.length).toFixed(2)} µs/char${base === null ? '' : `; baseline ${base.toFixed(0)} ms, ${(base / ms).toFixed(1)}x`}`)
}
