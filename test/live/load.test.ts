import { it } from 'vitest'
import { expectGrowthUnderLoad } from '../helpers/load-run.js'

// `npm run load` at a small scale, kept short for `npm test`: three ingests, a deletion, a
// rebuild and a release under load (test/live/load-growth.slow.test.ts runs the full
// schedule of ten ingests and two deletions).

it('serves through ingests, a deletion, a rebuild and a release with no failed request', () => {
  expectGrowthUnderLoad({ changes: 6, adds: 3, deletes: 1, duration: 2 })
}, 180_000)
