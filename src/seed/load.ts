import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { IssueList } from './errors.js'
import { decodeArticle } from './article-text.js'
import { DEFAULT_MAX_ARTICLE_BYTES } from '../config.js'

// Stage 1, load: read the files of a seed directory, nothing more.
//   seed/actors.yaml                  the shared registry of actors
//   seed/articles/<id>.txt            an article, byte for byte
//   seed/articles/<id>.yaml           its annotation; without one, the article is extracted
// Each annotation file may be JSON instead (`.json`): the same content, for machine-made
// corpora too large for a YAML parser to read quickly (bench/generate.ts writes them).

export interface LoadedFile<T = unknown> { file: string, data: T }
/** `annotation` is null for a bare text, which the extract stage annotates. */
interface LoadedArticle { id: string, textFile: string, text: string, annotation: LoadedFile | null }
export interface LoadedSeed { actors: LoadedFile, articles: LoadedArticle[] }
export interface LoadOptions { maxArticleBytes?: number | undefined }

const ANNOTATION = /\.(yaml|json)$/

export function load (seedDir: string, { maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES }: LoadOptions = {}): LoadedSeed {
  const issues = new IssueList()
  const name = (path: string) => relative(process.cwd(), path) || path
  const read = (path: string): LoadedFile => {
    const file = name(path)
    try {
      const source = readFileSync(path, 'utf8')
      return { file, data: path.endsWith('.json') ? JSON.parse(source) : parse(source, { uniqueKeys: true }) }
    } catch (err) {
      issues.add(file, null, `cannot read ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`)
      return { file, data: undefined }
    }
  }

  const actorsPath = ['actors.yaml', 'actors.json'].map((f) => join(seedDir, f)).find((p) => existsSync(p))
  const articlesDir = join(seedDir, 'articles')
  if (actorsPath === undefined) issues.add(name(join(seedDir, 'actors.yaml')), null, 'missing: the seed needs a registry of actors')
  if (!existsSync(articlesDir)) issues.add(name(articlesDir), null, 'missing: the seed needs a folder of articles')
  issues.throwIfAny()

  const actors = read(actorsPath as string)
  const entries = readdirSync(articlesDir).sort()
  const present = new Set(entries)
  const articles: LoadedArticle[] = []
  const readText = (id: string): string | null => {
    const textPath = join(articlesDir, `${id}.txt`)
    const decoded = decodeArticle(readFileSync(textPath), maxArticleBytes)
    if (decoded.ok) return decoded.text
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
    if (text !== null) articles.push({ id, textFile: name(join(articlesDir, `${id}.txt`)), text, annotation: read(join(articlesDir, entry)) })
  }
  for (const entry of entries.filter((e) => e.endsWith('.txt'))) {
    const id = entry.slice(0, -'.txt'.length)
    if (present.has(`${id}.yaml`) || present.has(`${id}.json`)) continue
    const text = readText(id)
    if (text !== null) articles.push({ id, textFile: name(join(articlesDir, entry)), text, annotation: null })
  }
  // in the order of the file names, annotated or not
  const key = (a: LoadedArticle) => `${a.id}.txt`
  articles.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  if (articles.length === 0 && issues.issues.length === 0) issues.add(name(articlesDir), null, 'no articles')
  issues.throwIfAny()
  return { actors, articles }
}
