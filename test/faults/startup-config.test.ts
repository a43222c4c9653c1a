import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { ConfigError, DEFAULT_DOWNLOAD_DIR, loadConfig } from '../../src/config.js'

// Configuration (src/config.ts, the one module that reads the environment): every
// setting's default and range, as README.md documents them.

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dbPath: resolve('data/claims.db'),
      dbPathGiven: false,
      logLevel: 'info',
      rateLimitMax: 1200,
      workers: 1,
      trustProxy: false,
      cursorSecret: null,
      downloadDir: DEFAULT_DOWNLOAD_DIR
    })
  })

  it('reads every setting', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DB_PATH: 'x.db', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', WORKERS: '2', TRUST_PROXY: '1', CURSOR_SECRET: 'a'.repeat(32), DOWNLOAD_DIR: 'dl' })
    expect(config).toEqual({ port: 8080, host: '0.0.0.0', dbPath: resolve('x.db'), dbPathGiven: true, logLevel: 'warn', rateLimitMax: 0, workers: 2, trustProxy: true, cursorSecret: 'a'.repeat(32), downloadDir: resolve('dl') })
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1)
    expect(loadConfig({ PORT: '', HOST: '' })).toMatchObject({ port: 3000, host: '127.0.0.1' })
  })

  it.each([
    [{ PORT: '65536' }, /PORT must be a whole number from 0 to 65535/],
    [{ RATE_LIMIT_MAX: '-1' }, /RATE_LIMIT_MAX/],
    [{ WORKERS: '0' }, /WORKERS must be a whole number from 1 to 64/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ CURSOR_SECRET: 'fifteen-chars!!' }, /CURSOR_SECRET must be at least 16 characters/]
  ])('refuses %j', (env, reason) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(reason)
  })
})
