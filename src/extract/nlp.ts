import winkNLP, { type ItemSentence } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { segment, type Range, type Section } from '../seed/segment.js'

// Sentences, tokens, parts of speech and lemmas from wink-nlp. Its offsets are not trusted:
// each token is found again in the original text, left to right, so every range below is a
// real UTF-16 range of the article (emoji, accents and curly quotes included).

export interface Token extends Range {
  text: string
  lower: string
  lemma: string
  pos: string
}

export interface Sentence extends Range {
  ord: number
  text: string
  tokens: Token[]
  section: string | null
}

export interface Analysis { text: string, sections: Section[], sentences: Sentence[] }

const nlp = winkNLP(model)
const its = nlp.its

function sentencesOf (text: string, body: Range, section: string | null, ordStart: number): Sentence[] {
  const doc = nlp.readDoc(text.slice(body.start, body.end))
  const out: Sentence[] = []
  let cursor = body.start
  doc.sentences().each((s: ItemSentence) => {
    const values = s.tokens().out() as string[]
    const pos = s.tokens().out(its.pos) as string[]
    // the typings of its.lemma disagree with the other its.* helpers; it returns strings alike
    const lemma = s.tokens().out(its.lemma as unknown as typeof its.pos) as string[]
    const tokens: Token[] = []
    values.forEach((value, i) => {
      const at = text.indexOf(value, cursor)
      // a token the library normalised cannot be placed: skip it rather than guess an offset
      if (at === -1 || at >= body.end) return
      cursor = at + value.length
      tokens.push({ start: at, end: cursor, text: value, lower: value.toLowerCase(), lemma: (lemma[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X' })
    })
    const first = tokens[0]
    const last = tokens.at(-1)
    if (first === undefined || last === undefined) return
    out.push({ ord: ordStart + out.length, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens, section })
  })
  return out
}

/** Sections from the seed's segmenter (headings are not claims), sentences and tokens from wink-nlp. */
export function analyse (text: string): Analysis {
  const { sections } = segment(text)
  const sentences: Sentence[] = []
  for (const s of sections) sentences.push(...sentencesOf(text, s.range, s.heading, sentences.length))
  return { text, sections, sentences }
}
