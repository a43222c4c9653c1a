import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus, type CorpusSummary } from './corpus.js'
import { corpusDir, parseSize } from './paths.js'

// npm run bench:data -- --claims N [--seed S] [--out DIR] [--format json|yaml]
// Writes a synthetic seed directory (see corpus.ts); build it with
// `npm run seed -- --seed-dir DIR --db FILE` (for a million claims give the seed a larger
// heap: NODE_OPTIONS=--max-old-space-size=20000). `npm run bench` builds them itself.

/** Generates a corpus of `claims` claims into `out` (JSON annotations by default). */
export function generate ({ claims, seed = 1, out, format = 'json' }: { claims: number, seed?: number, out: string, format?: 'json' | 'yaml' }): CorpusSummary {
  return generateCorpus({ claims, seed, out: resolve(out), format })
}

const usage = 'usage: npm run bench:data -- --claims N (1000, 10k, 1M…) [--seed S (default 1)] [--out DIR] [--format json|yaml]'

function main (): number {
  try {
    const { values } = parseArgs({
      options: {
        claims: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true
    })
    if (values.help) { console.log(usage); return 0 }
    if (values.claims === undefined) throw new Error('--claims is required')
    const claims = parseSize(values.claims)
    const seed = Number(values.seed)
    if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number')
    if (values.format !== 'json' && values.format !== 'yaml') throw new Error('--format must be json or yaml')
    const out = resolve(values.out ?? corpusDir(claims, seed, values.format))
    const s = generate({ claims, seed, out, format: values.format })
    console.log(`bench:data: wrote ${out}`)
    console.log(`  articles ${s.articles}, actors ${s.actors}, events ${s.events}, claims ${s.claims}, questions ${s.questions}`)
    console.log(`  ${(s.bytes / 2 ** 20).toFixed(1)} MiB in ${(s.ms / 1000).toFixed(1)} s`)
    return 0
  } catch (err) {
    console.error(`bench:data: ${(err as Error).message}\n${usage}`)
    return 2
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main()
