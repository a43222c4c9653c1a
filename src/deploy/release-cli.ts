import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_DB_PATH } from '../config.js'
import { DatabaseOpenError } from '../db/open.js'
import { SnapshotError } from '../db/snapshot.js'
import { currentRelease, listReleases, makeRelease, ReleaseError, useRelease } from './release.js'

// npm run release [-- --db FILE] [--out DIR] [--use VERSION] [--list]

const USAGE = 'usage: npm run release -- [--db FILE (default $DB_PATH or data/claims.db)] [--out DIR (default: releases/ beside the database)]\n' +
  '       npm run release -- --out DIR --use VERSION   point current at an earlier release (roll back)\n' +
  '       npm run release -- --out DIR --list          the releases, current marked'

function main (): number {
  let args
  try {
    args = parseArgs({
      options: {
        db: { type: 'string', default: DEFAULT_DB_PATH },
        out: { type: 'string' },
        use: { type: 'string' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true
    }).values
  } catch (err) {
    console.error(`release: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  if (args.help) { console.log(USAGE); return 0 }
  const dir = args.out ?? join(dirname(args.db), 'releases')
  try {
    if (args.list) {
      let current: string | undefined
      try { current = currentRelease(dir).version } catch {}
      for (const v of listReleases(dir)) console.log(`${v === current ? '*' : ' '} ${v}`)
      return 0
    }
    if (args.use !== undefined) {
      const { file } = useRelease(dir, args.use)
      console.log(`release: current is now ${args.use} (${file})`)
      return 0
    }
    const started = performance.now()
    const { version, file, existed } = makeRelease(args.db, dir)
    console.log(`release: ${existed ? 'already released' : 'wrote'} ${file}`)
    console.log(`  version    ${version} (now current)`)
    console.log(`  time       ${Math.round(performance.now() - started)} ms`)
    return 0
  } catch (err) {
    if (err instanceof ReleaseError || err instanceof DatabaseOpenError || err instanceof SnapshotError) {
      console.error(`release: ${err.message}; current is unchanged`)
      return 1
    }
    console.error(`release: failed; current is unchanged.\n${(err as Error).stack ?? String(err)}`)
    return 1
  }
}

process.exitCode = main()
