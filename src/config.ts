import { resolve } from 'node:path'

/** Where the server reads, and the seed writes, the database unless told otherwise. */
export const DEFAULT_DB_PATH = resolve(process.env.DB_PATH ?? 'data/claims.db')
export const DEFAULT_SEED_DIR = 'seed'
