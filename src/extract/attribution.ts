import type { Range } from '../seed/segment.js'
import type { ActorSet, Mention } from './actors.js'
import type { Sentence, Token } from './nlp.js'
import { ANONYMOUS_HEADS, LOCATIVE, REPORTING_VERBS } from './lexicon.js'

// Attribution (PARC: source, cue, content). The patterns of edited news prose: a reporting
// verb before or after the content ("X said that ...", "..., X said", "..., said X"),
// "according to X", an agentless passive ("is seen as", "is expected to") for an anonymous
// source, and continuations ("he said", "the official added") resolved to the most recent
// compatible named source. No cue: the article's own voice.

export type SourceKind = 'named' | 'anonymous' | 'author'
export interface Attribution {
  speaker: string | null
  sourceKind: SourceKind
  cue: string | null
  /** the cue and the source together, outside the content */
  frame: Range | null
  content: Range
  rule: string
  confidence: number
  verb: string | null
}

export interface SpeakerMemory { person: string | null, any: string | null }

const AGENTLESS = /\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+|generally\s+|largely\s+)?(seen as|expected to|believed to|thought to|considered|viewed as|said to|reported to|understood to|regarded as|likely to)\b/
const BARE_CLAUSE = new Set(['say', 'tell', 'believe', 'think', 'warn', 'argue', 'insist', 'claim', 'suggest', 'predict', 'deny', 'acknowledge', 'note', 'stress', 'admit', 'announce', 'confirm'])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we'])

function isVerb (t: Token): boolean {
  return (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'say')) && REPORTING_VERBS.has(t.lemma)
}

