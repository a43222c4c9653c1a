import { parseArgs } from 'node:util'
import { deleteArticle, IngestError, ingestFile, type IngestResult } from './ingest.js'
import { SeedError } from '../seed/errors.js'
import { WriterLockedError } from '../db/writer-lock.js'
import { DEFAULT_DB_PATH, maxArticleBytesFromEnv } from '../config.js'

// npm run ingest -- FILE.txt|FILE.yaml|FILE.json [--id SLUG] [--db FILE] [--seed-dir DIR]
// npm run ingest -- --delete ID [--db FILE] [--seed-dir DIR]

const USAGE = `usage: npm run ingest -- FILE.txt|FILE.yaml|FILE.json [--id SLUG] [--db FILE] [--seed-dir DIR]
       npm run ingest -- --delete ID [--db FILE] [--seed-dir DIR]
  FILE.txt            a bare text: the extractor annotates it
  FILE.yaml|.json     an annotation; its text is FILE.txt beside it
  --id SLUG           the article's id (default: the file name without its extension)
  --db FILE           the database (default $DB_PATH or data/claims.db)
  --seed-dir DIR      the seed folder kept in step (default: the one the database was built from)`

function main (): number {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        id: { type: 'string' },
        db: { type: 'string', default: DEFAULT_DB_PATH },
        'seed-dir': { type: 'string' },
        delete: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      allowPositionals: true,
      strict: true
    })
  } catch (err) {
    console.error(`ingest: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  const { values: args, positionals } = parsed
  if (args.help) { console.log(USAGE); return 0 }
  const wanted = (args.delete === undefined ? 0 : 1) + positionals.length
  if (wanted !== 1 || (args.delete !== undefined && args.id !== undefined)) {
    console.error(`ingest: give one file, or --delete ID\n${USAGE}`)
    return 2
  }
  try {
    const common = { dbPath: args.db, seedDir: args['seed-dir'] }
    const result: IngestResult = args.delete !== undefined
      ? deleteArticle({ ...common, id: args.delete })
      : ingestFile({ ...common, file: positionals[0]!, id: args.id, maxArticleBytes: maxArticleBytesFromEnv() })
    console.log(`ingest: ${result.action} article ${result.id} in ${args.db}`)
    console.log(`  version    ${result.version} (was ${result.previousVersion})`)
    console.log(`  time       ${result.ms} ms`)
    return 0
  } catch (err) {
    if (err instanceof WriterLockedError) {
      console.error(`ingest: refused: ${err.message}`)
    } else if (err instanceof SeedError) {
      console.error(`ingest: ${err.issues.length} problem(s); the database and the seed folder are unchanged.\n${err.message}`)
    } else if (err instanceof IngestError) {
      console.error(`ingest: ${err.message}; the database and the seed folder are unchanged.`)
    } else {
      console.error(`ingest: failed; the database and the seed folder are unchanged.\n${(err as Error).stack ?? String(err)}`)
    }
    return 1
  }
}

process.exitCode = main()
