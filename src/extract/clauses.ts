import type { Range } from '../seed/segment.js'
import type { ActorSet } from './actors.js'
import type { Sentence, Token } from './nlp.js'
import { singularNounVerb } from './attribution.js'
import { ANONYMOUS_HEADS, DENIAL_VERBS, NOMINAL_CUES, REPORTING_VERBS } from './lexicon.js'

/** Verbs that put a figure on something: "which analysts put at ...", "which experts estimate at ...". */
const ESTIMATING = new Set(['put', 'estimate', 'value', 'place', 'reckon', 'say'])

// Where a sentence holds more than one assertion. Two levels: clauses, each attributed on
// its own (a semicolon; ", and/but/while" before a new subject and verb; "and said",
// "and called" coordinating a second reporting verb with the same source; ", whose leader,
// X, said" carrying a source of its own), then parts of
// one clause's content that assert something of their own (", which could ...", a trailing
// participle ", offering ...", an embedded attribution "despite X's suggestion that ...").
// Noun-phrase coordination ("the US and European allies") is never split.

export interface Clause { range: Range, rule: string, sharedSubject: boolean }
/** `nominal.speaker` is '' for no one named; `owner` is a description to resolve ("the company's"). */
export interface Part { range: Range, rule: string, inherit: boolean, nominal?: { speaker: string, cue: string, frame: Range, owner?: Range }, pieces?: Range[] }

const CLAUSE_START = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM'])
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they'])
/** Auxiliaries that open a second predicate of the same subject: "... and was", "... but had". */
const COORD_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are', 'did'])
const NOT_PARTICIPLES = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'involving', 'excluding', 'notwithstanding', 'during', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'building', 'funding', 'meeting', 'spending', 'training', 'ruling', 'shelling', 'fighting', 'bombing', 'hearing', 'thing'])
const isFinite = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))

function finiteVerbSoon (toks: Token[], from: number): boolean {
  // an appositive may stand between the subject and its verb: "and its president, X, posted"
  let commas = 0
  for (let j = from; j < Math.min(toks.length, from + 10); j++) {
    const t = toks[j] as Token
    if (t.text === ';' || (t.text === ',' && ++commas > 2)) return false
    if (isFinite(t)) return commas !== 1
  }
  return false
}

/** A subject of at most four words, then a finite verb, with no comma between. */
function listVerbSoon (toks: Token[], from: number): boolean {
  for (let j = from; j < Math.min(toks.length, from + 6); j++) {
    const t = toks[j] as Token
    if (t.pos === 'PUNCT') return false
    if (j > from && t.pos === 'VERB' && !/ing$/.test(t.lower)) return true
  }
  return false
}

/** "used", "no longer used", "never paid": a past verb, after at most two adverbs of time or negation. */
function pastVerbAfterAdverbs (toks: Token[], from: number): boolean {
  let j = from
  while (j < from + 2 && ['no', 'longer', 'never', 'also', 'then', 'later', 'still', 'not'].includes(toks[j]?.lower ?? '')) j++
  const v = toks[j]
  // ("says it offered him shares and paid for a hedge": an irregular past after a regular one
  // right before it, in the same reported clause)
  const parallel = v !== undefined && !/(?:ing|s)$/.test(v.lower) && toks.slice(Math.max(0, from - 12), from - 1).some((x) => x.pos === 'VERB' && /ed$/.test(x.lower) && x.lower !== x.lemma && !REPORTING_VERBS.has(x.lemma))
  return v !== undefined && v.pos === 'VERB' && v.lower !== v.lemma && (/ed$/.test(v.lower) || j > from || parallel) && !REPORTING_VERBS.has(v.lemma)
}

/** A relative clause's words have a verb ("which trains its volunteers": the tagger may call
 * "trains" a noun, but a relative pronoun's next word is its verb). */
function relativeVerb (inner: Token[]): boolean {
  const first = inner[0]
  return inner.some(isFinite) || (first !== undefined && first.pos === 'NOUN' && /[^s]s$/.test(first.lower))
}

/** Tokens between the last verb before `i` and `i`: a predicate's complement. */
function lastVerbGap (toks: Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if ((toks[j] as Token).pos === 'VERB') return i - j - 1
  return 0
}

/** The stretch before the comma at `i`, back to the previous comma, has a finite verb of its own. */
function clauseHasVerb (toks: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j] as Token
    if (t.text === ',' || t.text === ';') return false
    if (isFinite(t)) return true
  }
  return false
}

