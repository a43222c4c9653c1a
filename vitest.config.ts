import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/**/*.slow.test.ts', 'node_modules/**'],
    pool: 'forks',
    // the JSON report lets .ci/run print a 'N passed, N failed' line CI can read
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
