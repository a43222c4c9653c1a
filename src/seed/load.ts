import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { IssueList } from './errors.js'

// Stage 1, load: read the files of a seed directory, nothing more.
//   seed/actors.yaml                  the shared registry of actors
//   seed/articles/<id>.txt            an article, byte for byte
//   seed/articles/<id>.yaml           its annotation

export interface LoadedFile<T = unknown> { file: string, data: T }
export interface LoadedArticle { id: string, textFile: string, text: string, annotation: LoadedFile }
export interface LoadedSeed { actors: LoadedFile, articles: LoadedArticle[] }

export function load (seedDir: string): LoadedSeed {
  const issues = new IssueList()
  const name = (path: string) => relative(process.cwd(), path) || path
  const readYaml = (path: string): LoadedFile => {
    const file = name(path)
    try {
      return { file, data: parse(readFileSync(path, 'utf8'), { uniqueKeys: true }) }
    } catch (err) {
      issues.add(file, null, `cannot read YAML: ${(err as Error).message.split('\n')[0]}`)
      return { file, data: undefined }
    }
  }

  const actorsPath = join(seedDir, 'actors.yaml')
  const articlesDir = join(seedDir, 'articles')
  if (!existsSync(actorsPath)) issues.add(name(actorsPath), null, 'missing: the seed needs a registry of actors')
  if (!existsSync(articlesDir)) issues.add(name(articlesDir), null, 'missing: the seed needs a folder of articles')
  issues.throwIfAny()

  const actors = readYaml(actorsPath)
  const entries = readdirSync(articlesDir).sort()
  const articles: LoadedArticle[] = []
  for (const entry of entries.filter((e) => e.endsWith('.yaml'))) {
    const id = entry.slice(0, -'.yaml'.length)
    const textPath = join(articlesDir, `${id}.txt`)
    if (!existsSync(textPath)) {
      issues.add(name(join(articlesDir, entry)), `article ${id}`, `no text: expected ${name(textPath)} beside it`)
      continue
    }
    // Buffer → string without any newline or BOM handling: the text is kept as given.
    const text = readFileSync(textPath).toString('utf8')
    articles.push({ id, textFile: name(textPath), text, annotation: readYaml(join(articlesDir, entry)) })
  }
  for (const entry of entries.filter((e) => e.endsWith('.txt'))) {
    if (!entries.includes(entry.replace(/\.txt$/, '.yaml'))) {
      issues.add(name(join(articlesDir, entry)), null, 'no annotation: expected a .yaml file of the same name beside it')
    }
  }
  if (articles.length === 0 && issues.issues.length === 0) issues.add(name(articlesDir), null, 'no articles')
  issues.throwIfAny()
  return { actors, articles }
}
