import { parseArgs } from 'node:util'
import { runSeed } from './pipeline.js'
import { SeedError } from './errors.js'
import { MigrationError } from '../db/migrate.js'
import { WriterLockedError } from '../db/writer-lock.js'
import { DEFAULT_DB_PATH, DEFAULT_SEED_DIR } from '../config.js'

// npm run seed [-- --seed-dir DIR] [-- --db FILE]

function main (): number {
  let args
  try {
    args = parseArgs({
      options: {
        'seed-dir': { type: 'string', default: DEFAULT_SEED_DIR },
        db: { type: 'string', default: DEFAULT_DB_PATH },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true
    }).values
  } catch (err) {
    console.error(`seed: ${(err as Error).message}\nusage: npm run seed -- [--seed-dir DIR] [--db FILE]`)
    return 2
  }
  if (args.help) {
    console.log('usage: npm run seed -- [--seed-dir DIR (default seed)] [--db FILE (default $DB_PATH or data/claims.db)]')
    return 0
  }
  try {
    const { dbPath, version, counts, ms } = runSeed({ seedDir: args['seed-dir'], dbPath: args.db })
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
