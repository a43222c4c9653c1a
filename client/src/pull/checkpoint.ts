import { open, readFile, rename, rm, stat } from 'node:fs/promises'
import { PullError, RESTART_HINT } from './errors.js'

// A pull's progress beside its output: which request (so a checkpoint is never applied to
// another pull), which dataset version, where to continue, and how many items and bytes of
// the output are complete. Written after each batch is written, by rename, so it is always
// a whole file describing a prefix of the output; bytes past that prefix are a batch cut
// short and are cut off on resume: no duplicate, no gap.

export interface Checkpoint {
  format: 'structured-claims-pull/2'
  /** the pull's identity: server, path, filters and output format */
  request: string
  /** the dataset version the output holds */
  dataset: string
  /** the position to continue from: an opaque cursor, or the last item's resume key */
  position: string | null
  items: number
  bytes: number
  /** what the API announced, when it did */
  total: number | null
}

export async function readCheckpoint (file: string): Promise<Checkpoint | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new PullError('CorruptCheckpoint', `cannot read the checkpoint ${file} (${(err as Error).message}). ${RESTART_HINT}`)
  }
  let cp: Partial<Checkpoint>
  try {
    cp = JSON.parse(text) as Partial<Checkpoint>
  } catch {
    throw new PullError('CorruptCheckpoint', `the checkpoint ${file} is not JSON (a damaged or foreign file); nothing was changed. ${RESTART_HINT}`)
  }
  const count = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
  if (cp === null || typeof cp !== 'object' || cp.format !== 'structured-claims-pull/2' || typeof cp.request !== 'string' ||
    typeof cp.dataset !== 'string' || !(cp.position === null || typeof cp.position === 'string') ||
    !count(cp.items) || !count(cp.bytes) || !(cp.total === null || count(cp.total))) {
    throw new PullError('CorruptCheckpoint', `the checkpoint ${file} is not a pull checkpoint of this version (a field is missing or of the wrong type); nothing was changed. ${RESTART_HINT}`)
  }
  return cp as Checkpoint
}

export async function writeCheckpoint (file: string, cp: Checkpoint): Promise<void> {
  const tmp = `${file}.tmp`
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(JSON.stringify(cp))
  } finally {
    await handle.close()
  }
  await rename(tmp, file)
}

export async function removeCheckpoint (file: string): Promise<void> {
  await rm(file, { force: true })
  await rm(`${file}.tmp`, { force: true })
}

export async function fileSize (file: string): Promise<number | null> {
  try {
    return (await stat(file)).size
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}
