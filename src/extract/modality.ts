import type { Token } from './nlp.js'
import { DENIAL_VERBS, NEGATIONS, POSSIBLE, PROBABLE, STANCE_VERBS } from './lexicon.js'

// Certainty (FactBank) from the hedges inside a claim's own words, polarity from negation
// of its predicate, and the claim's kind from tense, modality and the reporting verb.

export type Certainty = 'certain' | 'probable' | 'possible' | 'uncommitted'
export type Polarity = 'positive' | 'negative'
export type ClaimKind = 'report' | 'assessment' | 'prediction' | 'position'

const EVALUATIVE = new Set(['significant', 'crucial', 'important', 'key', 'critical', 'major', 'complex', 'complexity', 'clear',
  'unlikely', 'difficult', 'serious', 'dangerous', 'vital', 'essential', 'necessary', 'good', 'bad', 'best', 'worst', 'risky',
  'successful', 'failure', 'mistake', 'unacceptable', 'reasonable', 'fair', 'unfair', 'strong', 'weak', 'implications', 'questions'])
const FUTURE = new Set(['will', 'could', 'may', 'might', 'would', "'ll", 'expected', 'likely', 'plans', 'plan', 'potentially', 'set', 'going', 'future'])

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it'])
/** Adjectives that say a statement is not the case: "the report was false", "called the claims baseless". */
const FALSITY = new Set(['false', 'untrue', 'baseless', 'unfounded', 'groundless', 'incorrect', 'inaccurate', 'fabricated'])
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"])

/**
 * A word that negates the predicate where it stands: a negation ("not", "never", "nobody"),
 * "has yet to" (not yet), or "ruled out". ("declined to comment" and "refused to pay" assert
 * the refusal: positive, as the annotations read them.)
 */
function negatorAt (tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token
  if (NEGATIONS.has(t.lower)) return true
  const next = tokens[i + 1]?.lower
  if (t.lower === 'yet' && next === 'to' && ['has', 'have', 'had', 'is', 'are', 'was', 'were'].includes(tokens[i - 1]?.lower ?? '')) return true
  // "declined to say whether", "refused to confirm": a source withholding an answer says nothing
  // is stated (never "declined to comment", which only reports the refusal)
  if (REFUSE.has(t.lemma) && next === 'to' && WITHHELD.has(tokens[i + 2]?.lemma ?? '')) return true
  return t.pos === 'VERB' && t.lemma === 'rule' && next === 'out'
}

const REFUSE = new Set(['decline', 'refuse'])
const WITHHELD = new Set(['say', 'confirm', 'disclose', 'reveal', 'specify', 'identify', 'name'])

// "May" the month is not the modal; the tagger tells them apart
const hedges = (t: Token) => POSSIBLE.has(t.lower) && (t.lower !== 'may' || t.pos === 'AUX')

export function certaintyOf (tokens: Token[]): { certainty: Certainty, hedge: string | null } {
  // "could not get on the bus": a past inability, stated, not a possibility
  for (const [i, t] of tokens.entries()) if (hedges(t) && !(t.lower === 'could' && ['not', "n't"].includes(tokens[i + 1]?.lower ?? ''))) return { certainty: 'possible', hedge: t.text }
  // "Nobody should have to go through that": an obligation, not a likelihood
  const deontic = (i: number) => tokens[i]?.lower === 'should' && (tokens[i + 1]?.lower === 'have' || (tokens[i + 1]?.lower === 'not' && tokens[i + 2]?.lower === 'have')) && tokens.slice(i + 2, i + 4).some((x) => x.lower === 'to')
  for (const [i, t] of tokens.entries()) if ((PROBABLE.has(t.lower) && !deontic(i)) || t.lower === 'unlikely') return { certainty: 'probable', hedge: t.text }
  return { certainty: 'certain', hedge: null }
}

/** Words that open a subordinate clause after the main one: "... was shelved after members could not agree". */
const TRAILING = new Set(['after', 'because', 'since', 'when', 'before', 'although', 'though', 'while', 'whereas', 'once'])

/** Words that open a clause set before the main one: "Although the union did not sign, the deal was approved". */
const FRONTED = new Set(['although', 'though', 'while', 'whereas', 'because', 'as', 'since', 'when', 'after', 'before', 'once'])

/**
 * Polarity of a claim's words. `opener` is the word just before them in the sentence, when it
 * opens a clause they start with ("Although [the union did not sign, the deal was approved]").
 */
