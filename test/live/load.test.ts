import { it } from 'vitest'
import { expectGrowthUnderLoad } from '../helpers/load-run.js'

// `npm run load` at a small scale, kept short for `npm test`: an ingest, its deletion, a
// rebuild and a release under load (test/live/load-growth.slow.test.ts runs the full
// schedule of ten ingests and two deletions).

it('serves through an ingest, its deletion, a rebuild and a release with no failed request', () => {
  expectGrowthUnderLoad({ changes: 4, adds: 1, deletes: 1, duration: 2 })
}, 180_000)
