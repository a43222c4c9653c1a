import { afterAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { nginxBinary, renderConfig, TEMPLATE } from '../../src/deploy/nginx.js'
import { removeTempDirs, tempDir } from '../helpers/seed.js'

// The nginx template in deploy/: every value filled in, and a config nginx itself accepts.

afterAll(removeTempDirs)

const values = (prefix: string) => ({ prefix, port: 18080, workers: 1, cacheSize: '64m', servers: '    server 127.0.0.1:18081;\n    server 127.0.0.1:18082;', version: 'abc123' })

let binary: string | undefined
try { binary = nginxBinary() } catch {}

describe('deploy/nginx.conf', () => {
  it('has a value for each placeholder, loopback only, and the release in the cache key', () => {
    const conf = renderConfig(values('/tmp/x'))
    expect(conf).not.toMatch(/\{\{/)
    expect(conf.match(/^\s*listen .*$/gm)).toEqual(['    listen 127.0.0.1:18080;'])
    expect(conf).toContain('proxy_cache_key "abc123 ')
    expect(conf).toContain('server 127.0.0.1:18082;')
    expect(() => renderConfig({ port: 1 }, readFileSync(TEMPLATE, 'utf8'))).toThrow(/needs a value for \{\{prefix\}\}/)
  })

  it.skipIf(binary === undefined)('is accepted by nginx -t', () => {
    const prefix = tempDir('nginx-conf')
    for (const d of ['cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d))
    writeFileSync(join(prefix, 'nginx.conf'), renderConfig(values(prefix)))
    const r = spawnSync(binary!, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' })
    expect(r.stderr).toContain('test is successful')
    expect(r.status).toBe(0)
  })
})
