import { defineConfig } from 'vitest/config'

// The slow suite: tests that start nginx and several server processes and put them
// under load (npm run test:slow). `npm test` leaves them out.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 180_000
  }
})
