import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { extract } from '../src/extract/index.js'
import { GROWTH_TEXTS, mutate } from '../test/helpers/growth.js'

// The writer of a load test through growth, in a process of its own (an ingest extracts
// its text and a rebuild takes seconds of CPU, which must not stall the load generator):
// reads a step number per line on stdin, changes the database as a deployment does
// (test/helpers/growth.ts `mutate`: npm run ingest of a real text, an ingest's --delete, a
// full npm run seed, npm run release), and writes one JSON line per change: its kind, its
// version and when it was committed (Date.now(), the same clock as the harness's).
//
//   node --import tsx bench/grow.ts DB_PATH STEPS SEED_DIR   (SEED_DIR is written to: a copy)

const [dbPath, steps = '14', seedDir] = process.argv.slice(2)
if (dbPath === undefined || seedDir === undefined) throw new Error('usage: grow.ts DB_PATH STEPS SEED_DIR')
// the extractor's language model loads, and its code warms, before the load starts
extract({ id: 'warm-up', text: readFileSync(GROWTH_TEXTS.at(-1)!, 'utf8'), registry: [] })
process.stdout.write(`${JSON.stringify({ ready: true })}\n`)
for await (const line of createInterface({ input: process.stdin })) {
  const step = Number(line)
  const started = Date.now()
  const change = mutate(dbPath, step, { steps: Number(steps), seedDir })
  process.stdout.write(`${JSON.stringify({ step, kind: change.kind, article: change.article, version: change.version, started, committed: Date.now() })}\n`)
}
