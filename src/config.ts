import { join, resolve } from 'node:path'
import { availableParallelism, tmpdir } from 'node:os'

// The one module that reads the environment. Every setting, its default and its range is
// here and in README.md ("Configuration"); the rest of the code takes a Config.

export interface Config {
  port: number
  host: string
  dbPath: string
  /** DB_PATH was set: a missing file is then an error, never a silent build from seed/. */
  dbPathGiven: boolean
  logLevel: string
  rateLimitMax: number
  workers: number
  trustProxy: boolean
  /** Signs pagination cursors; null when unset (the primary process then makes one). */
  cursorSecret: string | null
  /** Where GET /v1/dataset.db's copies of the database are made. */
  downloadDir: string
}

export class ConfigError extends Error {}

/** Where the server reads, and `npm run seed` writes, the database unless told otherwise. */
export const DEFAULT_DB_PATH = resolve(process.env.DB_PATH ?? 'data/claims.db')
export const DEFAULT_SEED_DIR = 'seed'
/** Copies for download are named by dataset version, so servers may share the folder. */
export const DEFAULT_DOWNLOAD_DIR = join(tmpdir(), 'structured-claims-downloads')
/** A cursor secret shorter than this is refused: it must not be guessable. */
const MIN_SECRET_LENGTH = 16
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const given = (name: string) => env[name] !== undefined && env[name] !== ''
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
    return n
  }
  const logLevel = given('LOG_LEVEL') ? env.LOG_LEVEL! : 'info'
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`)
  const cursorSecret = given('CURSOR_SECRET') ? env.CURSOR_SECRET! : null
  if (cursorSecret !== null && cursorSecret.length < MIN_SECRET_LENGTH) throw new ConfigError(`CURSOR_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`)
  return {
    port: int('PORT', 3000, 0, 65535),
    host: given('HOST') ? env.HOST! : '127.0.0.1',
    dbPath: given('DB_PATH') ? resolve(env.DB_PATH!) : resolve('data/claims.db'),
    dbPathGiven: given('DB_PATH'),
    logLevel,
    rateLimitMax: int('RATE_LIMIT_MAX', 1200, 0, 1_000_000_000),
    // WORKERS=auto uses every core (node:cluster); the default is one process
    workers: env.WORKERS === 'auto' ? availableParallelism() : int('WORKERS', 1, 1, 64),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    cursorSecret,
    downloadDir: given('DOWNLOAD_DIR') ? resolve(env.DOWNLOAD_DIR!) : DEFAULT_DOWNLOAD_DIR
  }
}

/** The largest article the seed build and `npm run extract` accept, in bytes: 1 MB. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000

/** MAX_ARTICLE_BYTES from the environment (a whole number of bytes), else the default. */
export function maxArticleBytesFromEnv (env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_ARTICLE_BYTES
  if (raw === undefined || raw === '') return DEFAULT_MAX_ARTICLE_BYTES
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < 1) throw new ConfigError(`MAX_ARTICLE_BYTES must be a whole number of bytes above 0, not "${raw}"`)
  return n
}
