import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus.js'
import { corpusDir, parseSize, sizeLabel } from './paths.js'
import { ROOT } from '../dev/process.js'
import { buildDataset, runSeed } from '../src/seed/pipeline.js'
import { deleteArticle, ingestFile } from '../src/ingest/ingest.js'

// npm run bench:seed -- [SIZES… (default 10k 100k)] [--no-baseline] [--in-thread] [--ingest]
// The build's peak memory and time, each run in a fresh child process (peak RSS from
// process.resourceUsage), against a baseline measured in the same run: the in-memory
// stages the build ran before it streamed (load every file, then every stage over the
// whole corpus, no write), whose memory grows with the corpus. With --ingest, also the
// time of one ~2,000-character article ingested into the built database, then deleted.

interface Run { ms: number, cpuMs: number, maxRssMiB: number, counts?: Record<string, number> }

function child (mode: 'stream' | 'thread' | 'memory' | 'ingest' | 'delete', corpus: string, db: string, file?: string): Run {
  // the build and the ingest run as their commands do, with node's default heap; the
  // in-memory baseline needs a large one
  const heap = mode === 'memory' ? ['--max-old-space-size=16000'] : []
  const r = spawnSync(process.execPath, [...heap, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, corpus, db, file ?? ''], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status !== 0) throw new Error(`${mode} failed (status ${String(r.status)})`)
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run
}

function measure (fn: () => Record<string, number> | undefined): Run {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const counts = fn()
  const used = process.cpuUsage(cpu)
  return { ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), ...(counts === undefined ? {} : { counts }) }
}

/** Prints, on stderr, each phase's CPU time, wall time, the RSS at its end (now and peak so far) and the JavaScript heap V8 holds then. */
function phases (): (phase: string) => void {
  let last: { name: string, cpu: NodeJS.CpuUsage, at: number } | null = null
  const mib = (b: number) => Math.round(b / 2 ** 20)
  return (name) => {
    if (last !== null) {
      const cpu = process.cpuUsage(last.cpu)
      const m = process.memoryUsage()
      process.stderr.write(`  phase ${last.name.padEnd(11)} ${((cpu.user + cpu.system) / 1e6).toFixed(1).padStart(7)} s CPU ${((performance.now() - last.at) / 1000).toFixed(1).padStart(7)} s wall, RSS ${mib(m.rss)} MiB (peak ${Math.round(process.resourceUsage().maxRSS / 1024)}), JS heap ${mib(m.heapTotal)} MiB\n`)
    }
    last = { name, cpu: process.cpuUsage(), at: performance.now() }
  }
}

// about 2,000 characters of news prose, for the extractor to find claims, events and a question in
const ARTICLE = `Officials in Brussels said on Monday that the talks on the new trade agreement would resume next week after a pause of several days.
The ministers met for four hours. According to one diplomat, the two sides remain divided over the timetable for lifting tariffs, and a second official said that no date had been set for a summit.
"We are close, but we are not there yet," the spokesperson told reporters after the meeting, adding that the negotiators would report back to their governments before the end of the month.
Analysts expect the agreement to be signed before the summer if the remaining questions about agricultural quotas can be settled. Others warned that the deal could still collapse.
Will the agreement be signed before the summer? The answer depends on whether the governments accept the compromise on quotas that the negotiators are expected to propose on Thursday.
Farmers' groups said they would protest in the capital if the quotas were raised, and the opposition called for a vote in parliament before any signature.
The trade commissioner denied that the talks had stalled. She said that both delegations had agreed on most of the chapters, including services and public procurement, and that the remaining gaps were technical.
Industry representatives welcomed the progress but said companies needed certainty about the timetable. One executive warned that investment decisions would be delayed until the text was published.
Officials are expected to publish a summary of the negotiations on Friday.
A senior diplomat said the two governments had exchanged new proposals on fishing rights overnight, and that a compromise on the dispute settlement chapter was likely by the weekend.
Environmental groups criticised the draft, saying it did not protect forests; the commission rejected the charge and said the text was the strongest it had ever negotiated.
Talks resume in Geneva on Tuesday. Negotiators will meet again in Brussels next month to settle the last technical points.
`