/** The speaker of a source region: a named actor, an anonymous description or a pronoun to resolve. */
function sourceOf (region: Range, s: Sentence, set: ActorSet, text: string, memory: SpeakerMemory): { speaker: string | null, kind: SourceKind, confidence: number } | null {
  const body = text.slice(region.start, region.end)
  const mentions = set.within(region).filter((m) => {
    const prev = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(s.start, m.start - 12), m.start))?.[1]?.toLowerCase()
    const possessive = /^['’]s?\b/.test(text.slice(m.end, m.end + 2))
    const adjective = set.actors.get(m.actor)?.kind === 'state' && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && m.surface !== set.actors.get(m.actor)?.name
    return !possessive && !adjective && !(prev !== undefined && LOCATIVE.has(prev))
  })
  const pick = mentions.find((m: Mention) => set.actors.get(m.actor)?.kind === 'person') ?? mentions[0]
  const words = body.toLowerCase().match(/[\p{L}']+/gu) ?? []
  if (pick !== undefined) return { speaker: pick.actor, kind: 'named', confidence: 0.85 }
  if (words.length === 1 && PRONOUNS.has(words[0] as string)) {
    const w = words[0] as string
    const resolved = w === 'he' || w === 'she' ? memory.person : memory.any
    return resolved === null ? { speaker: null, kind: 'anonymous', confidence: 0.3 } : { speaker: resolved, kind: 'named', confidence: 0.7 }
  }
  if (words.length > 0 && words.length <= 8 && words.some((w) => ANONYMOUS_HEADS.has(w))) {
    // "the official added": a definite description continues the last named source
    if (words[0] === 'the' && words.length <= 3 && memory.person !== null && !/s$/.test(words.at(-1) as string)) return { speaker: memory.person, kind: 'named', confidence: 0.55 }
    return { speaker: null, kind: 'anonymous', confidence: 0.75 }
  }
  return null
}

export function attribute (s: Sentence, set: ActorSet, text: string, memory: SpeakerMemory): Attribution {
  const whole: Range = { start: s.start, end: s.end }
  const author: Attribution = { speaker: null, sourceKind: 'author', cue: null, frame: null, content: whole, rule: 'author-voice', confidence: 0.7, verb: null }
  const toks = s.tokens

  // "according to X"
  const acc = toks.findIndex((t, i) => t.lower === 'according' && toks[i + 1]?.lower === 'to')
  if (acc !== -1) {
    const from = toks[acc] as Token
    const after = text.slice(from.end, s.end)
    const stop = /[,;]|\.$|$/.exec(after.replace(/[.]$/, ''))
    const end = stop === null ? s.end : from.end + stop.index
    const frame = { start: from.start, end }
    const src = sourceOf({ start: (toks[acc + 1] as Token).end, end }, s, set, text, memory)
    const content = from.start - s.start > s.end - end ? { start: s.start, end: from.start } : { start: end, end: s.end }
    if (src !== null) return { speaker: src.speaker, sourceKind: src.kind, cue: 'according to', frame, content, rule: 'according-to', confidence: src.confidence, verb: 'according' }
  }

  // agentless passive: "is seen as", "is expected to"
  const passive = AGENTLESS.exec(s.text)
  const verbs = toks.map((t, i) => ({ t, i })).filter(({ t }) => isVerb(t))
  for (const { t, i } of verbs) {
    const next = toks[i + 1]
    const prevTok = toks[i - 1]
    // post-posed: "..., X said." / "..., said X." — a comma or closing quote before the source
    const tail = text.slice(t.end, s.end)
    const commaBefore = text.slice(s.start, t.start).search(/[,"”’]\s*[^,"”]*$/)
    if (i > 2 && commaBefore !== -1 && /^[^,;:]{0,60}[.!?]?["”]?$/.test(tail)) {
      const srcStart = s.start + commaBefore + 1
      const srcRegion = t.start - srcStart > 1 ? { start: srcStart, end: t.start } : { start: t.end, end: s.end }
      const src = sourceOf(srcRegion, s, set, text, memory)
      if (src !== null) {
        const content = { start: s.start, end: s.start + commaBefore }
        return { speaker: src.speaker, sourceKind: src.kind, cue: t.text, frame: { start: srcStart, end: s.end }, content, rule: 'verb-after-content', confidence: src.confidence, verb: t.lemma }
      }
    }
    // pre-posed: "X said (that) ...", "X expressed caution about ...", "X told reporters that ..."
    if (next === undefined || prevTok === undefined) continue
    // "is expected to": a passive, not X reporting
    if (['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(prevTok.lower)) continue
    let cue = t.text
    let contentStart = t.end
    let k = i + 1
    if (t.lemma === 'express') { const obj = toks[i + 1]; if (obj !== undefined) { cue = text.slice(t.start, obj.end); contentStart = obj.end; k = i + 2 } }
    if (t.lemma === 'tell') { const that = toks.findIndex((x, j) => j > i && (x.lower === 'that' || x.text === ',' || x.text === ':')); if (that !== -1 && that - i <= 4) { k = that; contentStart = (toks[that - 1] as Token).end } }
    const lead = toks[k]
    if (lead !== undefined && (lead.lower === 'that' || lead.text === ':' || lead.text === ',')) contentStart = lead.end
    else if (lead !== undefined && /^["“‘]$/.test(lead.text)) contentStart = lead.start
    else if (t.lemma === 'express') contentStart = lead?.start ?? contentStart
    else if (!(BARE_CLAUSE.has(t.lemma) && lead !== undefined && ['DET', 'PRON', 'PROPN', 'NOUN'].includes(lead.pos) && toks.slice(k + 1, k + 7).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower))))) continue
    const clauseStart = Math.max(s.start, ...toks.slice(0, i).filter((x) => x.text === ';' || x.lower === 'but').map((x) => x.end))
    const src = sourceOf({ start: clauseStart, end: t.start }, s, set, text, memory)
    if (src === null) continue
    const content = { start: contentStart, end: s.end }
    if (content.end - content.start < 8) continue
    return { speaker: src.speaker, sourceKind: src.kind, cue, frame: null, content: { start: clauseStart, end: s.end }, rule: 'verb-before-content', confidence: src.confidence, verb: t.lemma }
  }
  if (passive !== null) {
    return { speaker: null, sourceKind: 'anonymous', cue: passive[0].replace(/\s+/g, ' '), frame: null, content: whole, rule: 'agentless-passive', confidence: 0.65, verb: passive[1] ?? null }
  }
  return author
}
