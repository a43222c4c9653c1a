import type { Range } from '../seed/segment.js'
import type { Sentence, Token } from './nlp.js'
import type { Certainty, Polarity } from './modality.js'
import { REPORTING_VERBS } from './lexicon.js'

// Facts a sentence takes for granted inside a noun phrase, each a claim in the article's
// voice beside the clause's own (FactBank: presupposed propositions are the author's):
// "a summit held in Alaska" (a reduced relative), "the deal Trump is pursuing" (a relative
// with no "that"), "a deal that would end the war", "the ongoing conflict in X", "X's
// ambitions to join Y", "X's grievances regarding Y", "the potential shift in Z", "non-EU
// states like Norway" (negative: Norway is not in the EU).

export interface Presupposed { range: Range, certainty: Certainty, polarity: Polarity, rule: string }

const ONGOING = new Set(['ongoing', 'continuing'])
const HEDGE_ADJ: Record<string, Certainty> = { potential: 'possible', possible: 'possible', likely: 'probable', probable: 'probable' }
const AIMS = new Set(['ambition', 'ambitions', 'bid', 'bids', 'plan', 'plans', 'effort', 'efforts', 'attempt', 'attempts', 'intention', 'intentions', 'aim', 'aims', 'push', 'drive', 'desire', 'determination'])
const GRIEVANCES = new Set(['grievance', 'grievances', 'concern', 'concerns', 'complaint', 'complaints', 'objection', 'objections', 'fears'])
const ABOUT = new Set(['regarding', 'about', 'over', 'concerning'])
/** Nouns of adverbial phrases ("in fact", "in turn"), never the head a participle describes. */
const ADVERBIAL_NOUNS = new Set(['fact', 'turn', 'part', 'effect', 'practice', 'theory', 'principle', 'total'])
const MODALS = new Set(['would', 'will', 'could', 'may', 'might', 'can'])

/** The end of a noun phrase's complement: before a comma, a semicolon, a finite verb or the end. */
function phraseEnd (toks: Token[], from: number, stopAtAnd = false): number {
  let j = from
  for (; j < toks.length; j++) {
    const t = toks[j] as Token
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':' || /^["“”]$/.test(t.text)) break
    if (t.pos === 'AUX' || (t.pos === 'VERB' && j > from && !['to'].includes(toks[j - 1]?.lower ?? '') && !/ing$/.test(t.lower) && toks[j - 1]?.pos !== 'AUX')) break
    if (stopAtAnd && t.lower === 'and' && toks[j + 1]?.pos === 'DET') break
  }
  return j - 1
}

/** Start of the noun phrase whose head is at `h`: back over adjectives, nouns, numbers and one determiner. */
function phraseStart (toks: Token[], h: number): number {
  let j = h
  while (j > 0 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[j - 1]?.pos ?? '')) j--
  if (j > 0 && toks[j - 1]?.pos === 'DET') j--
  return j
}

