import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { latestSchemaVersion } from '../db/migrate.js'
import { EXTRACTOR_VERSION } from '../extract/index.js'

// The dataset version, derived per article. An article's content hash covers what its
// build depends on: the schema and extractor versions, its text file's bytes, and its
// annotation file's bytes (or the marker of an extracted one). The dataset version is a
// hash of the schema version, the registry file's hash and the sorted (id, article hash)
// list. So the version is computable from a seed folder without building it (`npm start`
// rebuilds only when it differs from the database's), an ingest changes one article's
// hash, an ingest followed by a delete gives the previous version back, and the same
// files give the same version on every run and machine.

const sha256 = (...parts: Array<string | Buffer>) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p).update('\u0000')
  return h.digest('hex')
}

/** The hash of one article from the bytes of its files (annotation null: extracted). */
export function articleHash (text: Buffer, annotation: { bytes: Buffer, ext: string } | null): string {
  return sha256(`schema:${latestSchemaVersion()}`, `extractor:${EXTRACTOR_VERSION}`, text,
    annotation === null ? 'extracted' : `annotation.${annotation.ext}`, annotation?.bytes ?? '')
}

export function registryHash (bytes: Buffer): string {
  return sha256('registry', bytes)
}

/** The dataset version from the registry's hash and every article's (in any order). */
export function versionOf (registry: string, articles: Iterable<{ id: string, hash: string }>): string {
  const list = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const h = createHash('sha256').update(`schema:${latestSchemaVersion()}\nregistry:${registry}\n`)
  for (const a of list) h.update(`${a.id} ${a.hash}\n`)
  return h.digest('hex').slice(0, 16)
}

const ANNOTATIONS = ['yaml', 'json'] as const

/** The files an article id has in an articles folder: its text, and its annotation if any. */
function articleFiles (articlesDir: string, id: string): { text: string, annotation: { path: string, ext: string } | null } {
  const ext = ANNOTATIONS.find((e) => existsSync(join(articlesDir, `${id}.${e}`)))
  return { text: join(articlesDir, `${id}.txt`), annotation: ext === undefined ? null : { path: join(articlesDir, `${id}.${ext}`), ext } }
}

export function registryPath (seedDir: string): string | undefined {
  return ['actors.yaml', 'actors.json'].map((f) => join(seedDir, f)).find((p) => existsSync(p))
}

/** An article's hash from its files in an articles folder. */
function articleHashOf (articlesDir: string, id: string): string {
  const files = articleFiles(articlesDir, id)
  return articleHash(readFileSync(files.text), files.annotation === null ? null : { bytes: readFileSync(files.annotation.path), ext: files.annotation.ext })
}

/**
 * The hashes of a seed folder, read from its files alone (no build): null when the folder
 * is not a readable seed (the build then says why).
 */
function seedHashes (seedDir: string): { registry: string, articles: Map<string, string> } | null {
  const registry = registryPath(seedDir)
  const articlesDir = join(seedDir, 'articles')
  if (registry === undefined || !existsSync(articlesDir)) return null
  const ids = new Set(readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)))
  const articles = new Map<string, string>()
  for (const id of [...ids].sort()) articles.set(id, articleHashOf(articlesDir, id))
  return { registry: registryHash(readFileSync(registry)), articles }
}

export function seedVersion (seedDir: string): string | null {
  const hashes = seedHashes(seedDir)
  return hashes === null ? null : versionOf(hashes.registry, [...hashes.articles].map(([id, hash]) => ({ id, hash })))
}

/** The dataset version a built database holds, or null for a file that is not one of ours. */
export function databaseVersion (dbPath: string): string | null {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true })
    try {
      return (db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined) ?? null
    } finally {
      db.close()
    }
  } catch {
    return null
  }
}