if (process.argv[2] === '--child') {
  const [mode, corpus, db, file] = process.argv.slice(3) as ['stream' | 'thread' | 'memory' | 'ingest' | 'delete', string, string, string]
  const run = measure(() => {
    if (mode === 'stream') return runSeed({ seedDir: corpus, dbPath: db, progress: phases() }).counts
    // the same build with every article built in the build's own thread, as a small corpus is
    if (mode === 'thread') return runSeed({ seedDir: corpus, dbPath: db, progress: phases(), workerFrom: Infinity }).counts
    if (mode === 'ingest') { ingestFile({ dbPath: db, file, seedDir: corpus }); return undefined }
    if (mode === 'delete') { deleteArticle({ dbPath: db, id: file, seedDir: corpus }); return undefined }
    const d = buildDataset(corpus)
    return { articles: d.articles.length, claims: d.claims.length }
  })
  console.log(JSON.stringify(run))
} else {
  const args = process.argv.slice(2)
  const sizes = args.filter((a) => !a.startsWith('--')).map(parseSize)
  const baseline = !args.includes('--no-baseline')
  for (const claims of sizes.length > 0 ? sizes : [10_000, 100_000]) {
    const corpus = corpusDir(claims, 1)
    if (!existsSync(join(corpus, 'corpus.json'))) generateCorpus({ claims, seed: 1, out: corpus, format: 'json' })
    const dir = mkdtempSync(join(tmpdir(), 'bench-seed-'))
    try {
      const stream = child('stream', corpus, join(dir, 'claims.db'))
      console.log(`${sizeLabel(claims)} claims, streaming build: ${(stream.ms / 1000).toFixed(1)} s wall, ${(stream.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${stream.maxRssMiB} MiB  ${JSON.stringify(stream.counts)}`)
      if (args.includes('--in-thread')) {
        const thread = child('thread', corpus, join(dir, 'in-thread.db'))
        console.log(`${sizeLabel(claims)} claims, the same build in one thread: ${(thread.ms / 1000).toFixed(1)} s wall, ${(thread.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${thread.maxRssMiB} MiB`)
        console.log(`  ratio worker / one thread: wall ${(stream.ms / thread.ms).toFixed(2)}, CPU ${(stream.cpuMs / thread.cpuMs).toFixed(2)}, peak RSS ${(stream.maxRssMiB / thread.maxRssMiB).toFixed(2)}`)
        rmSync(join(dir, 'in-thread.db'), { force: true })
      }
      if (baseline) {
        const memory = child('memory', corpus, join(dir, 'unused.db'))
        console.log(`${sizeLabel(claims)} claims, in-memory stages (baseline, no write): ${(memory.ms / 1000).toFixed(1)} s wall, ${(memory.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${memory.maxRssMiB} MiB`)
        console.log(`  ratio streaming / baseline: peak RSS ${(stream.maxRssMiB / memory.maxRssMiB).toFixed(2)}, CPU ${(stream.cpuMs / memory.cpuMs).toFixed(2)}`)
      }
      if (args.includes('--ingest')) {
        const input = join(dir, 'input')
        const file = join(input, 'bench-ingested-article.txt')
        spawnSync('mkdir', ['-p', input])
        spawnSync('sh', ['-c', `cat > '${file}'`], { input: ARTICLE })
        const ingest = child('ingest', corpus, join(dir, 'claims.db'), file)
        console.log(`${sizeLabel(claims)} claims, ingest of one ${ARTICLE.length}-character text (extracted): ${ingest.ms} ms wall, ${ingest.cpuMs} ms CPU (process start and module load excluded), peak RSS ${ingest.maxRssMiB} MiB`)
        const deleted = child('delete', corpus, join(dir, 'claims.db'), 'bench-ingested-article')
        console.log(`${sizeLabel(claims)} claims, its deletion: ${deleted.ms} ms wall, ${deleted.cpuMs} ms CPU, peak RSS ${deleted.maxRssMiB} MiB`)
        // the corpus folder is shared between runs: take the article out again
        rmSync(join(corpus, 'articles', 'bench-ingested-article.txt'), { force: true })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