/** ", offering a pathway", ", potentially influencing relations": a participle opening a clause. */
function participleAt (toks: Token[], j: number): boolean {
  let t = toks[j]
  if (t !== undefined && /ly$/.test(t.lower) && t.pos === 'ADV') t = toks[++j]
  if (t === undefined || !/ing$/.test(t.lower) || NOT_PARTICIPLES.has(t.lower)) return false
  return t.pos === 'VERB' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(toks[j + 1]?.pos ?? ''))
}

function insideQuote (text: string, from: number, at: number): boolean {
  const before = text.slice(from, at)
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1
}

export function clauses (s: Sentence, range: Range, text: string): Clause[] {
  const toks = s.tokens.filter((t) => t.start >= range.start && t.end <= range.end)
  const cuts: Array<{ at: number, rule: string, sharedSubject: boolean }> = []
  toks.forEach((t, i) => {
    const next = toks[i + 1]
    const after = toks[i + 2]
    if (next === undefined || i < 3) return
    if (insideQuote(text, range.start, t.start)) {
      // '"The sums are large, but these cases take years," she said': a contrast of two clauses, each with its subject
      if (t.text === ',' && (next.lower === 'but' || next.lower === 'and') && after !== undefined && CLAUSE_START.has(after.pos) && finiteVerbSoon(toks, i + 2) && clauseHasVerb(toks, i)) cuts.push({ at: next.start, rule: `split-${next.lower}`, sharedSubject: false })
      // '"The government has a programme and it will carry it out"': a pronoun opens a second clause
      else if (t.lower === 'and' && next.pos === 'PRON' && SUBJECT_PRONOUNS.has(next.lower) && isFinite(after ?? next) && after !== undefined && clauseHasVerb(toks, i)) cuts.push({ at: t.start, rule: 'split-and', sharedSubject: false })
      return
    }
    if (t.lower === 'and' && next.pos === 'PRON' && SUBJECT_PRONOUNS.has(next.lower) && after !== undefined && isFinite(after) && clauseHasVerb(toks, i)) {
      cuts.push({ at: t.start, rule: 'split-and', sharedSubject: false })
      return
    }
    if (t.text === ';') { cuts.push({ at: next.start, rule: 'split-semicolon', sharedSubject: false }); return }
    if (t.text === ',' && ['but', 'while', 'whereas', 'and', 'although', 'though', 'yet'].includes(next.lower) && after !== undefined && CLAUSE_START.has(after.pos) && finiteVerbSoon(toks, i + 2)) {
      cuts.push({ at: next.start, rule: `split-${next.lower}`, sharedSubject: false })
    } else if (t.lower === 'and' && next.pos === 'VERB' && REPORTING_VERBS.has(next.lemma) && next.lower !== next.lemma && toks.slice(0, i).some(isFinite)) {
      // "denied that ... and said it would ...": a second assertion by the same source
      cuts.push({ at: t.start, rule: 'split-and-verb', sharedSubject: true })
    } else if ((t.lower === 'and' || t.lower === 'but') && next.pos === 'AUX' && ['would', 'will', 'could', 'may', 'might'].includes(next.lower) && toks.slice(0, i).some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma))) {
      // "said it was disappointed and would consider an appeal", "said new rules could come
      // by spring but would not say whether ...": a second reported assertion
      cuts.push({ at: t.start, rule: `split-${t.lower}-modal`, sharedSubject: true })
    } else if (t.text === ',' && (next.lower === 'whose' || next.lower === 'who') && toks.slice(0, i).some(isFinite) && toks.slice(i + 2).some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma))) {
      // "The strike was called by X, whose leader, Y, told reporters ...": the relative
      // clause carries an attribution of its own
      cuts.push({ at: next.start, rule: 'split-relative', sharedSubject: false })
    } else if ((t.lower === 'and' || t.lower === 'but') && next.lower === 'that' && toks.slice(0, i).some((x) => x.lower === 'that' || (x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma)))) {
      // "said the government had failed but that his party would wait": a second content clause
      cuts.push({ at: t.start, rule: `split-${t.lower}-that`, sharedSubject: true })
    } else if (t.text === ',' && /^["“]$/.test(next.text) && /[,?!.]["”]\s+\S/.test(text.slice(range.start, t.start)) && toks.slice(0, i).some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma) && /["”]\s+(?:\S+\s+){0,4}$/.test(text.slice(range.start, x.start)))) {
      // '"The fees will double," said X, "and nobody asked us."': the quotation resumes after
      // its cue, a second assertion by the same source
      cuts.push({ at: next.start, rule: 'split-quote-resumed', sharedSubject: true })
    } else if (t.text === ',' && CLAUSE_START.has(next.pos) && next.pos !== 'PRON' && clauseHasVerb(toks, i) && !REPORTING_VERBS.has(toks[i - 1]?.lemma ?? '') && listVerbSoon(toks, i + 1) &&
      toks.slice(i + 2).some((x, j) => x.text === ',' && toks[i + 3 + j]?.lower === 'and')) {
      // "The council backed the plan, the Greens opposed it, and ...": a list of clauses, each
      // with its own subject (the last one is cut at ", and")
      cuts.push({ at: next.start, rule: 'split-list', sharedSubject: false })
    } else if (['and', 'but'].includes(t.lower) && ((next.pos === 'AUX' && COORD_AUX.has(next.lower)) || pastVerbAfterAdverbs(toks, i + 1)) &&
      toks.slice(0, i).some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma)) && toks.slice(0, i).filter(isFinite).length >= 2 && !/\b(?:either|both|neither)\b/i.test(text.slice(range.start, t.start))) {
      // "said the office had doubled the budget and was listening", "said inspectors had raised
      // doubts but were told to keep paying": a second predicate of the reported subject
      cuts.push({ at: toks[i - 1]?.text === ',' ? (toks[i - 1] as Token).start : t.start, rule: `split-${t.lower}-predicate`, sharedSubject: true })
    } else if (t.lower === 'and' && next.pos === 'VERB' && next.lower === next.lemma && !REPORTING_VERBS.has(next.lemma) && toks[i + 2] !== undefined && toks[i + 2]?.pos !== 'PUNCT' &&
      toks.slice(0, i).some((x) => x.pos === 'AUX' && ['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must'].includes(x.lower)) && lastVerbGap(toks, i) >= 2) {
      // "The work will start in May and take a year": two predicates under one modal
      cuts.push({ at: t.start, rule: 'split-and-predicate', sharedSubject: true })
    }
  })
  // "X is significant as it addresses ...": a reason clause with its own subject
  toks.forEach((t, i) => {
    const next = toks[i + 1]
    if (i > 3 && ['as', 'because'].includes(t.lower) && t.pos === 'SCONJ' && next !== undefined && ['PRON', 'DET', 'PROPN'].includes(next.pos) && finiteVerbSoon(toks, i + 1) && !insideQuote(text, range.start, t.start)) {
      cuts.push({ at: t.start, rule: `split-${t.lower}`, sharedSubject: false })
    }
  })
  cuts.sort((x, y) => x.at - y.at)
  const out: Clause[] = []
  let start = range.start
  let rule = 'sentence'
  let shared = false
  for (const c of cuts) {
    if (c.at - start < 12) continue
    out.push({ range: { start, end: c.at }, rule, sharedSubject: shared })
    start = c.at; rule = c.rule; shared = c.sharedSubject
  }
  out.push({ range: { start, end: range.end }, rule, sharedSubject: shared })
  return out
}

