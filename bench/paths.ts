import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../dev/process.js'
import { GENERATOR_VERSION } from './corpus.js'

// Where the bench keeps what it builds (bench/data/, gitignored), keyed so that a change
// of size, seed, generator or dataset code builds afresh and anything else is reused.

const BENCH_DIR = join(ROOT, 'bench')
export const DATA_DIR = join(BENCH_DIR, 'data')
export const RESULTS_DIR = join(BENCH_DIR, 'results')
export const PEERS_DIR = join(BENCH_DIR, 'peers')

/** "1k" → 1000, "1M" → 1000000, "2500" → 2500. */
export function parseSize (s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim())
  if (m === null) throw new Error(`"${s}" is not a size: use 1000, 10k or 1M`)
  const n = Number(m[1]) * (m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1e6)
  if (!Number.isInteger(n) || n < 1) throw new Error(`"${s}" is not a whole number of claims`)
  return n
}

export function sizeLabel (n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`
  return String(n)
}

export function corpusDir (claims: number, seed: number, format: 'json' | 'yaml' = 'json'): string {
  return join(DATA_DIR, `corpus-${sizeLabel(claims)}-s${seed}-g${GENERATOR_VERSION}${format === 'yaml' ? '-yaml' : ''}`)
}

/** A hash of everything that decides a built database's content: the seed pipeline, its schemas and the migrations. */
export function datasetCodeVersion (): string {
  const hash = createHash('sha256')
  const files = (dir: string, ext: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f))
  for (const f of [...files('src/seed', '.ts'), 'src/schemas/seed.ts', 'src/schemas/entities.ts', 'src/domain/enums.ts', 'src/db/migrate.ts', ...files('migrations', '.sql')]) {
    hash.update(f).update('\0').update(readFileSync(join(ROOT, f))).update('\0')
  }
  return hash.digest('hex').slice(0, 10)
}

export function buildDir (claims: number, seed: number, code = datasetCodeVersion()): string {
  return join(DATA_DIR, `db-${sizeLabel(claims)}-s${seed}-g${GENERATOR_VERSION}-${code}`)
}
