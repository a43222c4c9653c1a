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
  ['statement', 'statement'], ['speech', 'statement'], ['announcement', 'statement'], ['complaint', 'statement'], ['proposal', 'statement'], ['suggestion', 'statement'],
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
/** Verbs that report, relate or hold a state rather than happen: no event of their own. */
const NO_EVENT = new Set(['be', 'seem', 'appear', 'remain', 'mean', 'need', 'say', 'tell', 'add', 'believe', 'think', 'know', 'lack', 'want',
  'hope', 'expect', 'follow', 'involve', 'address', 'raise', 'hinge', 'depend', 'see', 'consider', 'note', 'argue', 'claim', 'suggest',
  'comment', 'respond', 'explain', 'insist', 'stress', 'call', 'describe', 'conclude', 'cost', 'concern', 'regard', 'do', 'let', 'can',
  // a stance is a position, not a happening: "X welcomed the decision", "Y backed the plan", "Z disagreed"
  'welcome', 'support', 'back', 'oppose', 'disagree', 'endorse', 'favour', 'favor', 'applaud', 'praise', 'have', 'own', 'wish',
  'feel', 'fear', 'worry', 'estimate', 'post', 'tweet', 'belong', 'consist', 'contain', 'resemble', 'deserve',
  // a liking or a preference is a wish, not a happening: "she would like it sooner"
  'like', 'prefer', 'love'])
/** Reporting verbs that are acts of their own, but whose "that" clause is what happens: "warned that members could lose the label". */
const FRAMES_CONTENT = new Set(['warn', 'predict', 'caution', 'forecast', 'confirm', 'acknowledge', 'admit', 'concede', 'reveal', 'disclose',
  'indicate', 'signal', 'report', 'state', 'write', 'testify'])
/** Of those, the verbs that hold a state: a clause whose main verb is one of them names no happening. */
const STATIVE = new Set(['be', 'seem', 'appear', 'remain', 'mean', 'lack', 'involve', 'hinge', 'depend', 'cost', 'concern', 'regard', 'have',
  'own', 'feel', 'welcome', 'support', 'back', 'oppose', 'disagree', 'endorse', 'favour', 'favor', 'applaud', 'praise', 'belong', 'consist',
  'contain', 'resemble', 'deserve', 'like', 'prefer', 'love'])
const CANCELLING = new Set(['block', 'cancel', 'scrap', 'halt', 'suspend', 'abandon', 'break', 'postpone', 'veto', 'drop', 'shelve', 'axe'])
/** Verbs whose passive says a happening will not take place: "was dropped", "has been shelved", "were scrapped". */
const CANCELLED_PASSIVE = new Set(['cancel', 'scrap', 'abandon', 'drop', 'shelve', 'axe', 'call'])
const ONGOING_VERBS = new Set(['resume', 'continue', 'open', 'start', 'begin', 'launch', 'try', 'keep', 'pursue'])
const MODAL_POSSIBLE = new Set(['could', 'may', 'might'])
const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "'s", "'re"])
/**
 * Verbs and adjectives that govern a later happening ("wants to sell", "has offered to delay",
 * "called for an inquiry", "threatened a strike", "is expected to vote"): the happening takes
 * its status from them, not from its own tense.
 */
const GOVERNS: ReadonlyMap<string, EventStatus> = new Map([
  ...['want', 'wish', 'seek', 'offer', 'propose', 'suggest', 'urge', 'call', 'demand', 'ask', 'push', 'press', 'recommend', 'hope', 'aim',
    'lobby', 'campaign', 'petition'].map((w) => [w, 'proposed'] as const),
  ...['consider', 'threaten', 'weigh', 'explore', 'risk', 'study', 'debate', 'mull'].map((w) => [w, 'hypothetical'] as const),
  ...['schedule', 'set', 'due', 'slate'].map((w) => [w, 'scheduled'] as const),
  ...['expect', 'likely', 'plan', 'intend', 'promise', 'pledge', 'vow', 'prepare', 'agree', 'decide', 'go', 'going', 'poised', 'about',
    'vote', 'resolve', 'undertake', 'commit'].map((w) => [w, 'expected'] as const),
  ...['continue', 'keep', 'resume', 'remain'].map((w) => [w, 'ongoing'] as const)
])
/** Acts whose complement is a happening required of someone: "ordered the owner to remove the tyres". */
const ORDERING = new Set(['order', 'instruct', 'require', 'direct', 'compel', 'oblige', 'force'])
/** Acts whose complement is the thing proposed: "has offered to delay the roster", "called for an inquiry". */
const PROPOSING = new Set(['offer', 'propose', 'suggest', 'urge', 'call', 'demand', 'recommend', 'seek'])
/** Verbs that say when or whether a happening named by their subject takes place. */
const ASPECTUAL = new Set(['schedule', 'expect', 'set', 'postpone', 'cancel', 'delay', 'hold', 'begin', 'start', 'end', 'continue', 'resume',
  'take', 'last', 'open', 'close', 'conclude', 'finish', 'suspend', 'halt', 'scrap', 'abandon', 'drop', 'shelve', 'axe', 'call'])
/** Nouns whose "that" clause is the thing proposed. */
const PROPOSAL_NOUNS = new Set(['suggestion', 'proposal', 'offer', 'demand', 'call', 'plan', 'idea'])
/** Verbs that only carry the happening their object names: "opened an inquiry", "held talks", "signed a petition". */
const LIGHT = new Set(['hold', 'open', 'launch', 'start', 'begin', 'resume', 'sign', 'stage', 'conduct', 'reach', 'make', 'organise', 'organize',
  'host', 'continue', 'complete', 'finalise', 'finalize', 'collect', 'attend', 'join', 'carry', 'mount'])
/** The verb a happening's noun comes from: "the closure" after "closed", "the proposal" after "proposed". */
const NOUN_VERB = new Map([['closure', 'close'], ['decision', 'decide'], ['merger', 'merge'], ['proposal', 'propose'], ['offer', 'offer'],
  ['complaint', 'complain'], ['announcement', 'announce'], ['investigation', 'investigate'], ['vote', 'vote'], ['debate', 'debate'],
  ['visit', 'visit'], ['meeting', 'meet'], ['agreement', 'agree'], ['negotiation', 'negotiate'], ['talk', 'talk'], ['attack', 'attack'],
  ['strike', 'strike'], ['invasion', 'invade'], ['appeal', 'appeal'], ['ruling', 'rule'], ['protest', 'protest'], ['deliberation', 'deliberate'],
  ['reform', 'reform'], ['test', 'test'], ['plan', 'plan'], ['trial', 'try'], ['election', 'elect'], ['hearing', 'hear'], ['speech', 'speak']])
