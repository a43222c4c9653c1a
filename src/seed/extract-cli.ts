import { parseArgs } from 'node:util'
import { DEFAULT_SEED_DIR, maxArticleBytesFromEnv } from '../config.js'
import { parseByteCount } from './article-text.js'
import { draftArticle, ExtractError, writeDraft } from './draft.js'

// npm run extract -- FILE.txt [--id SLUG] [--seed-dir DIR] [--json] [--force] [--max-article-bytes N]

const USAGE = 'usage: npm run extract -- FILE.txt [--id SLUG (default: a slug of the file name)] [--seed-dir DIR (default seed)] ' +
  '[--json (print the draft, write nothing)] [--force (replace an existing annotation)] [--max-article-bytes N (default $MAX_ARTICLE_BYTES or 1000000)]'

function main (): number {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        id: { type: 'string' },
        'seed-dir': { type: 'string', default: DEFAULT_SEED_DIR },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'max-article-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      allowPositionals: true,
      strict: true
    })
    if (!parsed.values.help && parsed.positionals.length !== 1) throw new Error(`expected one file, got ${parsed.positionals.length}`)
  } catch (err) {
    console.error(`extract: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  const { values: args, positionals: [file] } = parsed
  if (args.help) { console.log(USAGE); return 0 }
  try {
    const maxArticleBytes = args['max-article-bytes'] === undefined ? maxArticleBytesFromEnv() : parseByteCount('--max-article-bytes', args['max-article-bytes'])
    const drafted = draftArticle({ file: file as string, id: args.id, seedDir: args['seed-dir'], maxArticleBytes })
    if (args.json) {
      console.log(JSON.stringify(drafted.draft, null, 2))
      return 0
    }
    writeDraft(drafted, { force: args.force })
    const { actors, events, claims, questions } = drafted.draft
    console.log(`extract: ${drafted.textPath} and ${drafted.annotationPath}: ${actors.length} actors, ${events.length} events, ${claims.length} claims, ${questions.length} questions, all origin: extracted`)
    return 0
  } catch (err) {
    if (err instanceof ExtractError || (err instanceof Error && /^(MAX_ARTICLE_BYTES|--max-article-bytes) /.test(err.message))) {
      console.error(`extract: ${err.message}`)
      return 1
    }
    console.error(`extract: failed\n${(err as Error).stack ?? String(err)}`)
    return 1
  }
}

process.exitCode = main()
