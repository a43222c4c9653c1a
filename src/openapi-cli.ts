import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from './app.js'
import { DEFAULT_SEED_DIR } from './config.js'
import { runSeed } from './seed/pipeline.js'

// npm run openapi: writes the document the server serves to openapi/openapi.json, built
// from a fresh database of the real seed in a temporary folder, so that it never depends
// on, or touches, the local database.

const OPENAPI_FILE = 'openapi/openapi.json'
const dir = mkdtempSync(join(tmpdir(), 'openapi-'))
try {
  const dbPath = join(dir, 'claims.db')
  runSeed({ seedDir: DEFAULT_SEED_DIR, dbPath })
  const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'warn', trustProxy: false })
  mkdirSync('openapi', { recursive: true })
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(app.swagger(), null, 2)}\n`)
  await app.close()
  console.log(`wrote ${OPENAPI_FILE}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
