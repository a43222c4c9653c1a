import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../dev/process.js'
import { startServer, type RunningServer } from '../helpers/server.js'

// `npm run build` then `npm run start:prod`: the compiled server in dist/ starts without tsx
// and serves what the sources serve, files beside the code (the OpenAPI examples) included.

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string, scripts: Record<string, string> }

describe('the build in dist/', () => {
  let server: RunningServer
  beforeAll(async () => {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' })
    expect(pkg.scripts['start:prod']).toBe('node dist/server.js')
    server = await startServer({}, { command: [process.execPath, 'dist/server.js'] })
  }, 300_000)
  afterAll(async () => { await server?.stop() })

  it('starts and answers /health', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
  })

  it('serves the claims and the document of the sources, at the package version', async () => {
    const claims = await (await fetch(`${server.url}/v1/claims?limit=1`)).json() as { data: unknown[] }
    expect(claims.data).toHaveLength(1)
    const doc = await (await fetch(`${server.url}/openapi.json`)).json() as { info: { version: string } }
    expect(doc).toEqual(JSON.parse(readFileSync(join(ROOT, 'openapi', 'openapi.json'), 'utf8')))
    expect(doc.info.version).toBe(pkg.version)
  })
})
