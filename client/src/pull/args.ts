import { parseArgs } from 'node:util'
import { PullError } from './errors.js'
import type { PullFormat } from './sources.js'

// The command line of `npm run pull`: COLLECTION [--filter k=v ...] [--format F] [--out FILE]
// [--base URL] [--checkpoint FILE] [--restart] [--retries N] [--page-size N] [--quiet].

const USAGE = `usage: npm run pull -- COLLECTION [--filter key=value ...] [--format ndjson|csv|jsonld] [--out FILE]
                     [--base URL] [--checkpoint FILE] [--restart] [--since VERSION] [--compressed] [--retries N] [--quiet]
  COLLECTION  claims, actors, events, questions, articles, a nested list such as
              actors/donald-trump/claims, or search (with --filter q=...)
  --filter    a query parameter of the list; repeat a key for any of several values
  --format    ndjson (one JSON item per line; default), csv (a header row, then one row
              per item), or jsonld (one JSON-LD document per line; not for search)
  --out       the output file (default COLLECTION.FORMAT); its checkpoint is FILE.checkpoint
  --base      the API's address (default http://127.0.0.1:3000)
  --restart   throw away an interrupted pull's checkpoint and output, and start over
  --since     VERSION: only the items of the articles added or replaced since that dataset
              version (the API's changes feed, GET /v1/changes); deleted articles are listed
  --compressed ask for the export gzipped (worth it on a slow link; costs CPU on both ends)
  --via       export (default: the streamed export, one request, resumed after the last
              item saved) or pages (the paginated JSON API, resumed by cursor; ndjson only)
  --page-size items per page (1 to 500, default 500), or per written batch and checkpoint
              of the export (1 to 100000, default 5000)
  --retries   attempts per request before giving up (default 8; capped backoff between)
An interrupted pull (Ctrl-C, a dropped connection, a server restart) resumes when the same
command is run again, with no duplicate and no gap.`

export interface PullArgs {
  path: string
  filters: Record<string, string[]>
  format: PullFormat
  out: string
  checkpoint: string
  base: string
  restart: boolean
  compressed: boolean
  since: string | undefined
  retries: number
  pageSize: number | undefined
  via: 'export' | 'pages'
  quiet: boolean
}

export function parsePullArgs (argv: string[]): PullArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        filter: { type: 'string', multiple: true, short: 'f' },
        format: { type: 'string', default: 'ndjson' },
        out: { type: 'string', short: 'o' },
        checkpoint: { type: 'string' },
        base: { type: 'string', default: process.env.CLAIMS_API ?? 'http://127.0.0.1:3000' },
        restart: { type: 'boolean', default: false },
        compressed: { type: 'boolean', default: false },
        retries: { type: 'string', default: '8' },
        'page-size': { type: 'string' },
        via: { type: 'string', default: 'export' },
        since: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false }
      }
    })
  } catch (err) {
    throw new PullError('Usage', `${(err as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) throw new PullError('Usage', `give exactly one COLLECTION\n${USAGE}`)
  const collection = positionals[0]!.replace(/^\/?(v1\/)?/, '').replace(/\/+$/, '')
  if (!/^[a-z]+(\/[^/?#\s]+\/[a-z]+)?$/.test(collection)) throw new PullError('Usage', `"${positionals[0]}" is not a collection\n${USAGE}`)
  const format = values.format as PullFormat
  if (!['ndjson', 'csv', 'jsonld'].includes(format)) throw new PullError('Usage', `--format ${values.format}: give ndjson, csv or jsonld`)
  if (format === 'jsonld' && collection === 'search') throw new PullError('Usage', '--format jsonld: search hits are not entities and have no JSON-LD; pull them as ndjson or csv')
  const filters: Record<string, string[]> = {}
  for (const f of values.filter ?? []) {
    const eq = f.indexOf('=')
    if (eq <= 0) throw new PullError('Usage', `--filter ${f}: write it as key=value, e.g. --filter speaker=marco-rubio`)
    const key = f.slice(0, eq)
    if (key === 'cursor' || key === 'after' || key === 'limit' || key === 'format') throw new PullError('Usage', `--filter ${key}: the pull sets ${key} itself`)
    ;(filters[key] ??= []).push(f.slice(eq + 1))
  }
  if (collection === 'search' && filters.q === undefined) throw new PullError('Usage', 'search needs a query: --filter q=WORDS')
  const retries = Number(values.retries)
  if (!Number.isSafeInteger(retries) || retries < 1 || retries > 100) throw new PullError('Usage', `--retries ${values.retries}: give a whole number from 1 to 100`)
  if (values.via !== 'export' && values.via !== 'pages') throw new PullError('Usage', `--via ${values.via}: give export or pages`)
  if (values.since !== undefined) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(values.since)) throw new PullError('Usage', `--since ${values.since}: give a dataset version, as /v1 or the Dataset-Version header shows it`)
    if (values.via === 'pages') throw new PullError('Usage', '--since pulls from the export; leave out --via pages')
    if (collection === 'articles' || collection.includes('/')) throw new PullError('Usage', `--since works on collections with an article filter (claims, events, questions, actors, search), not on ${collection}`)
    if (filters.article !== undefined) throw new PullError('Usage', '--since sets the article filter itself (to the changed articles)')
  }
  if (values.via === 'pages' && format !== 'ndjson') throw new PullError('Usage', `--via pages gives ndjson only; --format ${format} comes from the export`)
  const max = values.via === 'pages' ? 500 : 100_000
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size'])
  if (pageSize !== undefined && (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > max)) throw new PullError('Usage', `--page-size ${values['page-size']}: give a whole number from 1 to ${max}`)
  const out = values.out ?? `${collection.replaceAll('/', '-')}.${format === 'jsonld' ? 'jsonld.ndjson' : format}`
  return {
    path: `/v1/${collection}`,
    filters,
    format,
    out,
    checkpoint: values.checkpoint ?? `${out}.checkpoint`,
    base: values.base.replace(/\/+$/, ''),
    restart: values.restart,
    compressed: values.compressed,
    since: values.since,
    retries,
    pageSize,
    via: values.via,
    quiet: values.quiet
  }
}
