import { mkdirSync, writeFileSync } from 'node:fs'
import { buildApp } from './app.js'
import { DEFAULT_DB_PATH, DEFAULT_SEED_DIR } from './config.js'
import { runSeed } from './seed/pipeline.js'

// npm run openapi: writes the document the server serves to openapi/openapi.json, built
// from a fresh database of the real seed so that it never depends on local state.

export const OPENAPI_FILE = 'openapi/openapi.json'

export function renderOpenapi (doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

const dbPath = process.env.DB_PATH ?? DEFAULT_DB_PATH
runSeed({ seedDir: DEFAULT_SEED_DIR, dbPath })
const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'warn', trustProxy: false })
mkdirSync('openapi', { recursive: true })
writeFileSync(OPENAPI_FILE, renderOpenapi(app.swagger()))
await app.close()
console.log(`wrote ${OPENAPI_FILE}`)
