import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from './app.js'
import { DEFAULT_SEED_DIR } from './config.js'
import { runSeed } from './seed/pipeline.js'

// npm run openapi: writes the document the server serves to openapi/openapi.json. It is
// built from a fresh database of the real seed in a temporary folder, so that it never
// depends on, nor touches, the database a user serves from data/.

const OPENAPI_FILE = 'openapi/openapi.json'

/** Builds the app over a temporary database of `seedDir` and writes its document to `file`. */
export async function writeOpenapi (file = OPENAPI_FILE, seedDir = DEFAULT_SEED_DIR): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'))
  try {
    const dbPath = join(dir, 'claims.db')
    runSeed({ seedDir, dbPath })
    const app = await buildApp({ dbPath, rateLimitMax: 0, logLevel: 'warn', trustProxy: false })
    try {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`)
    } finally {
      await app.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeOpenapi()
  console.log(`wrote ${OPENAPI_FILE}`)
}