export function presupposed (s: Sentence, clause: Range): Presupposed[] {
  const toks = s.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end)
  const out: Presupposed[] = []
  const add = (from: number, to: number, certainty: Certainty, polarity: Polarity, rule: string) => {
    const a = toks[from]
    const b = toks[to]
    if (a === undefined || b === undefined || to - from < 2) return
    out.push({ range: { start: a.start, end: b.end }, certainty, polarity, rule })
  }
  toks.forEach((t, i) => {
    const next = toks[i + 1]
    if (next === undefined) return
    // "a summit held in Alaska between X and Y": a past participle after its noun, then a preposition
    // (an object's, not a subject's: the clause's own verb comes first)
    // ("said tourism depended on ...": the noun after a reporting verb is a subject; "in fact caused by": an adverb)
    const before = toks[phraseStart(toks, i) - 1]
    const subjectOfReport = before !== undefined && before.pos === 'VERB' && REPORTING_VERBS.has(before.lemma)
    if (t.pos === 'NOUN' && !ADVERBIAL_NOUNS.has(t.lower) && !subjectOfReport && next.pos === 'VERB' && next.lemma !== next.lower && !/(?:ing|s)$/.test(next.lower) && toks[i + 2]?.pos === 'ADP' && toks.slice(0, phraseStart(toks, i)).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      add(phraseStart(toks, i), phraseEnd(toks, i + 2), 'certain', 'positive', 'presupposed-participle')
    }
    // "in the peace deal Trump is pursuing": a relative clause with no "that" after a preposition's object
    if (t.pos === 'NOUN' && (next.pos === 'PROPN' || next.pos === 'PRON') && toks[i + 2]?.pos === 'AUX' && toks[i + 3]?.pos === 'VERB' && /ing$/.test(toks[i + 3]?.lower ?? '')) {
      const start = phraseStart(toks, i)
      if (toks[start - 1]?.pos === 'ADP') add(start, i + 3, 'certain', 'positive', 'presupposed-contact-relative')
    }
    // "a peace deal that would end the conflict": a modal relative clause on a noun
    if (t.pos === 'NOUN' && next.lower === 'that' && toks[i + 2]?.pos === 'AUX' && MODALS.has(toks[i + 2]?.lower ?? '') && ['VERB', 'NOUN'].includes(toks[i + 3]?.pos ?? '')) {
      add(phraseStart(toks, i), phraseEnd(toks, i + 4), toks[i + 2]?.lower === 'will' ? 'certain' : toks[i + 2]?.lower === 'would' ? 'probable' : 'possible', 'positive', 'presupposed-relative')
    }
    // "the ongoing conflict in Ukraine"
    if (ONGOING.has(t.lower) && t.pos === 'ADJ' && next.pos === 'NOUN' && toks[i - 1]?.pos === 'DET') {
      add(i - 1, phraseEnd(toks, i + 1, true), 'certain', 'positive', 'presupposed-ongoing')
    }
    // "the potential shift in alliances"
    const hedge = HEDGE_ADJ[t.lower]
    if (hedge !== undefined && t.pos === 'ADJ' && next.pos === 'NOUN' && toks[i + 2]?.pos === 'ADP' && toks[i - 1]?.pos === 'DET' && i - 1 === 0) {
      const end = toks.findIndex((x, j) => j > i + 2 && (x.lower === 'and' || x.pos === 'PUNCT' || x.pos === 'AUX' || x.pos === 'VERB'))
      add(i - 1, end === -1 ? toks.length - 1 : end - 1, hedge, 'positive', 'presupposed-hedged-noun')
    }
    // "Ukraine's ambitions to join NATO", "Putin's grievances regarding ..."
    if (/^['’]s?$/.test(t.text) && i > 0) {
      let h = i + 1
      while (toks[h]?.pos === 'ADJ') h++
      const head = toks[h]
      if (head !== undefined && AIMS.has(head.lower) && toks[h + 1]?.lower === 'to' && toks[h + 2]?.pos === 'VERB') add(i - 1, phraseEnd(toks, h + 2), 'certain', 'positive', 'presupposed-aim')
      if (head !== undefined && GRIEVANCES.has(head.lower) && ABOUT.has(toks[h + 1]?.lower ?? '')) add(i - 1, phraseEnd(toks, h + 2), 'certain', 'positive', 'presupposed-grievance')
    }
    // "non-NATO countries like China": China is not in NATO
    if (/^non-\S/.test(t.lower) || (t.lower === 'non' && next.text === '-')) {
      const like = toks.findIndex((x, j) => j > i && j - i <= 4 && (x.lower === 'like' || (x.lower === 'such' && toks[j + 1]?.lower === 'as')))
      const name = like === -1 ? undefined : toks.findIndex((x, j) => j > like && j - like <= 2 && x.pos === 'PROPN')
      if (name !== undefined && name !== -1) add(i, name, 'certain', 'negative', 'presupposed-non-member')
    }
  })
  return out
}
