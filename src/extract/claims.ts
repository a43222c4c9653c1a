import type { Range } from '../seed/segment.js'
import type { ActorSet } from './actors.js'
import { attribute, type Attribution, type SpeakerMemory } from './attribution.js'
import type { Analysis, Sentence, Token } from './nlp.js'
import { NOMINAL_CUES } from './lexicon.js'
import { certaintyOf, kindOf, polarityOf, type Certainty, type ClaimKind, type Polarity } from './modality.js'

// Claims: one per assertion. A sentence is one claim unless it joins assertions: a
// semicolon, a coordinated clause with its own subject (", but the ministry said"), a
// relative clause on the whole (", which could ..."), a trailing participle (", offering
// ..."), or an embedded attribution ("despite Putin's suggestion that ..."). Noun-phrase
// coordination ("the US and European allies") is never split.

export interface ClaimDraft {
  text: string
  range: Range
  evidence: Range[]
  kind: ClaimKind
  speaker: string | null
  sourceKind: Attribution['sourceKind']
  cue: string | null
  certainty: Certainty
  polarity: Polarity
  subjects: string[]
  rule: string
  confidence: number
  sentence: Sentence
}

interface Piece { range: Range, rule: string, inherit: boolean, nominal?: { speaker: string, cue: string, frame: Range } }

const NOT_PARTICIPLES = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'involving', 'excluding', 'notwithstanding', 'during'])

/** The stretch before the comma at `i`, back to the previous comma, has a finite verb of its own. */
function clauseHasVerb (toks: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j] as Token
    if (t.text === ',' || t.text === ';') return false
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true
  }
  return false
}

/** ", offering a pathway", ", potentially influencing relations": a participle opening a clause. */
function participleAt (toks: Token[], j: number): boolean {
  let t = toks[j]
  if (t !== undefined && /ly$/.test(t.lower) && t.pos === 'ADV') t = toks[j + 1]
  if (t === undefined || !/ing$/.test(t.lower) || NOT_PARTICIPLES.has(t.lower)) return false
  return t.pos === 'VERB' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(toks[toks.indexOf(t) + 1]?.pos ?? ''))
}

const CLAUSE_START = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM'])

function hasFiniteVerbSoon (toks: Token[], from: number): boolean {
  for (let j = from; j < Math.min(toks.length, from + 7); j++) {
    const t = toks[j] as Token
    if (t.text === ',' || t.text === ';') return false
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true
  }
  return false
}

