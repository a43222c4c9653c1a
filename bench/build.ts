import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { generateCorpus, type CorpusSummary } from './corpus.js'
import { buildDir, corpusDir, DATA_DIR, datasetCodeVersion, sizeLabel } from './paths.js'
import { runSeed } from '../src/seed/pipeline.js'
import { buildPeerData } from './peers-data.js'

// One size of the bench's data, built once and reused: the corpus (bench:data), our
// database built from it by the real seed pipeline, and the peers' copies of the same data.
// Run in a child process with a large heap: `node --max-old-space-size=… bench/build.ts N SEED`.
// Prints one JSON line: what was built and how long each step took.

export interface BuildInfo {
  claims: number
  seed: number
  corpus: CorpusSummary
  corpusDir: string
  dbPath: string
  dir: string
  seedMs: number | null
  seedCounts: Record<string, number>
  dbBytes: number
  peers: { pltDb: string, jsonDb: string, ms: number | null }
}

export function ensureBuilt (claims: number, seed: number, log: (s: string) => void = () => {}): BuildInfo {
  const code = datasetCodeVersion()
  const cdir = corpusDir(claims, seed)
  let corpus: CorpusSummary
  if (existsSync(join(cdir, 'corpus.json'))) {
    corpus = JSON.parse(readFileSync(join(cdir, 'corpus.json'), 'utf8')) as CorpusSummary
  } else {
    log(`generating a corpus of ${sizeLabel(claims)} claims…`)
    corpus = generateCorpus({ claims, seed, out: cdir, format: 'json' })
    log(`  ${corpus.articles} articles, ${(corpus.bytes / 2 ** 20).toFixed(0)} MiB in ${(corpus.ms / 1000).toFixed(1)} s`)
  }
  const dir = buildDir(claims, seed, code)
  const infoPath = join(dir, 'build.json')
  if (existsSync(infoPath)) return JSON.parse(readFileSync(infoPath, 'utf8')) as BuildInfo
  // databases of this size built by older code are replaced
  const prefix = `db-${sizeLabel(claims)}-s${seed}-`
  if (existsSync(DATA_DIR)) for (const f of readdirSync(DATA_DIR)) if (f.startsWith(prefix) && join(DATA_DIR, f) !== dir) rmSync(join(DATA_DIR, f), { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  log(`building the database of ${sizeLabel(claims)} claims with the seed pipeline…`)
  const dbPath = join(dir, 'claims.db')
  const s = runSeed({ seedDir: cdir, dbPath })
  log(`  ${(s.ms / 1000).toFixed(1)} s`)
  log('  the peers\' copies…')
  const started = performance.now()
  const peers = buildPeerData(dbPath, dir)
  const info: BuildInfo = {
    claims,
    seed,
    corpus,
    corpusDir: cdir,
    dbPath,
    dir,
    seedMs: s.ms,
    seedCounts: s.counts,
    dbBytes: statSync(dbPath).size,
    peers: { ...peers, ms: Math.round(performance.now() - started) }
  }
  writeFileSync(infoPath, `${JSON.stringify(info, null, 2)}\n`)
  return info
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [claims, seed] = process.argv.slice(2).map(Number)
  const info = ensureBuilt(claims!, seed!, (line) => console.error(line))
  console.log(JSON.stringify(info))
}
