import { existsSync, unwatchFile, watchFile } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_DB_PATH } from '../config.js'
import { openReadOnly } from '../db/open.js'
import { datasetVersion } from '../db/snapshot.js'
import { CURRENT, currentRelease, type Release } from './release.js'
import { freePort } from './replica.js'
import { Supervisor } from './supervisor.js'

// npm run replicas -- N [--release FILE | --dir DIR] [--port P]
//
// With --dir (default: releases/ beside the database) the replicas serve the release
// `current` names, and follow it: `npm run release` (or `npm run release -- --use VERSION`,
// a rollback) switches them, as does SIGHUP. With --release they serve that one file.

const USAGE = 'usage: npm run replicas -- N [--release FILE | --dir DIR (default: releases/ beside $DB_PATH)] [--port P (default 8080; 0: any free port)]'

async function main (): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        release: { type: 'string' },
        dir: { type: 'string' },
        port: { type: 'string', default: '8080' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true
    })
  } catch (err) {
    console.error(`replicas: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  const { values: args, positionals } = parsed
  if (args.help) { console.log(USAGE); return 0 }
  const count = Number(positionals[0])
  const port = Number(args.port)
  if (positionals.length !== 1 || !Number.isInteger(count) || count < 1 || count > 64 || !Number.isInteger(port) || port < 0 || port > 65535 || (args.release !== undefined && args.dir !== undefined)) {
    console.error(`replicas: N must be a whole number from 1 to 64, P a port, and --release and --dir cannot be combined\n${USAGE}`)
    return 2
  }
  const dir = resolve(args.dir ?? join(dirname(DEFAULT_DB_PATH), 'releases'))
  const pick = (): Release => args.release !== undefined ? fixedRelease(resolve(args.release)) : currentRelease(dir)

  let release: Release
  try {
    release = pick()
  } catch (err) {
    console.error(`replicas: ${(err as Error).message}`)
    return 1
  }
  const supervisor = new Supervisor({ count, port: port === 0 ? await freePort() : port })
  try {
    await supervisor.start(release)
  } catch (err) {
    console.error(`replicas: cannot start: ${(err as Error).message}`)
    await supervisor.stop()
    return 1
  }

  const follow = () => {
    let next: Release
    try { next = pick() } catch (err) { console.error(`replicas: not switching: ${(err as Error).message}`); return }
    supervisor.switchTo(next).catch((err: unknown) => console.error(`replicas: not switched to ${next.version}, still serving ${supervisor.current.release?.version}: ${(err as Error).message}`))
  }
  const pointer = join(dir, CURRENT)
  if (args.release === undefined) watchFile(pointer, { interval: 250 }, follow)
  process.on('SIGHUP', follow)

  return await new Promise((resolve) => {
    const stop = (signal: string) => {
      console.log(`replicas: ${signal}: stopping nginx and the replicas`)
      if (args.release === undefined) unwatchFile(pointer)
      supervisor.stop().then(() => resolve(0), (err: unknown) => { console.error(`replicas: ${(err as Error).message}`); resolve(1) })
    }
    process.once('SIGTERM', () => stop('SIGTERM'))
    process.once('SIGINT', () => stop('SIGINT'))
  })
}

/** A release file given by path: its version is what it holds, checked as a server would. */
function fixedRelease (file: string): Release {
  if (!existsSync(file)) throw new Error(`release ${file} does not exist (make one with: npm run release)`)
  const db = openReadOnly(file)
  try {
    return { file, version: datasetVersion(db, basename(file)) }
  } finally {
    db.close()
  }
}

process.exitCode = await main()