/** The head noun of a calendar happening's phrase: "the 2028 election". */
const NOUN_LEMMA = /\b(election|referendum|summit|census|vote)s?\b/
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'
/** A day or month the text fixes: "on Friday", "in October", "on 9 June", "on March 4", "for Thursday". */
const FIRM_DATE = new RegExp(`\\b(?:on|in|for|from)\\s+(?:(?:${WEEKDAYS})s?|${MONTHS}|\\d{1,2}\\s+(?:${MONTHS}))\\b`)
/** A day the text fixes, which a present progressive makes a plan: "are holding a protest on Saturday". */
/** A noun's own date ahead: "a strike for Thursday". */
const OWN_DATE = new RegExp(`\\bfor (?:${WEEKDAYS}|\\d{1,2} (?:${MONTHS})|(?:${MONTHS}) \\d{1,2})\\b`)
const FIRM_DAY = new RegExp(`\\b(?:on|for)\\s+(?:${WEEKDAYS}|\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2})\\b`)
const CONDITION = new Set(['if', 'unless'])
const UNDER_WAY = /^(?:\S+ )?(?:under ?way|in progress)\b/
/** A stated time ahead or a firm date, which a present simple makes a timetable: "Construction starts in 2027". */
const TIMETABLE = /\b(?:in \d{4}|next (?:week|month|year|spring|summer|autumn|winter))\b/
/** A clause's event is likelier right when its status has a firm marker (a date, a past tense) than when it rests on a modal or an aspect. */
const CLAUSE_CONFIDENCE: Record<EventStatus, number> = { scheduled: 0.65, occurred: 0.55, expected: 0.55, proposed: 0.55, cancelled: 0.55, hypothetical: 0.5, ongoing: 0.5 }
/** A stretch of time up to now: "for years", "for three months", "for decades". */
const LASTED = /\bfor (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) )?(?:weeks|months|years|decades)\b(?! of\b)/
const DURATION = /\bfor (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days?|weeks?|months?|years?)\b/
/** Words that negate a clause's predicate: a happening denied did not happen. */
const NEGATED = new Set(['not', "n't", 'never', 'nobody', 'nothing', 'none', 'neither', 'no'])
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who'])
/** Verbs that pass the role of head on to the verb after "to": "plans to ask", "is trying to sell". */
const CONTROL = new Set(['plan', 'intend', 'aim', 'prepare', 'try', 'seek', 'attempt', 'expect', 'want', 'need', 'hope', 'wish'])
/** Nouns whose "to" complement is a happening wanted, not yet real: "ambitions to join", "a bid to buy". */
const AIM_NOUNS = new Set(['ambition', 'bid', 'effort', 'attempt', 'push', 'call', 'demand', 'offer', 'proposal', 'intention', 'aim', 'goal',
  'hope', 'desire', 'drive', 'campaign', 'plan'])

const skipAdverbs = (toks: Token[], i: number, step: 1 | -1): number => {
  let j = i
  while (toks[j] !== undefined && (toks[j]?.pos === 'ADV' || toks[j]?.lower === 'not' || toks[j]?.lower === "n't")) j += step
  return j
}

/**
 * A past form: one the lemmatiser maps to another word ("brought" → bring, not "plans" → plan),
 * or an -ed form it left as it was ("reopened").
 */
const pastForm = (t: Token): boolean => t.lower.length > 4 && /[^e]ed$/.test(t.lower)
  ? true
  : t.lower !== t.lemma && ![`${t.lemma}s`, `${t.lemma}es`].includes(t.lower) && !/(?:ing|ies)$/.test(t.lower)

/** A word the tagger called a verb that is a noun: "the maternity ward at", "a new roster". */
function nounLike (toks: Token[], i: number): boolean {
  const t = toks[i] as Token
  const prev = toks[i - 1]
  if (prev === undefined) return false
  // "The Rauhkogel lift reopened": a base form right before a past verb is that verb's subject
  const next = toks[i + 1]
  if (t.lower === t.lemma && next?.pos === 'VERB' && pastForm(next) && ['DET', 'PROPN', 'ADJ', 'NOUN'].includes(prev.pos)) return true
  // "the company's listed parent": a participle between a determiner and its noun describes the noun
  if (/ed$/.test(t.lower) && (prev.pos === 'DET' || prev.lower === "'s" || prev.lower === '’s') && next?.pos === 'NOUN') return true
  if (['DET', 'ADJ', 'NUM'].includes(prev.pos) || prev.lower === "'s" || prev.lower === '’s') return t.lower === t.lemma || /ing$/.test(t.lower)
  // a base form right after a singular noun cannot be its verb ("the ward closes", not "the ward close")
  return t.lower === t.lemma && prev.pos === 'NOUN' && prev.lower === prev.lemma && !/s$/.test(prev.lower)
}

/** A verb the tagger took for a noun: "it plans to ask", "The airline plans to cut". */
const misreadVerb = (toks: Token[], k: number): boolean => toks[k + 1]?.lower === 'to' &&
  (SUBJECT_PRONOUNS.has(toks[k - 1]?.lower ?? '') || (/s$/.test(toks[k]?.lower ?? '') && ['NOUN', 'PROPN'].includes(toks[k - 1]?.pos ?? '')))

/** A present participle that is a progressive's main verb: "are continuing", "was reviewing". */
const progressive = (toks: Token[], i: number): boolean => BE.has(toks[skipAdverbs(toks, i - 1, -1)]?.lower ?? '')

