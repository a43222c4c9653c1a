import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/seed/pipeline.js'
import { actorDetail, articleCounts, articleDetail, claimDoc, eventDoc, questionDoc } from '../../src/seed/docs.js'
import { REAL_SEED } from '../helpers/seed.js'

// The curated article as the API serves it (ids, texts, speakers, certainties, spans,
// counts), minus the provenance fields, against a file: proof that reading origin, strict
// loading, article-local actors and the segmenter's new rules changed nothing else in it.
// When the curated annotation is deliberately corrected, regenerate the file with
//   npx vitest run test/seed/curated-snapshot.test.ts -u
// and review its diff: it should show exactly the correction.

const PROVENANCE = ['origin', 'confidence', 'extraction']
const withoutProvenance = (doc: object) => Object.fromEntries(Object.entries(doc).filter(([k]) => !PROVENANCE.includes(k)))

describe('the curated article', () => {
  const d = buildDataset(REAL_SEED)
  const counts = articleCounts(d)
  const docs = {
    actors: d.actors.map(actorDetail),
    events: d.events.map(eventDoc),
    claims: d.claims.map(claimDoc),
    questions: d.questions.map(questionDoc)
  }

  it('serves every entity as before, apart from the provenance fields', async () => {
    const snapshot = {
      articles: d.articles.map((a) => articleDetail(a, counts.get(a.id)!)),
      actors: docs.actors.map(withoutProvenance),
      events: docs.events.map(withoutProvenance),
      claims: docs.claims.map(withoutProvenance),
      questions: docs.questions.map(withoutProvenance)
    }
    await expect(`${JSON.stringify(snapshot, null, 1)}\n`).toMatchFileSnapshot('./__snapshots__/curated-article.json')
  })

  it('marks every entity curated, with no confidence and no extraction', () => {
    for (const doc of [...docs.actors, ...docs.events, ...docs.claims, ...docs.questions]) {
      expect({ origin: doc.origin, confidence: doc.confidence, extraction: doc.extraction }).toEqual({ origin: 'curated', confidence: null, extraction: null })
    }
  })
})
