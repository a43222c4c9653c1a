import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import type { SeedActor } from '../../schemas/seed.js'
import { buildDataset } from '../../seed/pipeline.js'
import { Accumulator, evaluateArticle, TYPES, type Counted, type SplitScore } from './evaluate.js'

// npm run eval:extract [-- --json FILE] [-- --split dev] [-- --fixtures DIR] [-- --verbose]
// Scores the extractor on the development split, the held-out test splits (test, then
// test-2, test-3 and test-4, each written later) and the curated seed article; reference annotations are built by
// the seed pipeline from each directory.
// The extractor is given the reviewed registry of seed/, never a fixture directory's own
// actors (that would hand it the answers); the curated article is scored blind, with an
// empty registry, for the same reason. The held-out splits' individual misses are never
// printed: only its aggregate figures.

const splits = (fixtures: string) => [
  { name: 'dev', dir: join(fixtures, 'dev'), registry: 'seed/actors.yaml', only: null },
  { name: 'test', dir: join(fixtures, 'test'), registry: 'seed/actors.yaml', only: null },
  { name: 'test-2', dir: join(fixtures, 'test-2'), registry: 'seed/actors.yaml', only: null },
  { name: 'test-3', dir: join(fixtures, 'test-3'), registry: 'seed/actors.yaml', only: null },
  { name: 'test-4', dir: join(fixtures, 'test-4'), registry: 'seed/actors.yaml', only: null },
  { name: 'test-5', dir: join(fixtures, 'test-5'), registry: 'seed/actors.yaml', only: null },
  { name: 'test-6', dir: join(fixtures, 'test-6'), registry: 'seed/actors.yaml', only: null },
  { name: 'seed', dir: 'seed', registry: null, only: 'ukraine-security-guarantees' }
]

const pct = (c: Counted) => c.total === 0 ? '-' : `${(100 * c.right / c.total).toFixed(0)}% (${c.right}/${c.total})`
const f2 = (x: number) => x.toFixed(2)

function print (name: string, s: SplitScore): void {
  console.log(`\n== ${name}: ${s.articles} article(s)`)
  console.log('type        extracted  reference  matched  precision  recall    F1  per-ref')
  for (const t of TYPES) {
    const p = s.types[t]
    console.log(`${t.padEnd(10)}${String(p.extracted).padStart(11)}${String(p.reference).padStart(11)}${String(p.matched).padStart(9)}${f2(p.precision).padStart(11)}${f2(p.recall).padStart(8)}${f2(p.f1).padStart(6)}${f2(p.perReference).padStart(9)}`)
  }
  const a = s.accuracy
  console.log(`accuracy over reference items: speaker ${pct(a.speaker)}, sourceKind ${pct(a.sourceKind)}, cue ${pct(a.cue)}, certainty ${pct(a.certainty)}, polarity ${pct(a.polarity)}, event status ${pct(a.eventStatus)}`)
  console.log(`polarity on negative claims ${pct(a.denialPolarity)}; spans valid ${pct(s.spans)}`)
  console.log(`precision by confidence band: ${s.bands.map((b) => `${b.band}: ${b.extracted === 0 ? '-' : f2(b.precision)} (${b.matched}/${b.extracted})`).join(', ')}`)
  for (const e of s.errors.slice(0, 10)) console.log(`  span error: ${e}`)
}

function main (): number {
  const { values } = parseArgs({
    options: { fixtures: { type: 'string', default: 'test/fixtures/extraction' }, json: { type: 'string', default: 'test-results/eval-extract.json' }, verbose: { type: 'boolean', default: false }, split: { type: 'string', multiple: true } },
    strict: true
  })
  const out: Record<string, SplitScore> = {}
  for (const split of splits(values.fixtures)) {
    if (values.split !== undefined && !values.split.includes(split.name)) continue
    if (!existsSync(join(split.dir, 'articles'))) { console.log(`\n== ${split.name}: ${split.dir} not found, skipped`); continue }
    const ref = buildDataset(split.dir)
    const registry = split.registry === null ? [] : parse(readFileSync(split.registry, 'utf8')) as SeedActor[]
    const acc = new Accumulator()
    for (const article of ref.articles) {
      if (split.only === null || article.id === split.only) evaluateArticle(ref, article.id, registry, acc)
    }
    const score = acc.result()
    out[split.name] = score
    print(split.name, score)
    if (values.verbose && !split.name.startsWith('test')) for (const m of acc.misses) console.log(`  ${m}`)
  }
  mkdirSync(dirname(values.json), { recursive: true })
  writeFileSync(values.json, `${JSON.stringify(out, null, 2)}\n`)
  console.log(`\nwrote ${values.json}`)
  return 0
}

process.exitCode = main()
