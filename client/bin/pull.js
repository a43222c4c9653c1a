import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// `npm run pull`, started from JavaScript: the TypeScript of src/pull/ is bundled by esbuild
// into one ES module in node_modules/.cache/ and imported from there, because compiling it at
// every start through tsx cost more CPU than the whole download (docs/BENCHMARKS.md). The
// bundle's first line records the files it was made from and a hash of their contents (and
// of this file); it is made again whenever that hash differs, so an edited source, a
// checkout or a new esbuild never runs stale code and users have no build step to remember.
// Written under a temporary name and renamed: pulls started together never read half a file.

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const ENTRY = 'client/src/pull/cli.ts'
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'structured-claims-pull', 'cli.mjs')
const STAMP = '// structured-claims-pull '

/** A hash of this launcher and of the files named (paths from the project root), or null if one is gone. */
function fingerprint (files) {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)))
  for (const file of files) {
    try {
      hash.update(file).update('\0').update(readFileSync(resolve(ROOT, file))).update('\0')
    } catch {
      return null
    }
  }
  return hash.digest('hex')
}

/** Whether the bundle on disk was made from the sources as they are now. */
function fresh () {
  let head
  try {
    head = readFileSync(BUNDLE, 'utf8')
  } catch {
    return false
  }
  const end = head.indexOf('\n')
  if (!head.startsWith(STAMP) || end === -1) return false
  try {
    const { inputs, hash } = JSON.parse(head.slice(STAMP.length, end))
    return Array.isArray(inputs) && fingerprint(inputs) === hash
  } catch {
    return false
  }
}

async function bundle () {
  const { build } = await import('esbuild')
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error'
  })
  const inputs = Object.keys(result.metafile.inputs).sort()
  const stamp = `${STAMP}${JSON.stringify({ inputs, hash: fingerprint(inputs) })}\n`
  mkdirSync(dirname(BUNDLE), { recursive: true })
  const tmp = `${BUNDLE}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, stamp + result.outputFiles[0].text)
    renameSync(tmp, BUNDLE)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
}

if (!fresh()) {
  try {
    await bundle()
  } catch (err) {
    process.stderr.write(`pull: could not build ${ENTRY} into ${BUNDLE}: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(1)
  }
}
await import(pathToFileURL(BUNDLE).href)