/** A verb after "X, <apposition>, ..." that follows the word at i: "The firm named in the report, Vexa Ltd, denied it". */
function apposedVerb (seg: Token[], i: number): boolean {
  const c1 = seg.findIndex((t, k) => k > i && t.text === ',')
  const c2 = seg.findIndex((t, k) => k > c1 + 1 && t.text === ',')
  if (c1 === -1 || c2 === -1 || seg.slice(i + 1, c1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false
  const apposition = seg.slice(c1 + 1, c2)
  return apposition.some((t) => t.pos === 'PROPN') && apposition.every((t) => ['PROPN', 'NOUN', 'DET', 'ADJ', 'PART', 'X'].includes(t.pos)) &&
    ['VERB', 'AUX'].includes(seg[skipAdverbs(seg, c2 + 1, 1)]?.pos ?? '')
}

/**
 * A passive that calls a happening off, after a subject whose only verbs are an infinitive or a
 * participle describing it: "A ceremony to open the bridge was called off", "The fair, planned
 * for May, has been cancelled", "A plan to widen the road was dropped last year".
 */
function cancelledPassive (seg: Token[]): Token | null {
  for (let i = 1; i < seg.length; i++) {
    const t = seg[i] as Token
    if (t.pos !== 'VERB' || !CANCELLED_PASSIVE.has(t.lemma) || !pastForm(t) || (t.lemma === 'call' && seg[i + 1]?.lower !== 'off')) continue
    let j = i - 1
    while (j >= 0 && (seg[j]?.pos === 'AUX' || seg[j]?.pos === 'ADV' || seg[j]?.lower === 'not')) j--
    if (!seg.slice(j + 1, i).some((x) => BE.has(x.lower))) continue
    const before = seg.slice(0, j + 1)
    if (before.length === 0 || before.some((x) => x.text === ';')) return null
    const finite = before.some((x, k) => x.pos === 'AUX' || ['who', 'which', 'that'].includes(x.lower) ||
      (x.pos === 'VERB' && before[k - 1]?.lower !== 'to' && before[k - 1]?.text !== ','))
    return finite ? null : t
  }
  return null
}

/**
 * The verb that says what happens in a clause, or null when the clause names no happening:
 * its main verb holds a state ("The case is the first test of how ...", "has funding
 * attached"), states an ability or a habit ("can walk", "used to stay") or is a question.
 * Verbs that report or govern ("said", "wants to", "is likely to") pass the role on.
 */
function headOf (seg: Token[], condition = false): Token | null {
  const off = cancelledPassive(seg)
  if (off !== null) return off
  for (let i = 0; i < seg.length; i++) {
    const t = seg[i] as Token
    // a window open until a deadline is a happening going on: "Passengers can file claims until the
    // end of September", "Residents have until 15 May to comment on the plan"
    const window = seg.slice(i + 1).some((x) => x.lower === 'until')
    if (t.lemma === 'have' && seg[i + 1]?.lower === 'until') {
      const to = seg.findIndex((x, k) => k > i + 1 && x.lower === 'to' && seg[k + 1]?.pos === 'VERB')
      if (to !== -1 && !seg.slice(i + 2, to).some((x) => x.pos === 'VERB' || x.text === ',')) return seg[to + 1] as Token
    }
    if ((t.lower === 'can' && !condition && !window) || (t.lower === 'used' && seg[i + 1]?.lower === 'to')) return null
    if (t.pos === 'AUX' && (BE.has(t.lower) || t.lemma === 'have')) {
      const n = seg[skipAdverbs(seg, i + 1, 1)]
      if (n === undefined) return null
      // "Repair work is under way": the copula says a happening is going on
      if (BE.has(t.lower) && UNDER_WAY.test(seg.slice(i + 1, i + 4).map((x) => x.lower).join(' '))) return t
      if (n.pos === 'VERB' || n.pos === 'AUX') continue
      // "have been drinking bottled water": after "been" an -ing word is a progressive, whatever the tagger says
      if (t.lower === 'been' && n.pos === 'NOUN' && /ing$/.test(n.lower) && n.lower.length > 5) return n
      // "were likely to continue", "is due to start", "is about to"
      if ((n.pos === 'ADJ' || n.pos === 'ADP') && seg[seg.indexOf(n) + 1]?.lower === 'to') continue
      if (t.lemma === 'have' && n.lower === 'to') continue // "has to leave"
      return null
    }
    if (t.pos !== 'VERB') continue
    const next = seg[skipAdverbs(seg, i + 1, 1)]
    // "called for an inquiry", "calling on X to": a call is an act; "called the plan a wish list" is not
    if (t.lemma === 'call' && (next?.lower === 'for' || next?.lower === 'on') && !/ing$/.test(t.lower)) return t
    // "it would respond to the findings within a month": an answer promised is a happening ahead
    if ((t.lemma === 'respond' || t.lemma === 'reply') && ['will', 'would', "'ll"].includes(seg[skipAdverbs(seg, i - 1, -1)]?.lower ?? '') && !seg.some((x) => NEGATED.has(x.lower))) return t
    if (NO_EVENT.has(t.lemma)) {
      // "is seen as", "regarded as": an assessment, not a happening
      if ((STATIVE.has(t.lemma) && next?.lower !== 'to') || next?.lower === 'as') return null
      continue
    }
    if (CONTROL.has(t.lemma) && next?.lower === 'to') continue
    // "members who broke the season could lose the label": a relative clause's verb describes the
    // subject; the clause's own verb comes after it
    if (['who', 'which', 'that'].includes(seg[i - 1]?.lower ?? '') && (['NOUN', 'PROPN', 'PRON'].includes(seg[i - 2]?.pos ?? '') || (seg[i - 2]?.text === ',' && seg[i - 1]?.lower !== 'that')) &&
      seg.slice(i + 1).some((x, k) => (x.pos === 'VERB' || (x.pos === 'AUX' && !BE.has(x.lower))) && !['who', 'which', 'that'].includes(seg[i + k]?.lower ?? ''))) continue
    if (/ing$/.test(t.lower) && !progressive(seg, i)) continue
    if (nounLike(seg, i)) continue
    // "The firm named in the report, Vexa Ltd, denied it": a participle after its noun, when an
    // apposition set off by commas follows and the clause's own verb comes after it
    if (seg[i - 1]?.pos === 'NOUN' && pastForm(t) && seg[i + 1]?.pos === 'ADP' && apposedVerb(seg, i)) continue
    // "a plan led by X": a participle after its noun, not the clause's verb
    if ((seg[i - 1] === undefined || seg[i - 1]?.pos === 'NOUN' || seg[i - 1]?.text === ',') && seg[i + 1]?.lower === 'by' && t.lower !== t.lemma && i < seg.length - 3) continue
    // "the agreement to provide ...": an infinitive after a noun is part of the noun phrase, unless the noun is an aim ("ambitions to join")
    const p = seg[i - 1]
    // ("expect the bridge to reopen": after a verb's object the infinitive is a clause of its own)
    if (p?.lower === 'to' && seg[i - 2]?.pos === 'NOUN' && !AIM_NOUNS.has(seg[i - 2]?.lemma ?? '') && !SUBJECT_PRONOUNS.has(seg[i - 3]?.lower ?? '') &&
      !seg.slice(0, i - 2).some((x) => x.pos === 'VERB') && seg.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue
    return t
  }
  return null
}

/** The word that governs a happening before it: "wants to [sell]", "is expected to [vote]", "calling on X to [pay]", "called for [an inquiry]". */
function governorOf (toks: Token[], at: number): Token | null {
  let j = skipAdverbs(toks, at - 1, -1)
  const w = toks[j]
  if (w === undefined) return null
  if (w.lower === 'to' || w.lower === 'for' || w.lower === 'on') {
    j = skipAdverbs(toks, j - 1, -1)
    // an object between: "calling on the authority to pay", "urged the council to act"
    for (let k = j, n = 0; k >= 0 && n < 6; k--, n++) {
      const g = toks[k] as Token
      // (the tagger takes "plans" after a subject pronoun for a noun: "it plans to ask")
      if ((g.pos === 'VERB' || g.pos === 'ADJ' || g.pos === 'AUX' || misreadVerb(toks, k)) && GOVERNS.has(g.lemma)) return g
      if (g.pos === 'VERB' || g.pos === 'PUNCT' || g.lower === 'that') break
    }
    return null
  }
  // a direct object or a gerund: "proposed [merging]", "threatened [a strike]"
  for (let k = j, n = 0; k >= 0 && n < 4; k--, n++) {
    const g = toks[k] as Token
    if (g.pos === 'VERB' && GOVERNS.has(g.lemma) && !['continue', 'keep', 'call', 'ask'].includes(g.lemma)) return g
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART'].includes(g.pos) && !(k === j && /ing$/.test(toks[at]?.lower ?? ''))) break
  }
  return null
}

/** Status from the words that govern the head: its auxiliaries and the verbs just before it. */
function statusOf (toks: Token[], sentence: Sentence, head: Token, outer: Token | null = null): EventStatus {
  const at = toks.indexOf(head)
  const before = at === -1 ? sentence.tokens.filter((t) => t.end <= head.start) : toks.slice(0, at)
  const lead = before.slice(-5)
  const aux = lead.map((t) => t.lower).join(' ')
  const all = toks.map((t) => t.lower)
  const words = all.join(' ')
  if (all.some((w) => CONDITION.has(w)) || lead.some((t) => MODAL_POSSIBLE.has(t.lower) && t.pos !== 'PROPN')) return 'hypothetical'
  if (head.lemma === 'schedule' || /\b(?:scheduled|set|due|slated) to\b/.test(aux)) return 'scheduled'
  // "before its budget is agreed", "before the season starts": a happening awaited is ahead
  if (all[0] === 'before' && !before.some((t) => ['was', 'were', 'had', 'did'].includes(t.lower)) && !(pastForm(head) && !before.some((t) => BE.has(t.lower) || t.lemma === 'have'))) return 'expected'
  if (BE.has(head.lower) && UNDER_WAY.test(toks.slice(at + 1, at + 4).map((t) => t.lower).join(' '))) return 'ongoing'
  // "The tour has been cancelled", "broke off negotiations", "called off the strike": the happening is cancelled
  const next = toks[at + 1]?.lower
  if ((CANCELLING.has(head.lemma) && BE.has(toks[at - 1]?.lower ?? '')) || (next === 'off' && (head.lemma === 'break' || head.lemma === 'call'))) return 'cancelled'
  // the verb a report was cut from governs an infinitive left at the front: "Officials expect [the bridge to reopen]"
  const gov = (at === -1 ? null : governorOf(toks, at)) ?? (outer !== null && toks[at - 1]?.lower === 'to' && GOVERNS.has(outer.lemma) ? outer : null)
  const governed = gov === null ? undefined : GOVERNS.get(gov.lemma)
  // "would consider an appeal", "threatened to strike": a happening only weighed or threatened
  if (governed === 'hypothetical') return 'hypothetical'
  if (at > 1 && toks[at - 1]?.lower === 'to' && AIM_NOUNS.has(toks[at - 2]?.lemma ?? '') && ['DET', 'ADJ', 'PART', 'PRON'].includes(toks[at - 3]?.pos ?? '') && !SUBJECT_PRONOUNS.has(toks[at - 3]?.lower ?? '')) return 'proposed'
  if (governed === 'proposed' && !/\b(?:will|would|'ll)\b/.test(aux)) return 'proposed'
  // "the strike would continue", "talks were likely to continue": what goes on is going on
  if (head.lemma === 'continue' || head.lemma === 'keep' || head.lemma === 'remain' || governed === 'ongoing') {
    // "the strike would continue": the happening goes on; "they would keep protesting": an intention
    const happening = before.some((t) => t.pos === 'NOUN' && NOUNS.has(t.lemma))
    // ("the opposition is likely to keep it in its campaign": a prediction of what an actor goes on doing)
    return !happening && /\b(?:will|would|'ll|likely to|expected to|set to|plans? to|intends? to|going to)\b/.test(aux) ? 'expected' : 'ongoing'
  }
  if (/\b(?:will|'ll|would|shall)\b/.test(aux) && FIRM_DATE.test(words)) return 'scheduled' // "will vote on 9 June": a firm date
  if (progressive(toks, at) && /ing$/.test(head.lower) && /\b(?:is|are|am|'re)\b/.test(aux) && FIRM_DAY.test(words)) return 'scheduled'
  if (governed === 'scheduled') return FIRM_DATE.test(words) ? 'scheduled' : 'expected'
  // "intend to protest outside the town hall on 10 December": a plan with a firm day or month is
  // scheduled (a forecast is not: "expect the bridge to reopen in May")
  const ahead = at === -1 ? '' : toks.slice(at + 1).map((t) => t.lower).join(' ')
  if (gov !== null && ['plan', 'intend', 'prepare'].includes(gov.lemma) && governed === 'expected' && FIRM_DATE.test(ahead) && !pastForm(gov)) return 'scheduled'
  if (governed === 'expected' || /\b(?:will|would|'ll|shall|expected to|likely to|plans? to|intends? to|going to|promised)\b/.test(aux) || head.lemma === 'promise') return 'expected'
  if (governed === 'proposed') return 'proposed'
  // a target date ahead: "includes 5,000 new trees by 2030"
  if (head.lower === head.lemma && /\bby (?:the end of )?(?:\d{4}|next|autumn|spring|summer|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b/.test(words)) return 'expected'
  // a present simple with a time ahead is a timetable: "The trial starts on Monday", "Construction starts in 2027"
  const present = ((head.lower === head.lemma && !pastForm(head)) || head.lower === `${head.lemma}s` || head.lower === `${head.lemma}es`) && !/\b(?:has|have|had|did|was|were|is|are)\b/.test(aux) && toks[at - 1]?.lower !== 'to'
  if (present && (FIRM_DAY.test(words) || TIMETABLE.test(words))) return 'scheduled'
  const goingOn = progressive(toks, at) && /ing$/.test(head.lower)
  // "Residents have complained for years": a present perfect over a stretch of time still going on
  if (/\b(?:has|have)\b/.test(aux) && !/\bhad\b/.test(aux) && LASTED.test(words)) return 'ongoing'
  // "since" makes a present perfect last ("has poured cider since 1923", "has been closed since
  // March"), but the happening a "since" clause names is over ("since the station opened"), and
  // so is a past perfect's, told from a later past ("said the office had doubled the budget since 2020")
  const lasting = goingOn || BE.has(head.lower) || toks[at - 1]?.lower === 'been' || STATIVE.has(head.lemma)
  const since = all.lastIndexOf('since', at)
  const inSince = since !== -1 && !toks.slice(since + 1, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')
  if (all.includes('since') && !all.includes('until') && !lasting && ((inSince && pastForm(head)) || /\bhad\b/.test(aux))) return 'occurred'
  // "opened an inquiry" starts something that goes on; "the station opened" is over
  const opensNothing = head.lemma === 'open' && !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(toks[at + 1]?.pos ?? '')
  if (/\b(?:until|since)\b/.test(words) || (ONGOING_VERBS.has(head.lemma) && !opensNothing) || goingOn) return 'ongoing'
  if (head.lower === head.lemma && !pastForm(head) && !/\b(?:has|have|had|did|was|were)\b/.test(aux)) return 'ongoing'
  return 'occurred'
}

/** Status of a happening named by a noun: its modifiers, then the verb that governs it. */
function nounStatus (a: Analysis, s: Sentence, r: Range): EventStatus {
  const phrase = a.text.slice(r.start, r.end).toLowerCase()
  const before = s.tokens.filter((t) => t.end <= r.start)
  const governor = [...before].reverse().find((t) => t.pos === 'VERB')
  const object = governor !== undefined && before.slice(before.indexOf(governor) + 1).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM', 'ADP'].includes(t.pos) && t.lower !== 'in')
  if (governor !== undefined && CANCELLING.has(governor.lemma) && object && r.start - governor.end < 30) return 'cancelled'
  if (/\bongoing\b/.test(phrase)) return 'ongoing'
  // "will vote in October on a fee", "decide on the plan": what a vote or a decision is about is proposed
  const on = before.at(-1)?.lower === 'on' ? before.at(-2) : ['DET', 'ADJ', 'NUM'].includes(before.at(-1)?.pos ?? '') && before.at(-2)?.lower === 'on' ? before.at(-3) : undefined
  if (on !== undefined && ['vote', 'decide', 'rule', 'deliberate'].includes(on.lemma) && on.pos === 'VERB') return 'proposed'
  // "until the 2028 election": a happening of the calendar named by its year, in a sentence that looks ahead
  if (/\b(?:19|20)\d\d\b/.test(phrase) && /^(?:election|referendum|summit|census|vote)$/.test(NOUN_LEMMA.exec(phrase)?.[1] ?? '') &&
    /\b(?:will|would|could|may|might|until|before|next|ahead of)\b/.test(s.text.toLowerCase())) return 'scheduled'
  // "did not say whether they would call a confidence vote": a happening asked about is left open
  const asked = before.findLastIndex((t) => t.lower === 'whether')
  if (asked !== -1 && !before.slice(asked).some((t) => t.text === ',' || t.text === ';')) return 'hypothetical'
  // "called a strike for Thursday", "a vote set for 9 June": the noun's own date ahead
  if (OWN_DATE.test(phrase)) return 'scheduled'
  const next = a.text.slice(r.end, Math.min(s.end, r.end + 40)).toLowerCase()
  // "A draft decision is expected by ...", "a summit is scheduled for May": the verb after says it
  if (/^\s*(?:is|are|was|were)\s+(?:now\s+)?(?:expected|likely|due|set)\b/.test(next)) return 'expected'
  if (/^\s*(?:is|are|was|were)\s+(?:scheduled|slated)\b/.test(next)) return 'scheduled'
  // "a deal that would end the conflict": a happening not yet real
  if (/^\s*(?:that|which)\s+would\b/.test(next)) return 'proposed'
  if (/^(?:any|potential|future|possible)\b|\b(?:potential|future|possible)\b/.test(phrase) || before.slice(-4).some((t) => MODAL_POSSIBLE.has(t.lower))) return 'hypothetical'
  if (/^\s*(?:could|may|might)\b/.test(next)) return 'hypothetical'
  if (/\b(?:planned|proposed|draft)\b/.test(phrase) || /\b(?:ambitions?|pursuing|seeks?|proposal)\b/.test(a.text.slice(r.start, Math.min(s.end, r.end + 30)).toLowerCase())) return 'proposed'
  if (before.some((t) => CONDITION.has(t.lower))) return 'hypothetical'
  // the noun as object: "called for an inquiry", "threatened a strike", "would consider an appeal", "are holding a protest on Saturday"
  const first = s.tokens.findIndex((t) => t.start >= r.start)
  const gov = first === -1 ? null : governorOf(s.tokens, first)
  if (gov !== null && r.start - gov.end < 40) {
    const g = GOVERNS.get(gov.lemma)
    if (g === 'proposed' || g === 'hypothetical') return g
  }
  const after = s.tokens.filter((t) => t.start >= r.end).slice(0, 4)
  // "Putin's suggestion that China could ...": the verbs after "that" are the content's, not the act's
  if (after[0]?.lower === 'that') return governor !== undefined && object ? statusOf(s.tokens, s, governor) : 'occurred'
  // "have been on strike for three weeks": a happening that has lasted and goes on
  if (/\b(?:has|have) been\b/.test(s.text.toLowerCase()) && DURATION.test(s.text.toLowerCase())) return 'ongoing'
  const verb = after.find((t) => t.pos === 'VERB' || t.pos === 'AUX') ?? governor
  if (verb === undefined) return 'occurred'
  if (verb === governor) return statusOf(s.tokens, s, verb)
  return statusOf([...after, ...before.slice(-4)], s, verb)
}

function kindFor (head: Token, toks: Token[]): EventKind {
  const own = VERB_KINDS.get(head.lemma)
  if (own !== undefined) return own
  const object = toks.find((t) => t.start > head.start && NOUNS.has(t.lemma) && t.pos === 'NOUN')
  return object === undefined ? 'other' : NOUNS.get(object.lemma) as EventKind
}

function titleOf (text: string, r: Range): string {
  const t = text.slice(r.start, r.end).replace(/\s+/g, ' ').replace(/^(?:(?:and|but|or|so)\s+)?(?:that\s+)?/i, '').replace(/^(?:the|a|an|this|that|if)\s+/i, '').replace(/[\s,.;:"“”]+$/, '')
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
    // "a summit held in X" after a verb or a preposition; never a subject's own verb ("The closure angered parents")
    if (b === i && t.pos === 'VERB' && /ed$|held|made|led|set|spread/.test(t.lower) && ['VERB', 'ADP'].includes(toks[a - 1]?.pos ?? '')) { inPhrase = true; b++; continue }
    break
  }
  return { start: (toks[a] as Token).start, end: (toks[b] as Token).end }
}

/** A clause with a subject and a finite verb of its own after the word at i: "after [it awarded the contract]", not "after [the vote]". */
function finiteAfter (toks: Token[], i: number): boolean {
  const rest = toks.slice(i + 1)
  const stop = rest.findIndex((t) => t.text === ',' || t.text === ';')
  const clause = stop === -1 ? rest : rest.slice(0, stop)
  const v = clause.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  return v > 0 && (clause[v]?.pos === 'AUX' || pastForm(clause[v] as Token) || /s$/.test(clause[v]?.lower ?? '')) && !/ing$/.test(clause[v]?.lower ?? '') && clause[v - 1]?.lower !== 'to'
}

/** The clause a condition opens ("if both sides agree to it", "until the firm withdraws it"), up to the next comma. */
function splitConditions (toks: Token[]): Array<{ seg: Token[], condition: boolean, conditional: boolean, whether: boolean }> {
  const comma = toks.findIndex((t) => t.text === ',')
  // a leading condition: "If the DPC finds a breach, Lumora could be fined"
  if (CONDITION.has(toks[0]?.lower ?? '') && comma > 2) return [{ seg: toks.slice(0, comma), condition: true, conditional: true, whether: false }, { seg: toks.slice(comma + 1), condition: false, conditional: true, whether: false }]
  // ("will decide in May whether to limit coaches": what is decided is a happening left open)
  // ("lost its majority on Tuesday when the party pulled out": a "when" clause with its own subject is a happening of its own)
  // ("until 30 April", "until the end of June" is a deadline, not a clause)
  const deadline = (i: number) => toks.slice(i + 1, i + 4).some((x) => x.pos === 'NUM' || x.lower === 'end' || new RegExp(`^(?:${MONTHS})$`).test(x.lower))
  const at = toks.findIndex((t, i) => i > 1 && (CONDITION.has(t.lower) || (t.lower === 'until' && !deadline(i)) || t.lower === 'whether' ||
    (['when', 'after', 'before'].includes(t.lower) && ['DET', 'PROPN', 'PRON', 'NOUN'].includes(toks[i + 1]?.pos ?? '') && (t.lower === 'when' || finiteAfter(toks, i)))) && toks.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX'))
  if (at === -1) return [{ seg: toks, condition: false, conditional: false, whether: false }]
  const end = toks.findIndex((t, i) => i > at && (t.text === ',' || t.text === ';'))
  const word = (toks[at] as Token).lower
  if (word === 'when' || word === 'after') return [{ seg: toks.slice(0, at), condition: false, conditional: false, whether: false }, { seg: toks.slice(at + 1), condition: false, conditional: false, whether: false }]
  // ("would not commit before its budget is agreed": the happening awaited keeps its "before", which makes it one ahead)
  if (word === 'before') return [{ seg: toks.slice(0, at), condition: false, conditional: false, whether: false }, { seg: toks.slice(at, end === -1 ? toks.length : end), condition: false, conditional: false, whether: false }]
  return [
    { seg: toks.slice(0, at), condition: false, conditional: word !== 'until' && word !== 'whether', whether: false },
    { seg: toks.slice(word === 'whether' ? at + 1 : at, end === -1 ? toks.length : end), condition: true, conditional: true, whether: word === 'whether' }
  ]
}

/** The words a proposal proposes: "has offered [to delay the roster]", "called for [an inquiry]", "proposed [merging the ward]". */
function complementOf (seg: Token[], i: number): Range | null {
  let j = i + 1
  const stop = (k: number) => seg.findIndex((t, n) => n > k && (t.text === ',' || t.text === ';' || t.lower === 'which' || t.lower === 'but'))
  // "calling on the authority to pay", "urged the council to act": the object, then "to"
  const to = seg.findIndex((t, n) => n > i && n <= i + 7 && t.lower === 'to' && seg[n + 1]?.pos === 'VERB')
  if (to !== -1 && !seg.slice(i + 1, to).some((t) => t.pos === 'VERB' || t.text === ',')) j = to + 1
  else if (['for', 'on'].includes(seg[j]?.lower ?? '')) j++
  const first = seg[j]
  if (first === undefined || !['VERB', 'DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(first.pos)) return null
  let end = stop(j)
  if (end === -1) end = seg.length
  while (end > j + 1 && seg[end - 1]?.pos === 'PUNCT') end--
  const last = seg[end - 1] as Token
  if (last.end <= first.start) return null
  const r = { start: first.start, end: last.end }
  return r
}

export function findEvents (a: Analysis, set: ActorSet, claims: ClaimDraft[]): EventDraft[] {
  const out: EventDraft[] = []
  const seen = new Set<string>()
  const byTrigger = new Map<string, EventDraft>()
  const byTriggerBefore = new Map<string, EventDraft>()
  const bySentence = new Map<Sentence, number[]>()
  /** The latest event with this trigger in an earlier sentence, or (when `here` allows) in this one. */
  const latest = (trigger: string, s: Sentence, here: boolean) => {
    const e = byTrigger.get(trigger)
    return e === undefined ? undefined : e.sentence !== s || here ? e : byTriggerBefore.get(trigger)
  }
  const times = new Map<Sentence, TimeExpression[]>()
  const timesOf = (s: Sentence) => { let t = times.get(s); if (t === undefined) { t = timeExpressions(a.text, s); times.set(s, t) } return t }
  const make = (s: Sentence, r: Range, head: Token, kind: EventKind, status: EventStatus, rule: string, confidence: number) => {
    const when = timesOf(s).find((x) => x.start >= r.start && x.end <= r.end) ?? null
    const place = /\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)/u.exec(a.text.slice(r.start, r.end))
    const mentions = set.within(r)
    const first = mentions[0]
    const participants = [...new Set(mentions.map((m) => m.actor))].map((actor) => ({ actor, role: (actor === first?.actor && first.start < head.start && kind !== 'meeting' && kind !== 'negotiation' ? 'initiator' : 'participant') as 'initiator' | 'participant' }))
    seen.add(`${r.start}:${r.end}`)
    // look-ups by trigger and by sentence, so that joining a mention stays linear in the article's length
    const prior = byTrigger.get(head.lemma)
    if (prior !== undefined && prior.sentence !== s) byTriggerBefore.set(head.lemma, prior)
    bySentence.set(s, [...(bySentence.get(s) ?? []), out.length])
    out.push({ title: titleOf(a.text, r), kind, status, evidence: [r], participants, location: place?.[1] !== undefined && set.within({ start: r.start + place.index, end: r.end }).length === 0 ? place[1] : null, when, trigger: head.lemma, sentence: s, rule, confidence })
    byTrigger.set(head.lemma, out.at(-1) as EventDraft)
  }
  // the verbs of clause events that only carry the happening their object names ("opened an inquiry")
  const light = new Map<Token, EventDraft>()
  // happenings by the noun that names them, for later definite mentions ("the talks", "the final vote")
  const byLemma = new Map<string, EventDraft>()
  const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her'])

  // what happens in each claim's clause
  for (const c of claims) {
    const s = c.sentence
    // a question asks; it does not say that anything happens
    if (/\?["”]?\s*$/.test(a.text.slice(s.start, s.end))) continue
    let toks = s.tokens.filter((t) => t.start >= c.range.start && t.end <= c.range.end)
    // the content of a report, not the act of reporting: "X said (that) Y" → Y
    // (never a word after the clause's own verb, "she capped cruise calls", "collected signatures
    // for a petition calling on ...", nor a call for something, which is an act)
    const rep = toks.findIndex((t, j) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && ((NO_EVENT.has(t.lemma) && !STATIVE.has(t.lemma)) || (FRAMES_CONTENT.has(t.lemma) && toks[j + 1]?.lower === 'that')) &&
      !['is', 'are', 'was', 'were', 'be'].includes(toks[j - 1]?.lower ?? '') && !(t.lemma === 'call' && ['for', 'on', 'off'].includes(toks[j + 1]?.lower ?? '')))
    const clauseStart = rep === -1 ? 0 : toks.slice(0, rep).findLastIndex((t) => t.text === ',') + 1
    let outer: Token | null = null
    // ("A police officer who asked not to be named said ...": a relative clause describes the source)
    const source = rep === -1 ? [] : toks.slice(clauseStart, rep)
    const who = source.findIndex((t, j) => t.lower === 'who' && ['NOUN', 'PROPN'].includes(source[j - 1]?.pos ?? ''))
    if (rep !== -1 && rep < toks.length - 3 && headOf(who > 0 ? source.slice(0, who) : source) === null) {
      // "told parents at a meeting on Tuesday that ...": the content starts after "that"
      const that = toks.findIndex((t, j) => j > rep && j <= rep + 12 && t.lower === 'that' && !toks.slice(rep + 1, j).some((x) => x.pos === 'VERB'))
      outer = toks[rep] as Token
      toks = toks.slice(that !== -1 ? that + 1 : toks[rep + 1]?.lower === 'that' ? rep + 2 : rep + 1)
    }
    // an embedded question ("what data went into", "how it happened") asks, it does not tell;
    // one asked with "whether" names a happening left open: "did not say whether they would
    // call a vote" → the vote, hypothetical
    if (['what', 'how', 'why'].includes(toks[0]?.lower ?? '')) continue
    const open = toks[0]?.lower === 'whether'
    const queue = open ? [{ seg: toks.slice(1), condition: true, conditional: true, whether: true }] : splitConditions(toks)
    for (let q = 0; q < queue.length; q++) {
      const { seg, condition, conditional, whether } = queue[q] as (typeof queue)[number]
      const negated = seg.some((t) => NEGATED.has(t.lower))
      const head = headOf(seg, condition)
      if (head === null) continue
      if (negated && VERB_KINDS.get(head.lemma) !== 'statement' && !condition) continue
      // from the subject (after a leading phrase set off by a comma) to the end of the clause
      // (never the comma that opens a relative clause: "The office in Split, which licenses charters, opened a review")
      const comma = seg.findIndex((t, j) => t.text === ',' && j < seg.indexOf(head))
      const startAt = ['which', 'who'].includes(seg[comma + 1]?.lower ?? '') ? -1 : comma
      const first = seg[startAt + 1] as Token
      const lastIdx = seg.findIndex((t, j) => j > seg.indexOf(head) && (t.text === ',' || t.text === ';' || (t.lower === 'which' && seg[j - 1]?.text === ',')))
      // a second predicate of the same subject: "is advertising the posts ..., and has offered an allowance"
      const second = lastIdx === -1 ? -1 : lastIdx + 2
      if (second > 1 && seg[lastIdx + 1]?.lower === 'and' && ['AUX', 'VERB'].includes(seg[skipAdverbs(seg, second, 1)]?.pos ?? '')) queue.push({ seg: seg.slice(second), condition, conditional, whether })
      let last = seg[lastIdx === -1 ? seg.length - 1 : lastIdx - 1] as Token
      if (last.end <= first.start) continue
      // the thing a proposal proposes is a happening of its own, proposed: "has offered [to delay
      // the roster]", "called for [an inquiry]"; the act's own evidence stops at its first word
      const proposals: Array<{ r: Range, head: Token, cut: Token }> = []
      if (!conditional && !condition) {
        for (const [i, t] of seg.entries()) {
          if (t.pos !== 'VERB' || !PROPOSING.has(t.lemma) || i < seg.indexOf(head)) continue
          const cr = complementOf(seg, i)
          if (cr === null || cr.end > last.end) continue
          // a participle after a noun ("a petition calling on X to pay ..."): the proposal is the
          // whole participle phrase, and the act's evidence stops before it
          if (t !== head && /ing$/.test(t.lower)) proposals.push({ r: { start: t.start, end: cr.end }, head: t, cut: seg[i - 1] as Token })
          else proposals.push({ r: cr, head: seg.find((x) => x.start >= cr.start) as Token, cut: seg.find((x) => x.start >= cr.start) as Token })
        }
      }
      // the act's evidence stops where a proposed action begins ("has offered to [delay]", "proposed [merging]");
      // a proposed thing named by a noun phrase stays inside it ("called for an independent review")
      const own = proposals[0]
      if (own !== undefined && own.r.start > head.end && (own.head.pos === 'VERB' || own.cut !== own.head)) last = own.cut
      const r = { start: first.start, end: last.end }
      const status = conditional || condition ? 'hypothetical' : statusOf(seg, s, head, outer)
      // a definite mention of a happening already named as the subject ("the talks were likely to
      // continue", "the final vote could be delayed") tells more of that happening
      const subject = seg.slice(startAt + 1, seg.indexOf(head))
      const mention = subject.findIndex((x, j) => x.pos === 'NOUN' && byLemma.has(x.lemma) && DEFINITE.has(subject[j - 1]?.lower ?? subject[j - 2]?.lower ?? ''))
      // ("the closure angered parents" after "closed its ward": the verb that named it, when no noun did)
      const back = subject.find((x, j) => x.pos === 'NOUN' && NOUNS.has(x.lemma) && DEFINITE.has(subject[j - 1]?.lower ?? ''))
      const same = mention === -1
        ? back === undefined ? undefined : latest(NOUN_VERB.get(back.lemma) ?? back.lemma, s, false)
        : byLemma.get((subject[mention] as Token).lemma)
      // "The village had planned to connect to the main, but the works were scrapped": a definite
      // subject called off right after a happening still ahead is that happening, cancelled
      const article = subject.find((x) => !['and', 'but', 'or'].includes(x.lower))?.lower ?? ''
      const ahead = status === 'cancelled' && DEFINITE.has(article) && !subject.some((x) => NOUNS.has(x.lemma))
        ? (bySentence.get(s) ?? []).map((k) => out[k] as EventDraft).findLast((e) => ['expected', 'proposed', 'scheduled'].includes(e.status))
        : undefined
      if (ahead !== undefined && !condition) {
        if (ahead.evidence.length < 3) ahead.evidence.push(r)
        ahead.status = 'cancelled'
        continue
      }
      // "after the motion was tabled": a definite subject of the passive that named a happening
      // before, in an earlier sentence, retells it
      const noun = subject.findLast((x) => x.pos === 'NOUN')
      const passive = pastForm(head) && BE.has(seg[skipAdverbs(seg, seg.indexOf(head) - 1, -1)]?.lower ?? '')
      const told = same === undefined && passive && DEFINITE.has(subject[0]?.lower ?? '') && noun !== undefined ? latest(head.lemma, s, false) : undefined
      if (told !== undefined && told.sentence !== s && told.evidence.some((x) => a.text.slice(x.start, x.end).toLowerCase().includes(noun?.lower ?? '\u0000')) && !condition && !proposals.length) {
        if (told.evidence.length < 3) told.evidence.push(r)
        continue
      }
      if (same !== undefined && !condition && !proposals.length) {
        if (same.evidence.length < 3) same.evidence.push(r)
        // "Pilots walked out on Monday ... the strike would continue": a happening said to go on is going on
        if (same.status === 'occurred' && (head.lemma === 'continue' || head.lemma === 'go') && !negated) same.status = 'ongoing'
        continue
      }
      make(s, r, head, kindFor(head, seg), status, whether ? 'whether-clause' : condition ? 'condition' : 'clause-predicate', condition ? 0.55 : CLAUSE_CONFIDENCE[status])
      const made = out.at(-1) as EventDraft
      for (const x of subject) if (x.pos === 'NOUN' && NOUNS.has(x.lemma) && !byLemma.has(x.lemma)) byLemma.set(x.lemma, made)
      // the object of a verb that only carries it is this happening's name too: "resumed talks", "opened an inquiry"
      if (LIGHT.has(head.lemma)) {
        const object = seg.slice(seg.indexOf(head) + 1, seg.indexOf(head) + 5).find((x) => x.pos === 'NOUN')
        if (object !== undefined && NOUNS.has(object.lemma) && !byLemma.has(object.lemma)) byLemma.set(object.lemma, made)
      }
      if (LIGHT.has(head.lemma)) light.set(head, out.at(-1) as EventDraft)
      for (const p of proposals) if (!seen.has(`${p.r.start}:${p.r.end}`)) make(s, p.r, p.head, 'other', 'proposed', 'proposal-complement', 0.5)
      // what an order requires is a happening of its own, expected: "has ordered the owner [to remove the tyres]"
      const order = seg.findIndex((t, i) => i >= seg.indexOf(head) && t.pos === 'VERB' && ORDERING.has(t.lemma) && pastForm(t))
      const oc = !conditional && !condition && order !== -1 ? complementOf(seg, order) : null
      const ordered = oc === null ? undefined : seg.find((x) => x.start >= oc.start)
      if (oc !== null && ordered?.pos === 'VERB' && seg[seg.indexOf(ordered) - 1]?.lower === 'to' && oc.end <= last.end && !seen.has(`${oc.start}:${oc.end}`)) {
        make(s, oc, ordered, 'other', 'expected', 'order-complement', 0.45)
      }
    }
  }

  // happenings named by a noun; a definite mention of a happening already named ("the
  // inquiry", "this plan") is the same happening: one more piece of its evidence
  for (const s of a.sentences) {
    s.tokens.forEach((t, i) => {
      const kind = NOUNS.get(t.lemma)
      if (kind === undefined || t.pos !== 'NOUN' || SUBJECT_PRONOUNS.has(s.tokens[i - 1]?.lower ?? '') || misreadVerb(s.tokens, i)) return
      // "said in a statement": the medium of a report, not a happening
      if (s.tokens[i - 1]?.pos === 'DET' && s.tokens[i - 2]?.lower === 'in' && (t.lemma === 'statement' || t.lemma === 'interview')) return
      const r = nounPhrase(s, i)
      if (seen.has(`${r.start}:${r.end}`)) return
      const open = s.tokens.findIndex((x) => x.start >= r.start)
      // "The case is the first test of ...": a description after a copula names no new happening
      if (BE.has(s.tokens[open - 1]?.lower ?? '') && s.tokens[open]?.pos === 'DET') return
      // "decided at a meeting", "died during last year's drought": the setting of a happening a clause names
      if (['at', 'during', 'amid'].includes(s.tokens[open - 1]?.lower ?? '') && (bySentence.get(s) ?? []).some((k) => (out[k] as EventDraft).evidence.some((x) => x.start <= r.start && r.end <= x.end))) return
      // the object of a verb that only carries it: "opened an inquiry" is one happening, the clause's
      const gov = governorOf(s.tokens, s.tokens.findIndex((x) => x.start >= r.start))
      const carrier = [...s.tokens.slice(0, i)].reverse().find((x) => x.pos === 'VERB')
      const owner = carrier === undefined ? undefined : light.get(carrier)
      if (owner !== undefined && (gov === null || LIGHT.has(gov.lemma)) && r.start - (carrier as Token).end < 25) {
        owner.kind = kind
        byLemma.set(t.lemma, owner)
        return
      }
      // "A hearing has been scheduled for 3 May": the subject of a clause that only says when or
      // whether it happens is that clause's happening
      const clause = (bySentence.get(s) ?? []).map((k) => out[k] as EventDraft).find((e) => e.evidence[0]?.start === r.start && ASPECTUAL.has(e.trigger))
      if (clause !== undefined) {
        clause.kind = kind
        if (!byLemma.has(t.lemma)) byLemma.set(t.lemma, clause)
        return
      }
      const phrase = a.text.slice(r.start, r.end)
      const definite = /^(?:the|this|that|these|those|its|their|his|her)\b/i.test(phrase)
      const earlier = byLemma.get(t.lemma)
      if (earlier !== undefined && definite) {
        if (earlier.evidence.length < 3) earlier.evidence.push(r)
        return
      }
      // a bare definite noun ("the closure", "the decision") points back to a happening a verb
      // named: it joins that one, or names none of its own
      if (definite && /^\S+\s+\S+$/.test(phrase.trim())) {
        const verb = NOUN_VERB.get(t.lemma) ?? t.lemma
        const antecedent = latest(verb, s, true)
        if (antecedent !== undefined && antecedent.evidence.length < 3) antecedent.evidence.push(r)
        return
      }
      make(s, r, t, kind, nounStatus(a, s, r), 'event-noun', set.within(r).length > 0 ? 0.45 : 0.3)
      byLemma.set(t.lemma, out.at(-1) as EventDraft)
      // "Putin's suggestion that China could be a guarantor": what a proposal proposes, proposed
      if (PROPOSAL_NOUNS.has(t.lemma) && s.tokens[i + 1]?.lower === 'that') {
        const rest = s.tokens.slice(i + 2)
        const stop = rest.findIndex((x) => x.text === ',' || x.text === ';' || (x.pos === 'PUNCT' && /^[.!?]$/.test(x.text)))
        const body = stop === -1 ? rest : rest.slice(0, stop)
        // the act's evidence is the whole "X's suggestion that Y", as the act is annotated
        const act = out.at(-1) as EventDraft
        if (body.length > 2) act.evidence[0] = { start: r.start, end: (body.at(-1) as Token).end }
        if (body.length > 2) make(s, { start: (body[0] as Token).start, end: (body.at(-1) as Token).end }, headOf(body) ?? body[0] as Token, 'other', 'proposed', 'proposal-complement', 0.4)
      }
    })
  }
  return out
}
