import { it } from 'vitest'
import { expectGrowthUnderLoad } from '../helpers/load-run.js'

// `npm run load`'s schedule of growth under load: ten real ingests, two deletions, one
// full rebuild renamed over the file, one release.

it('serves through ten ingests, two deletions, a rebuild and a release with no failed request', () => {
  expectGrowthUnderLoad({ changes: 14, adds: 10, deletes: 2, duration: 5 })
}, 180_000)
