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

/** An article's files, before they are read: its text and its annotation (null: a bare text). */
export interface ArticleEntry { id: string, textPath: string, annotationPath: string | null }

/** The registry, read and parsed, and its hash. */
interface LoadedRegistry { actors: LoadedFile, registryHash: string }

/** A seed folder as `listSeed` lists it: its registry, read, and its articles' files. */
export type ListedSeed = LoadedRegistry & { entries: ArticleEntry[] }

const name = (path: string) => relative(process.cwd(), path) || path

/**
 * A seed folder's registry and its list of articles, in id order, without reading the
 * articles: what the streaming build walks one article at a time.
 */
export function listSeed (seedDir: string): ListedSeed {
  const issues = new IssueList()
  const actorsPath = ['actors.yaml', 'actors.json'].map((f) => join(seedDir, f)).find((p) => existsSync(p))
  const articlesDir = join(seedDir, 'articles')
  if (actorsPath === undefined) issues.add(name(join(seedDir, 'actors.yaml')), null, 'missing: the seed needs a registry of actors')
  if (!existsSync(articlesDir)) issues.add(name(articlesDir), null, 'missing: the seed needs a folder of articles')
  issues.throwIfAny()

  const { bytes: registryBytes, ...actors } = readSeedFile(actorsPath as string, name(actorsPath as string), issues)
  const files = readdirSync(articlesDir).sort()
  const present = new Set(files)
  const entries: ArticleEntry[] = []
  for (const file of files.filter((e) => ANNOTATION.test(e))) {
    const id = file.replace(ANNOTATION, '')
    if (file.endsWith('.json') && present.has(`${id}.yaml`)) {
      issues.add(name(join(articlesDir, file)), `article ${id}`, `two annotations: keep either ${id}.yaml or ${id}.json`)
      continue
    }
    if (!present.has(`${id}.txt`)) {
      issues.add(name(join(articlesDir, file)), `article ${id}`, `no text: expected ${name(join(articlesDir, `${id}.txt`))} beside it`)
      continue
    }
    entries.push({ id, textPath: join(articlesDir, `${id}.txt`), annotationPath: join(articlesDir, file) })
  }
  for (const file of files.filter((e) => e.endsWith('.txt'))) {
    const id = file.slice(0, -'.txt'.length)
    if (present.has(`${id}.yaml`) || present.has(`${id}.json`)) continue
    entries.push({ id, textPath: join(articlesDir, file), annotationPath: null })
  }
  // in id order, annotated or not: the order of the articles in the database
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (entries.length === 0 && issues.issues.length === 0) issues.add(name(articlesDir), null, 'no articles')
  issues.throwIfAny()
  return { actors, registryHash: registryHash(registryBytes), entries }
}

/** Reads one article's files: null (and issues) when they cannot be read. */
export function loadArticle (entry: ArticleEntry, issues: IssueList, maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES): LoadedArticle | null {
  const bytes = readFileSync(entry.textPath)
  const decoded = decodeArticle(bytes, maxArticleBytes)
  if (!decoded.ok) { issues.add(name(entry.textPath), `article ${entry.id}`, decoded.problem); return null }
  const textFile = name(entry.textPath)
  if (entry.annotationPath === null) return { id: entry.id, textFile, text: decoded.text, annotation: null, hash: articleHash(bytes, null) }
  const { bytes: annotationBytes, ...annotation } = readSeedFile(entry.annotationPath, name(entry.annotationPath), issues)
  if (annotation.data === undefined) return null
  const ext = entry.annotationPath.endsWith('.json') ? 'json' : 'yaml'
  return { id: entry.id, textFile, text: decoded.text, annotation, hash: articleHash(bytes, { bytes: annotationBytes, ext }) }
}

export function load (seedDir: string, { maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES }: LoadOptions = {}): LoadedSeed {
  const { actors, registryHash, entries } = listSeed(seedDir)
  const issues = new IssueList()
  const articles: LoadedArticle[] = []
  for (const entry of entries) {
    const a = loadArticle(entry, issues, maxArticleBytes)
    if (a !== null) articles.push(a)
  }
  issues.throwIfAny()
  return { actors, articles, registryHash }
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
