import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm test`: everything but the slow suites (`*.slow.test.ts`, run by `npm run test:full`)
// and the browser test (`npm run test:e2e`).
//
// Most files share one module registry per worker (`isolate: false`): importing the app and
// the pipeline once per worker instead of once per file halves the CPU time of the run.
// A file that replaces a module with `vi.mock` would see, or leak, other files' copies of
// that module, so such files run isolated.
const SLOW = ['test/**/*.slow.test.ts']
const MOCKING = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && readFileSync(join('test', f), 'utf8').includes('vi.mock('))
  .map((f) => join('test', f))

export default defineConfig({
  test: {
    pool: 'forks',
    // the JSON report lets .ci/run print a 'N passed, N failed' line CI can read
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', ...SLOW, ...MOCKING], isolate: false }
      },
      ...(MOCKING.length > 0 ? [{ extends: true as const, test: { name: 'isolated', include: MOCKING, exclude: SLOW } }] : [])
    ]
  }
})
