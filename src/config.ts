import { resolve } from 'node:path'

/** Where the server reads, and the seed writes, the database unless told otherwise. */
export const DEFAULT_DB_PATH = resolve(process.env.DB_PATH ?? 'data/claims.db')
export const DEFAULT_SEED_DIR = 'seed'

/** The largest article the seed build and `npm run extract` accept, in bytes: 1 MB. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000

/** MAX_ARTICLE_BYTES from the environment (a whole number of bytes), else the default. */
export function maxArticleBytesFromEnv (env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_ARTICLE_BYTES
  if (raw === undefined || raw === '') return DEFAULT_MAX_ARTICLE_BYTES
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < 1) throw new Error(`MAX_ARTICLE_BYTES must be a whole number of bytes above 0, not "${raw}"`)
  return n
}