export function polarityOf (tokens: Token[], verb: string | null, opener: string | null = null): { polarity: Polarity, negation: string | null } {
  if (verb !== null && DENIAL_VERBS.has(verb)) return { polarity: 'negative', negation: verb }
  // a negation inside a fronted subordinate clause does not negate the main clause after its comma
  const comma = tokens.findIndex((t) => t.text === ',')
  const fronted = comma > 0 && (FRONTED.has(opener ?? '') || FRONTED.has(tokens[0]?.lower ?? '')) && tokens.slice(comma + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  for (let i = fronted ? comma + 1 : 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (!negatorAt(tokens, i) || t.lower === 'without' || t.lower === 'nor') continue
    if (t.lower === 'not' && tokens[i + 1]?.lower === 'only') continue
    if (t.lower === 'no' && (tokens[i + 1]?.lower === 'doubt' || tokens[i + 1] === undefined || tokens[i + 1]?.pos === 'PUNCT' || tokens[i + 1]?.pos === 'SYM')) continue
    // "customers with no sailing experience": a noun phrase's "no" after a preposition negates the noun, not the claim
    if (t.lower === 'no' && ['with', 'of', 'for'].includes(tokens[i - 1]?.lower ?? '')) continue
    // "was shelved in the spring after member states could not agree": a negation inside a
    // subordinate clause that follows the main clause's verb is not the main clause's
    const sub = tokens.slice(0, i).findIndex((x, j) => j > 0 && TRAILING.has(x.lower) && tokens.slice(0, j).some((y) => y.pos === 'VERB' || y.pos === 'AUX') && !tokens.slice(0, j).some((y) => negatorAt(tokens, tokens.indexOf(y))))
    if (sub !== -1 && tokens.slice(sub + 1, i).some((x) => ['NOUN', 'PROPN', 'PRON'].includes(x.pos))) continue
    // a negation inside a condition or a relative clause does not negate the claim
    const before = tokens.slice(0, i).map((x) => x.lower)
    if (before.some((w) => w === 'if' || w === 'unless')) continue
    if (before.slice(-4).some((w) => w === 'what' || w === 'which' || w === 'who' || w === 'whom')) continue
    // "a story that was not true", "the water they will not have": a relative clause on a noun
    const near = tokens.slice(Math.max(0, i - 5), i)
    if (near.some((x, j) => (x.pos === 'NOUN' || x.pos === 'PROPN') && j < near.length - 1 && (near[j + 1]?.lower === 'that' || (near[j + 1]?.pos === 'PRON' && SUBJECT_PRONOUNS.has(near[j + 1]?.lower ?? '') && near.slice(j + 2).every((y) => y.pos === 'AUX' || y.pos === 'ADV'))))) continue
    return { polarity: 'negative', negation: t.text }
  }
  // "are unlikely to threaten": probable that it will not
  if (tokens.some((t) => t.lower === 'unlikely')) return { polarity: 'negative', negation: 'unlikely' }
  for (const t of tokens) if (DENIAL_VERBS.has(t.lemma) && t.pos === 'VERB') return { polarity: 'negative', negation: t.text }
  // "The report was false", "called the claims baseless": a statement said not to be the case
  // (never a noun's modifier: "a false alarm", "unfounded rumours spread")
  for (const [i, t] of tokens.entries()) {
    if (!FALSITY.has(t.lower) || ['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '')) continue
    const near = tokens.slice(Math.max(0, i - 6), i)
    if (BE_FORMS.has(tokens[i - 1]?.lower ?? '') || BE_FORMS.has(tokens[i - 2]?.lower ?? '') || near.some((x) => x.lemma === 'call' || x.lemma === 'describe')) return { polarity: 'negative', negation: t.text }
  }
  return { polarity: 'positive', negation: null }
}

export function kindOf (tokens: Token[], verb: string | null, cue: string | null): ClaimKind {
  if (verb !== null && STANCE_VERBS.has(verb)) return 'position'
  if (cue !== null && /suggest|propos|caution|call|urge|demand|insist|offer/i.test(cue)) return 'position'
  if (tokens.some((t) => FUTURE.has(t.lower))) return 'prediction'
  if (cue !== null && /seen as|considered|viewed as|regarded as/.test(cue)) return 'assessment'
  if (tokens.some((t) => EVALUATIVE.has(t.lower))) return 'assessment'
  return 'report'
}
