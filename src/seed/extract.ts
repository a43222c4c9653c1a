import { Compile } from 'typebox/compile'
import { extract as baselineExtract } from '../extract/index.js'
import type { Extract } from '../extract/types.js'
import { SeedActors, type SeedActor } from '../schemas/seed.js'
import { IssueList } from './errors.js'
import type { LoadedSeed } from './load.js'

// Stage 1b, extract: an article without an annotation file is annotated by the extractor,
// and its draft goes through every later stage exactly like a file a person wrote (so a
// draft the pipeline cannot place stops the build, naming the article). An annotation file
// always wins: only bare texts are extracted.

const registryCheck = Compile(SeedActors)

/** Where the messages of later stages place a drafted annotation. */
const draftFile = (textFile: string) => `${textFile} (extracted)`

export function extractBare (seed: LoadedSeed, extract: Extract = baselineExtract): LoadedSeed {
  if (seed.articles.every((a) => a.annotation !== null)) return seed
  // an invalid registry is reported by validate; extraction then matches no actor
  const registry: SeedActor[] = registryCheck.Check(seed.actors.data) ? seed.actors.data : []
  const issues = new IssueList()
  const articles = seed.articles.map((article) => {
    if (article.annotation !== null) return article
    try {
      const draft = extract({ id: article.id, text: article.text, registry })
      return { ...article, annotation: { file: draftFile(article.textFile), data: draft } }
    } catch (err) {
      issues.add(article.textFile, `article ${article.id}`, `the extractor failed: ${(err as Error).message}`)
      return article
    }
  })
  issues.throwIfAny()
  return { ...seed, articles }
}
