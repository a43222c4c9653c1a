import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { IssueList } from './errors.js'
import { decodeArticle } from './article-text.js'
import { DEFAULT_MAX_ARTICLE_BYTES } from '../config.js'
import { articleHash, registryHash } from './version.js'

// Stage 1, load: read the files of a seed directory, nothing more.
//   seed/actors.yaml                  the shared registry of actors
//   seed/articles/<id>.txt            an article, byte for byte
//   seed/articles/<id>.yaml           its annotation; without one, the article is extracted
// Each annotation file may be JSON instead (`.json`): the same content, for machine-made
// corpora too large for a YAML parser to read quickly (bench/generate.ts writes them).

export interface LoadedFile<T = unknown> { file: string, data: T }
/** `annotation` is null for a bare text, which the extract stage annotates. */
/** `hash` is the article's content hash (see version.ts), over the bytes read here. */
export interface LoadedArticle { id: string, textFile: string, text: string, annotation: LoadedFile | null, hash?: string }
export interface LoadedSeed { actors: LoadedFile, articles: LoadedArticle[], registryHash?: string }
export interface LoadOptions { maxArticleBytes?: number | undefined }

const ANNOTATION = /\.(yaml|json)$/

export function load (seedDir: string, { maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES }: LoadOptions = {}): LoadedSeed {
  const issues = new IssueList()
  const name = (path: string) => relative(process.cwd(), path) || path
  const read = (path: string): LoadedFile & { bytes: Buffer } => readSeedFile(path, name(path), issues)

  const actorsPath = ['actors.yaml', 'actors.json'].map((f) => join(seedDir, f)).find((p) => existsSync(p))
  const articlesDir = join(seedDir, 'articles')
  if (actorsPath === undefined) issues.add(name(join(seedDir, 'actors.yaml')), null, 'missing: the seed needs a registry of actors')
  if (!existsSync(articlesDir)) issues.add(name(articlesDir), null, 'missing: the seed needs a folder of articles')
  issues.throwIfAny()

  const { bytes: registryBytes, ...actors } = read(actorsPath as string)
  const entries = readdirSync(articlesDir).sort()
  const present = new Set(entries)
  const articles: LoadedArticle[] = []
  const readText = (id: string): { text: string, bytes: Buffer } | null => {
    const textPath = join(articlesDir, `${id}.txt`)
    const bytes = readFileSync(textPath)
    const decoded = decodeArticle(bytes, maxArticleBytes)
    if (decoded.ok) return { text: decoded.text, bytes }
    issues.add(name(textPath), `article ${id}`, decoded.problem)
    return null
  }
  for (const entry of entries.filter((e) => ANNOTATION.test(e))) {
    const id = entry.replace(ANNOTATION, '')
    if (entry.endsWith('.json') && present.has(`${id}.yaml`)) {
      issues.add(name(join(articlesDir, entry)), `article ${id}`, `two annotations: keep either ${id}.yaml or ${id}.json`)
      continue
    }
    if (!present.has(`${id}.txt`)) {
      issues.add(name(join(articlesDir, entry)), `article ${id}`, `no text: expected ${name(join(articlesDir, `${id}.txt`))} beside it`)
      continue
    }
    const text = readText(id)
    if (text === null) continue
    const { bytes, ...annotation } = read(join(articlesDir, entry))
    const ext = entry.endsWith('.json') ? 'json' : 'yaml'
    articles.push({ id, textFile: name(join(articlesDir, `${id}.txt`)), text: text.text, annotation, hash: articleHash(text.bytes, { bytes, ext }) })
  }
  for (const entry of entries.filter((e) => e.endsWith('.txt'))) {
    const id = entry.slice(0, -'.txt'.length)
    if (present.has(`${id}.yaml`) || present.has(`${id}.json`)) continue
    const text = readText(id)
    if (text !== null) articles.push({ id, textFile: name(join(articlesDir, entry)), text: text.text, annotation: null, hash: articleHash(text.bytes, null) })
  }
  // in id order, annotated or not: the order of the articles in the database
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (articles.length === 0 && issues.issues.length === 0) issues.add(name(articlesDir), null, 'no articles')
  issues.throwIfAny()
  return { actors, articles, registryHash: registryHash(registryBytes) }
}

/** Reads and parses one YAML or JSON file of a seed; an unreadable one is an issue naming it. */
export function readSeedFile (path: string, file: string, issues: IssueList): LoadedFile & { bytes: Buffer } {
  let bytes = Buffer.alloc(0)
  try {
    bytes = readFileSync(path)
    const source = bytes.toString('utf8')
    return { file, data: path.endsWith('.json') ? JSON.parse(source) : parse(source, { uniqueKeys: true }), bytes }
  } catch (err) {
    issues.add(file, null, `cannot read ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`)
    return { file, data: undefined, bytes }
  }
}
