import type { Range } from '../seed/segment.js'
import type { ActorSet } from './actors.js'
import type { ClaimDraft } from './claims.js'
import type { Analysis, Sentence, Token } from './nlp.js'
import { REPORTING_VERBS } from './lexicon.js'
import { timeExpressions, type TimeExpression } from './time.js'

// Events: what happens in a clause (its main verb, unless that verb only reports speech or
// states a relation) and happenings named by a noun ("the summit", "the planned merger").
// Status from tense and modality: an "if" or could/may/might → hypothetical; "is
// scheduled/set/due to" → scheduled; will/would/is expected to/plans → expected; a
// progressive or a continuing verb → ongoing; past → occurred; a draft or proposal →
// proposed; a happening blocked, broken off or called off → cancelled.

type EventKind = 'summit' | 'meeting' | 'agreement' | 'negotiation' | 'deliberation' | 'statement' | 'armed_conflict' | 'attack' | 'other'
type EventStatus = 'occurred' | 'ongoing' | 'scheduled' | 'expected' | 'proposed' | 'hypothetical' | 'cancelled'

export interface EventDraft {
  title: string
  kind: EventKind
  status: EventStatus
  evidence: Range[]
  participants: Array<{ actor: string, role: 'initiator' | 'target' | 'participant' | 'host' | 'mediator' }>
  location: string | null
  when: TimeExpression | null
  trigger: string
  sentence: Sentence
  rule: string
  confidence: number
}

const NOUNS = new Map<string, EventKind>([
  ['summit', 'summit'], ['meeting', 'meeting'], ['visit', 'meeting'], ['conference', 'meeting'], ['talk', 'negotiation'],
  ['negotiation', 'negotiation'], ['agreement', 'agreement'], ['deal', 'agreement'], ['accord', 'agreement'], ['treaty', 'agreement'],
  ['ceasefire', 'agreement'], ['truce', 'agreement'], ['merger', 'agreement'], ['deliberation', 'deliberation'], ['inquiry', 'deliberation'],
  ['investigation', 'deliberation'], ['vote', 'deliberation'], ['debate', 'deliberation'], ['hearing', 'deliberation'],
  ['statement', 'statement'], ['speech', 'statement'], ['announcement', 'statement'], ['complaint', 'statement'], ['proposal', 'statement'],
  ['war', 'armed_conflict'], ['conflict', 'armed_conflict'], ['fighting', 'armed_conflict'], ['invasion', 'armed_conflict'],
  ['offensive', 'armed_conflict'], ['attack', 'attack'], ['strike', 'attack'], ['airstrike', 'attack'], ['bombing', 'attack'],
  ['assault', 'attack'], ['aggression', 'attack'], ['shelling', 'attack'], ['election', 'other'], ['referendum', 'other'],
  ['sanction', 'other'], ['protest', 'other'], ['trial', 'other'], ['ruling', 'other'], ['decision', 'other'], ['appeal', 'other'],
  ['drought', 'other'], ['outbreak', 'other'], ['closure', 'other'], ['test', 'other'], ['reform', 'other'], ['schedule', 'agreement'], ['plan', 'other']
])
const VERB_KINDS = new Map<string, EventKind>([
  ['meet', 'meeting'], ['visit', 'meeting'], ['host', 'meeting'], ['agree', 'agreement'], ['sign', 'agreement'], ['negotiate', 'negotiation'],
  ['talk', 'negotiation'], ['vote', 'deliberation'], ['deliberate', 'deliberation'], ['debate', 'deliberation'], ['investigate', 'deliberation'],
  ['deny', 'statement'], ['reject', 'statement'], ['complain', 'statement'], ['propose', 'statement'], ['announce', 'statement'],
  ['warn', 'statement'], ['accuse', 'statement'], ['criticize', 'statement'], ['criticise', 'statement'], ['condemn', 'statement'],
  ['welcome', 'statement'], ['attack', 'attack'], ['strike', 'attack'], ['bomb', 'attack'], ['shell', 'attack'], ['invade', 'armed_conflict'], ['fight', 'armed_conflict']
])
/** Verbs that report or relate rather than happen: no event of their own. */
const NO_EVENT = new Set(['be', 'seem', 'appear', 'remain', 'mean', 'need', 'say', 'tell', 'add', 'believe', 'think', 'know', 'lack', 'want',
  'hope', 'expect', 'follow', 'involve', 'address', 'raise', 'hinge', 'depend', 'see', 'consider', 'note', 'argue', 'claim', 'suggest',
  'comment', 'respond', 'explain', 'insist', 'stress', 'call', 'describe', 'conclude', 'cost', 'concern', 'regard', 'do', 'let', 'can'])
