import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'

// The long article of the reader benchmark (npm run bench:reader) and of the browser test
// of long articles: 5,000 words in 62 paragraphs, as a news article has them, with 2,000
// evidence spans. Every sentence is a claim (c<i>), with a second claim inside it (d<i>)
// that overlaps an event (e<i>) and a question (q<i>) partly; 1,000 actor mentions (four
// names per sentence). Written as a seed folder (actors.yaml, articles/), so it goes through
// the real seed pipeline.

export const LONG_ARTICLE_ID = 'bench-long'
const SENTENCES = 250
const WORDS = 20 // per sentence: 5,000 words
const PARAGRAPHS = [4, 5, 3, 4] // sentences per paragraph, in turn: 62 paragraphs
const NAMES = ['Amara', 'Bruno', 'Chidi', 'Dana', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tova']
const VOCAB = ['treaty', 'border', 'budget', 'council', 'ministry', 'report', 'vote', 'summit', 'market', 'harbour', 'railway', 'energy', 'grain', 'court', 'election', 'bridge']

/** Sentence i: a speaker, "said", then unique words with three more names among them. */
function sentenceWords (i: number): string[] {
  const words: string[] = []
  for (let w = 0; w < WORDS; w++) {
    if (w === 0 || w === 5 || w === 10 || w === 16) words.push(NAMES[(i + w) % NAMES.length]!)
    else if (w === 1) words.push('said')
    else words.push(`${VOCAB[(i * WORDS + w) % VOCAB.length]!}${i}x${w}`) // unique, so every quote is
  }
  return words
}

/** The sentences joined into paragraphs (a blank line between them), under a title line. */
function articleText (sentences: string[][]): string {
  const paragraphs: string[] = []
  for (let i = 0, p = 0; i < sentences.length; p++) {
    const n = PARAGRAPHS[p % PARAGRAPHS.length]!
    paragraphs.push(sentences.slice(i, i + n).map((s) => `${s.join(' ')}.`).join(' '))
    i += n
  }
  return `Bench article\n\n${paragraphs.join('\n\n')}\n`
}

/** Writes the long article's seed folder into `dir`; returns its word and paragraph counts. */
export function writeLongArticleSeed (dir: string): { words: number, paragraphs: number } {
  const sentences = Array.from({ length: SENTENCES }, (_, i) => sentenceWords(i))
  const text = articleText(sentences)
  const quote = (s: string[], from: number, to: number) => s.slice(from, to).join(' ')
  const actorId = (name: string) => name.toLowerCase()
  const claim = (id: string, s: string[], from: number, to: number, certainty: string) => ({
    id,
    text: `Claim ${id}.`,
    kind: 'report',
    speaker: actorId(s[0]!),
    sourceKind: 'named',
    cue: 'said',
    certainty,
    polarity: 'positive',
    subjects: [actorId(s[5]!)],
    events: [],
    evidence: [quote(s, from, to)]
  })
  const annotation = {
    article: { id: LONG_ARTICLE_ID, title: 'A long article for the reader benchmark', publisher: null, url: null, publishedAt: null, language: 'en' },
    events: sentences.map((s, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: 'other',
      status: 'occurred',
      when: { text: null },
      location: null,
      participants: [{ actor: actorId(s[5]!), role: 'participant' }],
      evidence: [quote(s, 2, 10)]
    })),
    claims: sentences.flatMap((s, i) => [claim(`c${i}`, s, 0, WORDS, 'certain'), claim(`d${i}`, s, 6, 16, i % 2 === 0 ? 'possible' : 'probable')]),
    questions: sentences.map((s, i) => ({
      id: `q${i}`,
      text: `Question ${i}?`,
      kind: 'watch',
      status: 'open',
      resolutionCriteria: 'Yes if it happens.',
      actors: [],
      events: [],
      claims: [],
      evidence: [quote(s, 12, 19)],
      resolution: null
    }))
  }
  const actors = NAMES.map((name) => ({ id: actorId(name), name, kind: 'person', aliases: [name], description: null, roles: [] }))
  mkdirSync(join(dir, 'articles'), { recursive: true })
  writeFileSync(join(dir, 'actors.yaml'), stringify(actors))
  writeFileSync(join(dir, 'articles', `${LONG_ARTICLE_ID}.txt`), text)
  writeFileSync(join(dir, 'articles', `${LONG_ARTICLE_ID}.yaml`), stringify(annotation))
  return { words: text.split(/\s+/).filter((w) => w !== '').length, paragraphs: text.split(/\n\n+/).length - 1 }
}
