import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { Compile } from 'typebox/compile'
import { parse, stringify } from 'yaml'
import { extract as defaultExtract } from '../extract/index.js'
import type { DraftAnnotation, Extract } from '../extract/types.js'
import { SeedActors, type SeedActor } from '../schemas/seed.js'
import { decodeArticle } from './article-text.js'
import { buildLoaded } from './pipeline.js'
import { SeedError } from './errors.js'
import { DEFAULT_MAX_ARTICLE_BYTES } from '../config.js'

// `npm run extract`: one plain-text article in, a draft annotation out, beside a byte-for-byte
// copy of the text in the seed folder, for a person to review in a diff. The draft is checked
// with the build's own stages first, so what is written is what the build will accept.

export class ExtractError extends Error {}

export interface DraftOptions {
  file: string
  id?: string | undefined
  seedDir: string
  /** replace an existing, different annotation of the same id */
  force?: boolean | undefined
  maxArticleBytes?: number | undefined
  extract?: Extract | undefined
}

export interface Drafted { id: string, draft: DraftAnnotation, yaml: string, textPath: string, annotationPath: string }

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const registryCheck = Compile(SeedActors)
const shown = (path: string) => relative(process.cwd(), path) || path

/** A slug of a file name: `Kyiv Talks (draft).txt` → `kyiv-talks-draft`. */
export function slugOf (file: string): string {
  return basename(file).replace(/\.[^.]*$/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 100).replace(/-+$/, '')
}

/** Reads, checks and extracts one article; writes nothing. */
export function draftArticle ({ file, id: givenId, seedDir, maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES, extract = defaultExtract }: DraftOptions): Drafted & { bytes: Buffer } {
  let bytes: Buffer
  try { bytes = readFileSync(file) } catch (err) { throw new ExtractError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`) }
  const decoded = decodeArticle(bytes, maxArticleBytes)
  if (!decoded.ok) throw new ExtractError(`${file}: ${decoded.problem}`)
  const id = givenId ?? slugOf(file)
  if (!SLUG.test(id) || id.length > 100) {
    throw new ExtractError(givenId === undefined ? `${file}: cannot make an id from the file name; give one with --id SLUG` : `--id "${givenId}" is not a slug (lower-case letters and digits joined by single hyphens, at most 100)`)
  }
  const registry = readRegistry(seedDir)
  const draft = extract({ id, text: decoded.text, registry })
  const textPath = join(seedDir, 'articles', `${id}.txt`)
  check(draft, decoded.text, shown(textPath), registry, extract)
  const version = [...draft.actors, ...draft.events, ...draft.claims, ...draft.questions][0]?.extraction.version ?? 'no items'
  const yaml = `# A draft annotation of ${id}.txt, made by the extractor (${version}). Every item is\n` +
    '# origin: extracted; review it against the text and mark it origin: curated, or delete it.\n' +
    stringify(draft, { lineWidth: 0 })
  return { id, draft, yaml, bytes, textPath, annotationPath: join(seedDir, 'articles', `${id}.yaml`) }
}

/** Writes the text (when not there yet) and the draft beside it; refuses to replace a different text. */
export function writeDraft (drafted: Drafted & { bytes: Buffer }, { force = false }: { force?: boolean } = {}): void {
  const { id, bytes, yaml, textPath, annotationPath } = drafted
  if (existsSync(textPath) && !readFileSync(textPath).equals(bytes)) {
    throw new ExtractError(`${shown(textPath)} already holds a different text under the id "${id}": choose another with --id`)
  }
  const json = annotationPath.replace(/\.yaml$/, '.json')
  if (existsSync(json)) throw new ExtractError(`${shown(json)} already annotates "${id}"`)
  if (existsSync(annotationPath) && readFileSync(annotationPath, 'utf8') !== yaml && !force) {
    throw new ExtractError(`${shown(annotationPath)} already annotates "${id}" (perhaps reviewed): --force replaces it`)
  }
  mkdirSync(join(textPath, '..'), { recursive: true })
  if (!existsSync(textPath)) writeFileSync(textPath, bytes)
  writeFileSync(annotationPath, yaml)
}

function readRegistry (seedDir: string): SeedActor[] {
  const path = ['actors.yaml', 'actors.json'].map((f) => join(seedDir, f)).find((p) => existsSync(p))
  if (path === undefined) throw new ExtractError(`${shown(join(seedDir, 'actors.yaml'))}: missing: the extractor matches actors against the seed's registry`)
  let data: unknown
  try {
    const source = readFileSync(path, 'utf8')
    data = path.endsWith('.json') ? JSON.parse(source) : parse(source)
  } catch (err) {
    throw new ExtractError(`${shown(path)}: cannot read: ${(err as Error).message.split('\n')[0]}`)
  }
  if (!registryCheck.Check(data)) throw new ExtractError(`${shown(path)}: not a valid registry of actors (npm run seed names the problems)`)
  return data
}

/** Runs the draft through validate, anchor and link with the registry, as the build will. */
function check (draft: DraftAnnotation, text: string, textFile: string, registry: SeedActor[], extract: Extract): void {
  try {
    // the registry's roles quote other articles, which this check does not load
    buildLoaded({
      actors: { file: 'actors', data: registry.map((a) => ({ ...a, roles: [] })) },
      articles: [{ id: draft.article.id, textFile, text, annotation: { file: `${textFile} (draft)`, data: draft } }]
    }, extract)
  } catch (err) {
    if (err instanceof SeedError) throw new ExtractError(`the extractor's draft would not build:\n${err.message}`)
    throw err
  }
}