const CANCELLING = new Set(['block', 'cancel', 'scrap', 'halt', 'suspend', 'abandon', 'break', 'postpone', 'veto'])
const ONGOING_VERBS = new Set(['resume', 'continue', 'open', 'start', 'begin', 'launch', 'try', 'keep', 'pursue'])
const MODAL_POSSIBLE = new Set(['could', 'may', 'might'])
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'
/** A day or month the text fixes: "on Friday", "in October", "on 9 June", "on March 4". */
const FIRM_DATE = new RegExp(`\\b(?:on|in|for)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTHS}|\\d{1,2}\\s+(?:${MONTHS}))\\b`)

/** Status from the words that govern the head: its auxiliaries and the verbs just before it. */
function statusOf (toks: Token[], sentence: Sentence, head: Token): EventStatus {
  const at = toks.indexOf(head)
  const lead = (at === -1 ? sentence.tokens.filter((t) => t.end <= head.start) : toks.slice(0, at)).slice(-5)
  const aux = lead.map((t) => t.lower).join(' ')
  const all = toks.map((t) => t.lower)
  if (all.includes('if') || all.includes('unless') || lead.some((t) => MODAL_POSSIBLE.has(t.lower))) return 'hypothetical'
  if (head.lemma === 'schedule' || /\b(?:scheduled|set|due|slated) to\b/.test(aux)) return 'scheduled'
  if (/\b(?:will|'ll)$/.test(aux) && FIRM_DATE.test(all.join(' '))) return 'scheduled' // "will vote on 9 June": a firm date
  if (/\b(?:will|would|'ll|expected to|likely to|plans? to|intends? to|going to|promised)\b/.test(aux) || head.lemma === 'promise') return 'expected'
  // a target date ahead: "includes 5,000 new trees by 2030"
  if (head.lower === head.lemma && /\bby (?:the end of )?(?:\d{4}|next|autumn|spring|summer|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b/.test(all.join(' '))) return 'expected'
  if (/\b(?:until|since)\b/.test(all.join(' ')) || ONGOING_VERBS.has(head.lemma) || (/\b(?:is|are|am)$/.test(aux) && /ing$/.test(head.lower))) return 'ongoing'
  if (head.lower === head.lemma && !/\b(?:has|have|had|did|was|were)\b/.test(aux)) return 'ongoing'
  return 'occurred'
}

/** Status of a happening named by a noun: its modifiers, then the verb that governs it. */
function nounStatus (a: Analysis, s: Sentence, r: Range): EventStatus {
  const phrase = a.text.slice(r.start, r.end).toLowerCase()
  const before = s.tokens.filter((t) => t.end <= r.start)
  const governor = [...before].reverse().find((t) => t.pos === 'VERB')
  if (governor !== undefined && CANCELLING.has(governor.lemma) && r.start - governor.end < 30) return 'cancelled'
  if (/\bongoing\b/.test(phrase)) return 'ongoing'
  if (/\b(?:potential|future|possible)\b/.test(phrase)) return 'hypothetical'
  if (/\b(?:planned|proposed|draft)\b/.test(phrase) || /\b(?:ambitions?|pursuing|seeks?|proposal)\b/.test(a.text.slice(r.start, Math.min(s.end, r.end + 30)).toLowerCase())) return 'proposed'
  if (/\bongoing\b/.test(phrase)) return 'ongoing'
  const after = s.tokens.filter((t) => t.start >= r.end).slice(0, 4)
  const verb = after.find((t) => t.pos === 'VERB' || t.pos === 'AUX') ?? governor
  if (verb === undefined) return 'occurred'
  return statusOf([...after, ...before.slice(-4)], s, verb)
}

function kindFor (head: Token, toks: Token[]): EventKind {
  const own = VERB_KINDS.get(head.lemma)
  if (own !== undefined) return own
  const object = toks.find((t) => t.start > head.start && NOUNS.has(t.lemma) && t.pos === 'NOUN')
  return object === undefined ? 'other' : NOUNS.get(object.lemma) as EventKind
}

function titleOf (text: string, r: Range): string {
  const t = text.slice(r.start, r.end).replace(/\s+/g, ' ').replace(/^(?:the|a|an|this|that|if)\s+/i, '').replace(/[\s,.;:"“”]+$/, '')
  const short = t.length > 120 ? `${t.slice(0, 117).replace(/\s+\S*$/, '')}...` : t
  return short.charAt(0).toUpperCase() + short.slice(1)
}

/** The noun phrase around an event noun: its modifiers and the phrases after it. */
function nounPhrase (s: Sentence, i: number): Range {
  const toks = s.tokens
  let a = i
  while (a > 0) {
    const p = toks[a - 1] as Token
    if (['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(p.pos) || p.lower === "'s" || p.lower === '’s' || (p.pos === 'VERB' && /ed$/.test(p.lower) && toks[a - 2]?.pos === 'DET')) a--
    else break
  }
  let b = i
  let inPhrase = false
  while (b + 1 < toks.length && b - i < 14) {
    const t = toks[b + 1] as Token
    if (t.pos === 'ADP' && t.lower !== 'that') { inPhrase = true; b++; continue }
    if (inPhrase && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos)) { b++; continue }
    if (inPhrase && t.lower === 'and' && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(toks[b + 2]?.pos ?? '')) { b++; continue }
    if (b === i && t.pos === 'VERB' && /ed$|held|made|led|set|spread/.test(t.lower)) { inPhrase = true; b++; continue }
    break
  }
  return { start: (toks[a] as Token).start, end: (toks[b] as Token).end }
}

export function findEvents (a: Analysis, set: ActorSet, claims: ClaimDraft[]): EventDraft[] {
  const out: EventDraft[] = []
  const seen = new Set<string>()
  const times = new Map<Sentence, TimeExpression[]>()
  const timesOf = (s: Sentence) => { let t = times.get(s); if (t === undefined) { t = timeExpressions(a.text, s); times.set(s, t) } return t }
  const make = (s: Sentence, r: Range, head: Token, kind: EventKind, status: EventStatus, rule: string, confidence: number) => {
    const when = timesOf(s).find((x) => x.start >= r.start && x.end <= r.end) ?? null
    const place = /\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)/u.exec(a.text.slice(r.start, r.end))
    const mentions = set.within(r)
    const first = mentions[0]
    const participants = [...new Set(mentions.map((m) => m.actor))].map((actor) => ({ actor, role: (actor === first?.actor && first.start < head.start && kind !== 'meeting' && kind !== 'negotiation' ? 'initiator' : 'participant') as 'initiator' | 'participant' }))
    seen.add(`${r.start}:${r.end}`)
    out.push({ title: titleOf(a.text, r), kind, status, evidence: [r], participants, location: place?.[1] !== undefined && set.within({ start: r.start + place.index, end: r.end }).length === 0 ? place[1] : null, when, trigger: head.lemma, sentence: s, rule, confidence })
  }

  // what happens in each claim's clause
  for (const c of claims) {
    const s = c.sentence
    let toks = s.tokens.filter((t) => t.start >= c.range.start && t.end <= c.range.end)
    // the content of a report, not the act of reporting: "X said (that) Y" → Y
    const rep = toks.findIndex((t, j) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && NO_EVENT.has(t.lemma) && !['is', 'are', 'was', 'were', 'be'].includes(toks[j - 1]?.lower ?? ''))
    if (rep !== -1 && rep < toks.length - 3) toks = toks.slice(toks[rep + 1]?.lower === 'that' ? rep + 2 : rep + 1)
    // a leading condition is an event of its own: "If the DPC finds a breach, ..."
    const comma = toks.findIndex((t) => t.text === ',')
    const segments: Token[][] = toks[0]?.lower === 'if' && comma > 2 ? [toks.slice(0, comma), toks.slice(comma + 1)] : [toks]
    for (const seg of segments) {
      const negated = seg.some((t) => t.lower === 'not' || t.lower === "n't" || t.lower === 'never')
      const head = seg.find((t) => t.pos === 'VERB' && !NO_EVENT.has(t.lemma) && !/ing$/.test(t.lower))
      if (head === undefined) continue
      if (negated && VERB_KINDS.get(head.lemma) !== 'statement' && !seg.some((t) => t.lower === 'if')) continue
      // from the subject (after a leading phrase set off by a comma) to the end of the clause
      const startAt = seg.findIndex((t, j) => t.text === ',' && j < seg.indexOf(head))
      const first = seg[startAt + 1] as Token
      const lastIdx = seg.findIndex((t, j) => j > seg.indexOf(head) && (t.text === ',' || t.text === ';' || (t.lower === 'which' && seg[j - 1]?.text === ',')))
      const last = seg[lastIdx === -1 ? seg.length - 1 : lastIdx - 1] as Token
      const r = { start: first.start, end: last.end }
      make(s, r, head, kindFor(head, seg), statusOf(seg, s, head), 'clause-predicate', 0.55)
    }
  }

  // happenings named by a noun; a definite mention of a happening already named ("the
  // inquiry", "this plan") is the same happening: one more piece of its evidence
  const byLemma = new Map<string, EventDraft>()
  for (const s of a.sentences) {
    s.tokens.forEach((t, i) => {
      const kind = NOUNS.get(t.lemma)
      if (kind === undefined || t.pos !== 'NOUN') return
      const r = nounPhrase(s, i)
      if (seen.has(`${r.start}:${r.end}`)) return
      const earlier = byLemma.get(t.lemma)
      if (earlier !== undefined && /^(?:the|this|that|these|those|its|their|his|her)\b/i.test(a.text.slice(r.start, r.end))) {
        if (earlier.evidence.length < 3) earlier.evidence.push(r)
        return
      }
      make(s, r, t, kind, nounStatus(a, s, r), 'event-noun', set.within(r).length > 0 ? 0.45 : 0.3)
      byLemma.set(t.lemma, out.at(-1) as EventDraft)
    })
  }
  return out
}