export function parts (s: Sentence, content: Range, set: ActorSet, text: string): Part[] {
  const toks = s.tokens.filter((t) => t.start >= content.start && t.end <= content.end)
  const cuts: Array<{ at: number, rule: string, inherit: boolean, nominal?: Part['nominal'] }> = []
  const extras: Part[] = []
  let subjectRelative: Part | null = null
  toks.forEach((t, i) => {
    const next = toks[i + 1]
    if (next === undefined || i < 2) return
    // "to listen, not to sign": a contrast that differs in polarity, inside quotations too
    if (t.text === ',' && next.lower === 'not' && ['PART', 'ADP', 'DET', 'VERB', 'ADJ', 'NOUN'].includes(toks[i + 2]?.pos ?? '')) {
      cuts.push({ at: next.start, rule: 'split-not', inherit: false })
      return
    }
    if (insideQuote(text, content.start, t.start)) return
    // "which trains its volunteers but does not pay them": a second predicate, its own assertion
    if (t.lower === 'but' && next.pos === 'AUX' && ['does', 'do', 'did'].includes(next.lower) && toks[i + 2]?.lower === 'not' && toks.slice(0, i).some(isFinite)) {
      cuts.push({ at: t.start, rule: 'split-but-predicate', inherit: false })
      return
    }
    if (t.text !== ',') {
      // "X's suggestion that ...", "Ferreira's claim last year that ...": an embedded, attributed assertion
      const that = toks.findIndex((x, j) => j > i && j - i <= 4 && x.lower === 'that')
      // ("rejected the province's claim that ...", "disputed Ferreira's claim that ...": a denial
      // whose object is someone's assertion keeps it, one negative claim by the one who denies)
      const denied = toks.slice(Math.max(0, i - 5), i).some((x, j, arr) => x.pos === 'VERB' && DENIAL_VERBS.has(x.lemma) && arr.slice(j + 1).every((y) => ['DET', 'PROPN', 'NOUN', 'PART', 'ADJ'].includes(y.pos) || /^['’]s?$/.test(y.text)))
      if ((NOMINAL_CUES.has(t.lower) || NOMINAL_CUES.has(t.lemma)) && t.pos === 'NOUN' && that !== -1 && !singularNounVerb(toks, i, set) && !(denied && toks[i - 1]?.pos !== 'VERB')) {
        const owner = set.within({ start: Math.max(0, t.start - 80), end: t.start }).find((m) => /^['’]s?\s+(?:\p{L}+\s+)?$/u.test(text.slice(m.end, t.start)))
        // "the company's argument that ...": a description owns the assertion, resolved later
        const described = owner === undefined ? /(?:^|\s)(the\s+\p{Ll}+)['’]s\s+(?:\p{L}+\s+)?$/iu.exec(text.slice(Math.max(content.start, t.start - 40), t.start)) : null
        if (described !== null && toks[that - 1] === t) {
          const from = t.start - described[0].length + described[0].indexOf(described[1] as string)
          const ownerRange = { start: from, end: from + (described[1] as string).length }
          cuts.push({ at: from, rule: 'split-nominal-cue', inherit: false, nominal: { speaker: '', cue: t.text, frame: { start: from, end: t.end }, owner: ownerRange } })
        } else if (owner === undefined && toks[i - 1]?.pos !== 'DET' && toks[that - 1] === t) {
          // "claims that ...": an assertion by no one the article names; after a denial verb
          // ("rejected claims that ...") the denial keeps the whole proposition, negated
          const part = { rule: 'split-nominal-cue', inherit: false, nominal: { speaker: '', cue: t.text, frame: { start: t.start, end: t.end } } }
          if (toks[i - 1] !== undefined && DENIAL_VERBS.has((toks[i - 1] as Token).lemma)) extras.push({ ...part, range: { start: t.start, end: content.end } })
          else cuts.push({ at: t.start, ...part })
        }
        if (owner !== undefined) {
          const before = toks.slice(0, i).reverse().find((x) => x.start < owner.start)
          const from = before !== undefined && ['despite', 'after', 'amid', 'following', 'given'].includes(before.lower) ? before.start : owner.start
          cuts.push({ at: from, rule: 'split-nominal-cue', inherit: false, nominal: { speaker: owner.actor, cue: t.text, frame: { start: owner.start, end: t.end } } })
        }
      }
      return
    }
    // "The office in Split, which licenses charters, opened a review": a relative clause between
    // the subject and its verb; the main clause keeps both halves, the relative is a part of its own
    const close = (next.lower === 'which' || next.lower === 'who') && !toks.slice(0, i).some(isFinite) ? toks.findIndex((x, j) => j > i + 2 && (x.text === ',' || x.text === ';')) : -1
    const main = toks[close + 1]
    // ("X, which sets the rules, said ...": the source's relative clause, read with the attribution)
    if (close !== -1 && main !== undefined && main.pos === 'VERB' && REPORTING_VERBS.has(main.lemma)) return
    if (close !== -1 && toks[close]?.text === ',' && main !== undefined && isFinite(main) && !REPORTING_VERBS.has(main.lemma) && relativeVerb(toks.slice(i + 2, close))) {
      const end = (toks[close - 1] as Token).end
      extras.push({ range: { start: next.start, end }, rule: 'split-relative-subject', inherit: false })
      subjectRelative = { range: { start: content.start, end: content.end }, rule: 'clause', inherit: false, pieces: [{ start: content.start, end: t.start }, { start: main.start, end: content.end }] }
      return
    }
    // "the animal, which it says has lost its fear": a source and its reporting verb inside the
    // relative clause, the clause's own verb right after them; the pronoun is resolved later
    const src = toks[i + 2]
    const say = toks[i + 3]
    const own = toks[i + 4]
    const reported = (next.lower === 'which' || next.lower === 'who') && src?.pos === 'PRON' && ['it', 'he', 'she', 'they'].includes(src.lower) && say !== undefined && say.pos === 'VERB' && ['say', 'claim', 'believe', 'argue', 'insist', 'allege'].includes(say.lemma) && own !== undefined && (own.pos === 'AUX' || own.pos === 'VERB')
    // "the cost of a new drug, which analysts put at 1 billion euros": an estimate by an
    // unnamed source, made in the relative clause itself
    const estimated = next.lower === 'which' && src !== undefined && src.pos === 'NOUN' && ANONYMOUS_HEADS.has(src.lower) && say !== undefined && ESTIMATING.has(say.lemma)
    if ((reported || estimated) && src !== undefined && say !== undefined) {
      cuts.push({ at: next.start, rule: 'split-which-reported', inherit: false, nominal: { speaker: '', cue: say.text, frame: { start: src.start, end: say.end }, owner: { start: src.start, end: src.end } } })
    } else if (next.lower === 'which' && (toks.slice(i + 2, i + 5).some((x) => x.pos === 'AUX' || x.pos === 'VERB') || relativeVerb(toks.slice(i + 2, i + 5)))) {
      cuts.push({ at: next.start, rule: 'split-which', inherit: false })
    } else if (i > 3 && participleAt(toks, i + 1) && clauseHasVerb(toks, i)) {
      cuts.push({ at: next.start, rule: 'split-participle', inherit: true })
    }
  })
  const out: Part[] = []
  let start = content.start
  let rule = 'clause'
  let inherit = false
  let nominal: Part['nominal']
  for (const c of cuts) {
    if (c.at - start < 12) {
      // an attribution at the very start covers the first part: "Ferreira's claim that ..."
      if (c.nominal !== undefined && out.length === 0) { nominal = c.nominal; rule = c.rule }
      continue
    }
    out.push({ range: { start, end: c.at }, rule, inherit, ...(nominal ? { nominal } : {}) })
    start = c.at; rule = c.rule; inherit = c.inherit; nominal = c.nominal
  }
  out.push({ range: { start, end: content.end }, rule, inherit, ...(nominal ? { nominal } : {}) })
  if (subjectRelative !== null && out.length === 1 && out[0]?.nominal === undefined) return [subjectRelative, ...extras]
  return [...out, ...extras]
}

/**
 * "X, who met both sides on Sunday, said ...": a relative clause inside the source of a
 * reporting verb states a fact of its own, in the article's voice. Its range, if any.
 */
export function relativeInSource (s: Sentence, range: Range): Range | null {
  const toks = s.tokens.filter((t) => t.start >= range.start && t.end <= range.end)
  // '"...," said X, who heads the union.': the relative clause after a source that follows its verb
  for (let i = 1; i < toks.length - 2; i++) {
    const v = toks[i] as Token
    if (v.pos !== 'VERB' || !REPORTING_VERBS.has(v.lemma)) continue
    const who = toks.findIndex((x, j) => j > i + 1 && j - i <= 6 && x.lower === 'who' && toks[j - 1]?.text === ',')
    if (who === -1 || toks.slice(i + 1, who - 1).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) break
    const close = toks.findIndex((x, j) => j > who && (x.text === ',' || x.text === ';' || x.text === '.' || /^["”]$/.test(x.text)))
    const inner = toks.slice(who + 1, close === -1 ? toks.length : close)
    // (the tagger may call "chairs" after "who" a noun: a relative pronoun's next word is its verb)
    const verbFirst = inner[0] !== undefined && inner[0].pos === 'NOUN' && /[^s]s$/.test(inner[0].lower)
    if (!(inner.some(isFinite) || verbFirst) || inner.some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma))) return null
    return { start: (toks[who] as Token).start, end: close === -1 ? (toks.at(-1) as Token).end : (toks[close] as Token).start }
  }
  for (let i = 1; i < toks.length - 2; i++) {
    // ("X, which funds the network, rejected ...": an organisation's relative clause alike)
    if (toks[i]?.text !== ',' || (toks[i + 1]?.lower !== 'who' && toks[i + 1]?.lower !== 'which')) continue
    const close = toks.findIndex((x, j) => j > i + 2 && (x.text === ',' || x.text === ';' || x.text === '.'))
    if (close === -1 || toks[close]?.text !== ',') return null
    const verb = toks[close + 1]
    const inner = toks.slice(i + 2, close)
    if (verb === undefined || verb.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma)) return null
    const verbFirst = inner[0] !== undefined && inner[0].pos === 'NOUN' && /[^s]s$/.test(inner[0].lower)
    if (!(inner.some(isFinite) || verbFirst) || inner.some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma))) return null
    return { start: (toks[i + 1] as Token).start, end: (toks[close] as Token).start }
  }
  return null
}
