// Prints vitest's JSON reports as the plain closing lines CI reads: "name: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

let failed = 0
for (const name of process.argv.slice(2)) {
  const file = `test-results/${name}.json`
  if (!existsSync(file)) { console.log(`${name}: 0 passed, 1 failed`); failed++; continue }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''))
  failed += r.numFailedTests
}
process.exitCode = failed > 0 ? 1 : 0
