import { createInterface } from 'node:readline'
import { mutate } from '../test/helpers/growth.js'

// The writer of a load test through growth, in a process of its own (a rebuild takes
// seconds of CPU, which must not stall the load generator): reads a step number per line
// on stdin, changes the database (test/helpers/growth.ts: `mutate`, where a real ingest
// can be plugged in), and writes one JSON line per change: its version and when it was
// committed (Date.now(), the same clock as the harness's).
//
//   node --import tsx bench/grow.ts DB_PATH STEPS [SEED_DIR]

const [dbPath, steps = '13', seedDir = 'seed'] = process.argv.slice(2)
if (dbPath === undefined) throw new Error('usage: grow.ts DB_PATH STEPS [SEED_DIR]')
process.stdout.write(`${JSON.stringify({ ready: true })}\n`)
for await (const line of createInterface({ input: process.stdin })) {
  const step = Number(line)
  const started = Date.now()
  const change = mutate(dbPath, step, { steps: Number(steps), seedDir })
  process.stdout.write(`${JSON.stringify({ step, version: change.version, added: change.added.length, removed: change.removed.length, started, committed: Date.now() })}\n`)
}
