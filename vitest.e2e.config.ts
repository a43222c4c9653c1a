import { defineConfig } from 'vitest/config'

// End-to-end tests in a real browser (Debian's chromium through playwright-core):
// `npm run test:e2e`, run by .ci/run after the unit and API tests.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    // the JSON report lets .ci/run print a 'N passed, N failed' line CI can read
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    testTimeout: 90_000,
    hookTimeout: 90_000
  }
})
