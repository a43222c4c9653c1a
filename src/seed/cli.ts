import { parseArgs } from 'node:util'
import { runSeed } from './pipeline.js'
import { SeedError } from './errors.js'
import { MigrationError } from '../db/migrate.js'
import { WriterLockedError } from '../db/writer-lock.js'
import { DEFAULT_DB_PATH, DEFAULT_SEED_DIR, maxArticleBytesFromEnv } from '../config.js'
import { parseByteCount } from './article-text.js'

// npm run seed [-- --seed-dir DIR] [-- --db FILE] [-- --max-article-bytes N]

const USAGE = 'usage: npm run seed -- [--seed-dir DIR (default seed)] [--db FILE (default $DB_PATH or data/claims.db)] [--max-article-bytes N (default $MAX_ARTICLE_BYTES or 1000000)]'

function main (): number {
  let args
  try {
    args = parseArgs({
      options: {
        'seed-dir': { type: 'string', default: DEFAULT_SEED_DIR },
        db: { type: 'string', default: DEFAULT_DB_PATH },
        'max-article-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true
    }).values
  } catch (err) {
    console.error(`seed: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  if (args.help) {
    console.log(USAGE)
    return 0
  }
  let maxArticleBytes: number
  try {
    maxArticleBytes = args['max-article-bytes'] === undefined ? maxArticleBytesFromEnv() : parseByteCount('--max-article-bytes', args['max-article-bytes'])
  } catch (err) {
    console.error(`seed: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  try {
    const { dbPath, version, counts, ms } = runSeed({ seedDir: args['seed-dir'], dbPath: args.db, maxArticleBytes })
    console.log(`seed: built ${dbPath}`)
    for (const [type, n] of Object.entries(counts)) console.log(`  ${type.padEnd(10)} ${n}`)
    console.log(`  version    ${version}`)
    console.log(`  time       ${ms} ms`)
    return 0
  } catch (err) {
    if (err instanceof WriterLockedError) {
      console.error(`seed: refused: ${err.message}`)
    } else if (err instanceof SeedError) {
      console.error(`seed: ${err.issues.length} problem(s); the previous database is untouched.\n${err.message}`)
    } else if (err instanceof MigrationError) {
      console.error(`seed: ${err.message}; the previous database is untouched.`)
    } else {
      console.error(`seed: failed; the previous database is untouched.\n${(err as Error).stack ?? String(err)}`)
    }
    return 1
  }
}

process.exitCode = main()
