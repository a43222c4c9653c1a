import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_DB_PATH } from '../../src/config.js'
import { writeOpenapi } from '../../src/openapi-cli.js'
import { ROOT } from '../../dev/process.js'

// `npm run openapi` writes openapi/ only: its database is a temporary one, never the
// user's data/claims.db.

const dir = mkdtempSync(join(tmpdir(), 'openapi-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const dbState = () => (existsSync(DEFAULT_DB_PATH) ? statSync(DEFAULT_DB_PATH).mtimeMs : 'missing')

describe('npm run openapi', () => {
  it('writes the committed document and leaves the default database as it was', async () => {
    const before = dbState()
    const file = join(dir, 'openapi', 'openapi.json')
    await writeOpenapi(file)
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(ROOT, 'openapi', 'openapi.json'), 'utf8'))
    expect(dbState()).toBe(before)
  })
})
