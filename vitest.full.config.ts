import { defineConfig } from 'vitest/config'

// `npm run test:full`: the slow suites `npm test` leaves out, run by .ci/run as well: every
// `*.slow.test.ts` (the benchmark smoke run, real processes killed and restarted, the built
// server, sustained load) and the property tests at 1,000 cases per operation. A slow test
// goes here by its name alone.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts', 'test/property/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    pool: 'forks',
    env: { PROPERTY_RUNS: '1000' },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/full.json' },
    testTimeout: 300_000,
    hookTimeout: 300_000
  }
})
