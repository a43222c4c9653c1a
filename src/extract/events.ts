import type { Range } from '../seed/segment.js'
import type { ActorSet } from './actors.js'
import type { Analysis, Sentence, Token } from './nlp.js'
import { timeExpressions, type TimeExpression } from './time.js'

// Events: a trigger noun or verb of a known kind, its noun phrase as evidence, status from
// tense and modality, participants from the actors inside the phrase, location from "in/at
// <place>" and `when` from a time expression in the same sentence. A definite mention of an
// event already seen ("the agreement", "the summit") is more evidence for that event.

export type EventKind = 'summit' | 'meeting' | 'agreement' | 'negotiation' | 'deliberation' | 'statement' | 'armed_conflict' | 'attack' | 'other'
export type EventStatus = 'occurred' | 'ongoing' | 'scheduled' | 'expected' | 'proposed' | 'hypothetical' | 'cancelled'

export interface EventDraft {
  title: string
  kind: EventKind
  status: EventStatus
  evidence: Range[]
  participants: Array<{ actor: string, role: 'initiator' | 'target' | 'participant' | 'host' | 'mediator' }>
  location: string | null
  when: TimeExpression | null
  trigger: string
  rule: string
  confidence: number
}

const TRIGGERS = new Map<string, EventKind>([
  ['summit', 'summit'], ['meeting', 'meeting'], ['meet', 'meeting'], ['visit', 'meeting'], ['talk', 'negotiation'],
  ['negotiation', 'negotiation'], ['negotiate', 'negotiation'], ['agreement', 'agreement'], ['deal', 'agreement'],
  ['accord', 'agreement'], ['treaty', 'agreement'], ['ceasefire', 'agreement'], ['truce', 'agreement'], ['sign', 'agreement'],
  ['deliberation', 'deliberation'], ['deliberate', 'deliberation'], ['debate', 'deliberation'], ['vote', 'deliberation'],
  ['statement', 'statement'], ['speech', 'statement'], ['announcement', 'statement'], ['announce', 'statement'],
  ['war', 'armed_conflict'], ['conflict', 'armed_conflict'], ['fighting', 'armed_conflict'], ['invasion', 'armed_conflict'],
  ['offensive', 'armed_conflict'], ['invade', 'armed_conflict'], ['attack', 'attack'], ['strike', 'attack'], ['airstrike', 'attack'],
  ['bombing', 'attack'], ['assault', 'attack'], ['aggression', 'attack'], ['shelling', 'attack'], ['election', 'other'],
  ['referendum', 'other'], ['sanction', 'other'], ['protest', 'other'], ['strike', 'attack'], ['launch', 'other'],
  ['conference', 'meeting'], ['hearing', 'meeting'], ['inquiry', 'other'], ['investigation', 'other'], ['trial', 'other'],
  ['election', 'other'], ['ruling', 'other'], ['reform', 'other'], ['plan', 'other'], ['proposal', 'other']
])
const PROPOSED = /\b(?:draft|proposal|proposed|offer|offered|plan|would|potential|ambitions?|pursuing|seeks?|sought)\b/i
const HYPOTHETICAL = /\b(?:if|unless|could|might|potential|potentially|in case)\b/i
const SCHEDULED = /\b(?:scheduled|set to|due to|slated)\b/i
const EXPECTED = /\b(?:will|expected to|plans? to|is to|are to|intends? to|going to|need to|next)\b/i
const ONGOING = /\b(?:ongoing|continuing|continues|still|is \w+ing|are \w+ing)\b/i
const PAST_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'did'])

function phrase (s: Sentence, i: number): Range {
  const toks = s.tokens
  let a = i
  while (a > 0) {
    const p = toks[a - 1] as Token
    if (['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(p.pos) || p.lower === "'s" || p.lower === '’s' || p.text === '-') a--
    else break
  }
  let b = i
  let n = 0
  while (b + 1 < toks.length && n < 12) {
    const t = toks[b + 1] as Token
    if (t.pos === 'PUNCT' || t.lower === 'that' || t.lower === 'which' || t.lower === 'who' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break
    if (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower) && toks[b]?.lower !== 'to') break
    b++; n++
  }
  return { start: (toks[a] as Token).start, end: (toks[b] as Token).end }
}

function statusOf (s: Sentence, text: string, trigger: Token, span: Range): EventStatus {
  const before = text.slice(s.start, trigger.start)
  const local = text.slice(Math.max(s.start, span.start - 40), Math.min(s.end, span.end + 20))
  if (/\bif\b/i.test(text.slice(s.start, span.end)) && /\b(?:if|attacked|would)\b/.test(local)) return 'hypothetical'
  if (SCHEDULED.test(local)) return 'scheduled'
  if (/\b(?:future|potential)\b/i.test(text.slice(span.start, span.end))) return 'hypothetical'
  if (ONGOING.test(local)) return 'ongoing'
  if (EXPECTED.test(before.slice(-40))) return 'expected'
  if (PROPOSED.test(local)) return 'proposed'
  if (HYPOTHETICAL.test(local)) return 'hypothetical'
  const verbs = s.tokens.filter((t) => t.pos === 'VERB' || t.pos === 'AUX')
  if (verbs.some((v) => PAST_AUX.has(v.lower) || (/ed$/.test(v.lower) && v.pos === 'VERB') || v.lemma !== v.lower)) return 'occurred'
  return 'ongoing'
}

export function findEvents (a: Analysis, set: ActorSet, skip: (s: Sentence) => boolean): EventDraft[] {
  const out: EventDraft[] = []
  for (const s of a.sentences) {
    if (skip(s)) continue
    const times = timeExpressions(a.text, s)
    s.tokens.forEach((t, i) => {
      const kind = TRIGGERS.get(t.lemma)
      if (kind === undefined || !['NOUN', 'VERB', 'PROPN'].includes(t.pos)) return
      if (t.pos === 'VERB' && ['sign', 'announce', 'launch', 'vote', 'plan', 'deal', 'talk', 'visit'].includes(t.lemma) && kind !== 'meeting') return
      const span = t.pos === 'VERB' ? { start: (s.tokens[Math.max(0, i - 3)] as Token).start, end: phrase(s, i).end } : phrase(s, i)
      const mentions = set.within(span)
      const definite = /^(?:the|this|that)\s/i.test(a.text.slice(span.start, span.end))
      const same = out.find((e) => e.kind === kind && e.trigger === t.lemma)
      if (same !== undefined && definite && mentions.length === 0) { same.evidence.push(span); return }
      const when = times.find((x) => x.start >= span.start - 40 && x.end <= span.end + 40) ?? null
      const place = /\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)/u.exec(a.text.slice(span.start, span.end))
      const participants = [...new Set(mentions.map((m) => m.actor))].map((actor) => ({ actor, role: 'participant' as const }))
      out.push({
        title: a.text.slice(span.start, span.end).replace(/^(?:the|a|an|this|that)\s+/i, '').replace(/^./, (c) => c.toUpperCase()),
        kind,
        status: statusOf(s, a.text, t, span),
        evidence: [span],
        participants,
        location: place?.[1] ?? null,
        when,
        trigger: t.lemma,
        rule: `trigger-${t.pos === 'VERB' ? 'verb' : 'noun'}`,
        confidence: mentions.length > 0 ? 0.7 : 0.5
      })
    })
  }
  return out
}