function split (s: Sentence, content: Range, set: ActorSet, text: string): Piece[] {
  const toks = s.tokens.filter((t) => t.start >= content.start && t.end <= content.end)
  const cuts: Array<{ at: number, rule: string, inherit: boolean, nominal?: Piece['nominal'] }> = []
  toks.forEach((t, i) => {
    const next = toks[i + 1]
    if (next === undefined || i < 3) return
    if (t.text === ';') { cuts.push({ at: next.start, rule: 'split-semicolon', inherit: false }); return }
    if (t.text !== ',') {
      // "X's suggestion that ...": an embedded, attributed assertion
      if (NOMINAL_CUES.has(t.lower) && next.lower === 'that') {
        const owner = set.mentions.find((m) => m.end <= t.start && /^['’]s\s+(?:\p{L}+\s+)?$/u.test(text.slice(m.end, t.start)))
        if (owner !== undefined) {
          const before = toks.slice(0, i).reverse().find((x) => x.start < owner.start)
          const from = before !== undefined && ['despite', 'after', 'amid', 'following', 'given'].includes(before.lower) ? before.start : owner.start
          cuts.push({ at: from, rule: 'split-nominal-cue', inherit: false, nominal: { speaker: owner.actor, cue: t.text, frame: { start: owner.start, end: t.end } } })
        }
      }
      return
    }
    const after = toks[i + 2]
    if (['but', 'while', 'whereas', 'and', 'although', 'though'].includes(next.lower) && after !== undefined && CLAUSE_START.has(after.pos) && hasFiniteVerbSoon(toks, i + 2)) {
      cuts.push({ at: next.start, rule: `split-${next.lower}`, inherit: false })
    } else if (next.lower === 'which' && toks.slice(i + 2, i + 5).some((x) => x.pos === 'AUX' || x.pos === 'VERB')) {
      cuts.push({ at: next.start, rule: 'split-which', inherit: false })
    } else if (i > 4 && participleAt(toks, i + 1) && clauseHasVerb(toks, i)) {
      cuts.push({ at: next.start, rule: 'split-participle', inherit: true })
    }
  })
  const pieces: Piece[] = []
  let start = content.start
  let rule = 'sentence'
  let inherit = false
  let nominal: Piece['nominal']
  for (const c of cuts) {
    if (c.at - start < 12) continue
    pieces.push({ range: { start, end: c.at }, rule, inherit, ...(nominal ? { nominal } : {}) })
    start = c.at; rule = c.rule; inherit = c.inherit; nominal = c.nominal
  }
  pieces.push({ range: { start, end: content.end }, rule, inherit, ...(nominal ? { nominal } : {}) })
  return pieces
}

function claimText (text: string): string {
  let t = text.trim().replace(/^(?:and|but|while|whereas|although|though|despite|however|additionally|moreover)\b[,\s]*/i, '').replace(/[\s,;:]+$/, '')
  t = t.replace(/^["“]|["”]$/g, '')
  t = t.charAt(0).toUpperCase() + t.slice(1)
  return /[.!?]["”]?$/.test(t) ? t : `${t}.`
}

export function findClaims (a: Analysis, set: ActorSet, skip: (s: Sentence) => boolean): ClaimDraft[] {
  const out: ClaimDraft[] = []
  const memory: SpeakerMemory = { person: null, any: null }
  for (const s of a.sentences) {
    if (skip(s)) continue
    const att = attribute(s, set, a.text, memory)
    if (att.speaker !== null) {
      memory.any = att.speaker
      if (set.actors.get(att.speaker)?.kind === 'person') memory.person = att.speaker
    }
    const pieces = split(s, att.content, set, a.text)
    let mainHedge: Certainty = 'certain'
    pieces.forEach((p, n) => {
      const toks = s.tokens.filter((t) => t.start >= p.range.start && t.end <= p.range.end)
      if (toks.filter((t) => t.pos !== 'PUNCT').length < 3) return
      let { certainty } = certaintyOf(toks)
      if (p.inherit && certainty === 'certain') certainty = mainHedge
      if (n === 0) mainHedge = certainty
      if (att.rule === 'agentless-passive' && /expected|likely/.test(att.cue ?? '') && certainty === 'certain') certainty = 'probable'
      const speaker = p.nominal?.speaker ?? att.speaker
      const cue = p.nominal?.cue ?? att.cue
      const verb = p.nominal !== undefined ? 'suggest' : att.verb
      const { polarity } = polarityOf(toks, n === 0 || att.sourceKind !== 'author' ? att.verb : null)
      const evidence: Range[] = [p.range]
      const frame = p.nominal?.frame ?? att.frame
      if (frame !== null && (frame.end <= p.range.start || frame.start >= p.range.end)) evidence.push(frame)
      const subjects = [...new Set(set.within(p.range).map((m) => m.actor))].filter((id) => id !== speaker)
      const confidence = Math.min(0.95, (p.nominal !== undefined ? 0.7 : att.confidence) * (p.rule === 'sentence' ? 1 : 0.85))
      out.push({
        text: claimText(a.text.slice(p.range.start, p.range.end)),
        range: p.range,
        evidence,
        kind: kindOf(toks, verb, cue),
        speaker,
        sourceKind: p.nominal !== undefined ? 'named' : att.sourceKind,
        cue,
        certainty,
        polarity,
        subjects,
        rule: p.nominal !== undefined ? 'nominal-cue' : `${att.rule}/${p.rule}`,
        confidence: Math.round(confidence * 100) / 100,
        sentence: s
      })
    })
  }
  return out
}
