import type { Range } from '../seed/segment.js'
import type { ActorSet, Mention } from './actors.js'
import type { Sentence, Token } from './nlp.js'
import { ANONYMOUS_HEADS, DENIAL_VERBS, INSTITUTION_HEADS, LOCATIVE, ORG_DESCRIPTORS, ORG_WORDS, REPORTING_VERBS, SPEAKS_FOR, isTitle } from './lexicon.js'

// Attribution (PARC: source, cue, content). The patterns of edited news prose: a reporting
// verb before or after the content ("X said that ...", "..., X said", "..., said X"),
// "according to X", a colon after the source, an agentless passive ("is seen as", "is
// expected to") for an anonymous source, and continuations ("he said", "the official
// added", "the regulator said") resolved to the most recent compatible named source.
// No cue: the article's own voice.

type SourceKind = 'named' | 'anonymous' | 'author'
export interface Attribution {
  speaker: string | null
  sourceKind: SourceKind
  cue: string | null
  /** the cue and the source together, where they stand outside the content */
  frame: Range | null
  content: Range
  rule: string
  confidence: number
  verb: string | null
}

/** The most recent sources, for pronouns and definite descriptions. */
export interface SpeakerMemory {
  person: string | null
  organization: string | null
  any: string | null
  /** people named or quoted, most recent last, and the gender the text gives each ("he", "Ms") */
  persons?: string[]
  gender?: Map<string, 'm' | 'f'>
}

/** "he" / "his" / "she" / "her": the most recent person the text does not give the other gender,
 * never one the same sentence names ("She said Gstrein had ...": she is not Gstrein). */
function personFor (memory: SpeakerMemory, word: string, named: ReadonlySet<string> = new Set()): string | null {
  const want = ['he', 'his', 'him'].includes(word) ? 'm' : ['she', 'her', 'hers'].includes(word) ? 'f' : null
  if (want === null || memory.persons === undefined || memory.gender === undefined) return memory.person
  const recent = [...memory.persons].reverse().filter((p) => !named.has(p))
  return recent.find((p) => memory.gender?.get(p) === want || !memory.gender?.has(p)) ?? recent[0] ?? memory.person
}

const AGENTLESS = /\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+|generally\s+|largely\s+)?(seen as|expected to|expected|believed to|thought to|considered|viewed as|said to|reported to|understood to|regarded as)(?=[\s,.])/
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we'])
/** Verbs whose content may follow without "that": "He said the talks failed". */
const BARE_CLAUSE = new Set(['say', 'tell', 'believe', 'think', 'warn', 'argue', 'insist', 'claim', 'suggest', 'predict', 'deny', 'acknowledge', 'note', 'stress', 'admit', 'announce', 'confirm', 'conclude', 'add', 'doubt', 'fear']) // "doubts the plan will survive": a clause with no "that"
/** Verbs whose content is their object: "X rejected the proposal", "X welcomed the decision". */
const OBJECT_VERBS = new Set(['want', 'deny', 'reject', 'dismiss', 'dispute', 'contest', 'refute', 'rebut', 'repudiate', 'welcome', 'praise', 'criticize', 'criticise', 'condemn', 'express', 'urge', 'confirm', 'announce', 'complain', 'call', 'expect', 'predict', 'forecast', 'estimate', 'oppose', 'back', 'endorse', 'applaud', 'describe'])
/** Stances taken with no object: "A parents' group, X, disagreed." */
const INTRANSITIVE = new Set(['disagree', 'object', 'protest', 'agree', 'complain'])
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'secretariat', 'statement'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** "the company", "the firm": any organisation a business noun introduced. */
const GENERIC_BUSINESS = new Set(['company', 'firm', 'group', 'business', 'operator'])
const BUSINESS = new Set(['company', 'firm', 'operator', 'chain', 'maker', 'manufacturer', 'carrier', 'airline', 'insurer', 'lender', 'bank',
  'retailer', 'supermarket', 'broadcaster', 'newspaper', 'supplier', 'distributor', 'conglomerate', 'giant', 'platform', 'utility',
  'automaker', 'carmaker', 'shipowner', 'shipper', 'refiner', 'subsidiary', 'brand', 'provider', 'start-up', 'startup', 'group'])
/** Who is told: "told reporters" is one cue. */
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'delegates', 'students', 'supporters', 'viewers', 'listeners', 'investors', 'analysts'])

/** Heads of an organisation described by an indefinite noun phrase: "a farmers' organisation", "a residents' group". */
const INDEFINITE_BODIES = new Set(['organisation', 'organization', 'group', 'association', 'union', 'federation', 'charity', 'body', 'coalition', 'alliance', 'campaign', 'lobby', 'committee', 'council', 'company', 'firm', 'cooperative'])

/** Records that speak for no one named: "according to documents seen by ...", "The documents show". */
const DOCUMENTS = new Set(['document', 'documents', 'papers', 'records', 'emails', 'e-mails', 'minutes', 'filings', 'files', 'memo', 'memos', 'correspondence', 'letters', 'messages', 'recordings'])
/** Heads a definite description of an organisation may have ("the ministry", "the carrier"); "the refunds" is none. */
const SOURCE_NOUNS = new Set([...INSTITUTION_HEADS, ...ORG_WORDS, ...ORG_DESCRIPTORS, ...BUSINESS, ...GENERIC_BUSINESS, 'watchdog', 'regulator', 'authorities', 'prosecutors', 'prosecution', 'defence', 'defense', 'campaign', 'embassy', 'consulate', 'delegation', 'opposition', 'administration', 'presidency', 'palace', 'state'])

/** "The finance ministry estimates that ...": a third-person verb the tagger calls a noun, right
 * after its subject (an actor's mention) and before "that" ("the ministry's estimates that" is a noun). */
export function singularNounVerb (toks: Token[], i: number, set: ActorSet): boolean {
  const t = toks[i] as Token
  const prev = toks[i - 1]
  // ("Kjærgaard disputes the result": a denial takes its object without "that")
  const denial = DENIAL_VERBS.has(t.lemma) && ['DET', 'PRON'].includes(toks[i + 1]?.pos ?? '')
  if (!(t.pos === 'NOUN' && (REPORTING_VERBS.has(t.lemma) || DENIAL_VERBS.has(t.lemma)) && t.lower === `${t.lemma}s` && (toks[i + 1]?.lower === 'that' || denial)) || prev === undefined) return false
  // ("One board member, who asked not to be named, doubts the plan ...": the comma closing a
  // relative clause on the subject stands where the subject's last word would)
  if (prev.text === ',') return toks.slice(0, i - 1).some((x, j) => x.text === ',' && ['who', 'which'].includes(toks[j + 1]?.lower ?? '') && j > 0)
  return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && set.mentions.some((m) => m.end === prev.end)
}

function isVerb (t: Token): boolean {
  return (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'say')) && (REPORTING_VERBS.has(t.lemma) || DENIAL_VERBS.has(t.lemma))
}

interface Source { speaker: string | null, kind: SourceKind, confidence: number }

/** The speaker of a source region: a named actor, an anonymous description or a pronoun to resolve. */
export function sourceOf (region: Range, s: Sentence, set: ActorSet, text: string, memory: SpeakerMemory): Source | null {
  const body = text.slice(region.start, region.end)
  if (/["“”]/.test(body)) return null
  const mentions = set.within(region).filter((m) => {
    const prev = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(region.start, m.start - 12), m.start))?.[1]?.toLowerCase()
    const possessive = /^['’]s?\b/.test(text.slice(m.end, m.end + 2))
    const actor = set.actors.get(m.actor)
    // "Uzbek officials": a demonym modifying a noun is not the source itself
    // ("the Finnish government" is the state speaking)
    // ("Washington said", "the Kremlin denied": a state's seat of government followed by its verb is no adjective)
    const following = s.tokens.find((x) => x.start >= m.end)
    const adjective = actor?.kind === 'state' && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && m.surface !== actor.name && !/^\s+(?:government|authorities|leadership|cabinet)\b/.test(text.slice(m.end, m.end + 16)) &&
      !(following !== undefined && (following.pos === 'VERB' || following.pos === 'AUX') && !/^\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic)$/u.test(m.surface))
    // ("a statement from X", "a spokesman for X": X speaks; "talks in X": a place)
    const speaksFor = SPEAKS_FOR.test(text.slice(Math.max(region.start, m.start - 40), m.start))
    return !possessive && !adjective && !(prev !== undefined && LOCATIVE.has(prev) && !speaksFor)
  })
  const words = body.toLowerCase().match(/[\p{L}']+/gu) ?? []
  // "documents seen by X": the one who saw them is not the source
  const seen = /\b(?:seen|obtained|reviewed|examined|published)\s+by\b/.exec(body)
  const record = words.slice(0, 4).some((w) => DOCUMENTS.has(w)) && !words.slice(0, 4).some((w) => /['’]s$/.test(w))
  if (record && (seen !== null || mentions.every((m) => m.start - region.start > 40))) return { speaker: null, kind: 'anonymous', confidence: 0.6 }
  // "an official at the bank who asked not to be named": the head comes early, the rest describes it;
  // "one of them", "two former employees, who spoke on condition of anonymity"
  const anonymous = words.length > 0 && words.length <= 14 && (words.slice(0, 5).some((w) => ANONYMOUS_HEADS.has(w) && !SPOKES.has(w)) ||
    /^(?:one|some|two|three|several|many|most|all) of (?:them|those|these|us)$/.test(words.join(' ')) || /\b(?:anonymity|not to be named|not authori[sz]ed to)\b/.test(body.toLowerCase()))
  // "A farmers' organisation in Ede disputed that": an organisation described, not named, is an
  // unnamed source (never one the description names: "a spokesman for X" is X)
  if (mentions.length === 0 && ['a', 'an'].includes(words[0] ?? '') && words.length <= 8 && words.slice(1, 5).some((w) => INDEFINITE_BODIES.has(w)) && !words.some((w) => /^(?:spokes\p{L}*|representatives?|officials?|members?|chairs?|head|director)$/u.test(w))) return { speaker: null, kind: 'anonymous', confidence: 0.55 }
  // "Vaitkienė's office", "the minister's spokeswoman": an office speaks for its holder
  const owner = set.within(region).find((m) => m.start - region.start <= 4 && new RegExp(`^['’]s?\\s+(?:press\\s+)?(?:office|${[...SPOKES].join('|')})\\s*$`).test(text.slice(m.end, region.end)))
  if (owner !== undefined) return { speaker: owner.actor, kind: 'named', confidence: 0.6 }
  // "a spokesman for the office": the description after "for" is the one that speaks
  const forWhom = /^(?:an?|the)\s+(?:\p{L}+\s+)?(?:spokes\p{L}+|representative|official)\s+(?:for|from|at|of)\s+(the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s*$/u.exec(body)
  if (mentions.length === 0 && forWhom !== null) {
    const from = region.start + body.lastIndexOf(forWhom[1] as string)
    const described = sourceOf({ start: from, end: region.end }, s, set, text, memory)
    if (described?.speaker != null) return { ...described, confidence: Math.min(described.confidence, 0.55) }
  }
  const pick: Mention | undefined = mentions.find((m) => set.actors.get(m.actor)?.kind === 'person') ?? mentions[0]
  if (pick !== undefined && !(anonymous && mentions.every((m) => set.actors.get(m.actor)?.kind !== 'person') && !words.some((w) => SPOKES.has(w)))) {
    return { speaker: pick.actor, kind: 'named', confidence: set.actors.get(pick.actor)?.registry === true ? 0.9 : 0.8 }
  }
  // the people the sentence names outside the source: a pronoun source is none of them
  const namedHere = () => new Set(set.within(s).filter((m) => (m.end <= region.start || m.start >= region.end) && set.actors.get(m.actor)?.kind === 'person').map((m) => m.actor))
  if (words.length === 1 && PRONOUNS.has(words[0] as string)) {
    const w = words[0] as string
    const resolved = w === 'he' || w === 'she' ? personFor(memory, w, namedHere()) : w === 'it' ? memory.organization : memory.any
    return resolved === null ? null : { speaker: resolved, kind: 'named', confidence: 0.7 }
  }
  if (words.length === 0 || words.length > 14) return null
  // "his office", "her spokesperson", "its statement": the person or organisation last named
  if (words.length <= 3 && ['his', 'her', 'its', 'their'].includes(words[0] as string)) {
    const resolved = words[0] === 'its' ? memory.organization : words[0] === 'their' ? memory.any : personFor(memory, words[0] as string)
    if (resolved !== null) return { speaker: resolved, kind: 'named', confidence: 0.5 }
  }
  // "a spokesperson", "the company's spokesperson": the organisation speaks by office
  if (words.some((w) => SPOKES.has(w)) && memory.organization !== null) return { speaker: memory.organization, kind: 'named', confidence: 0.55 }
  if (anonymous) return { speaker: null, kind: 'anonymous', confidence: 0.75 }
  // "Firefighters said", "Neighbours told reporters": unnamed people by a plural common noun
  const regionToks = s.tokens.filter((t) => t.start >= region.start && t.end <= region.end && t.pos !== 'PUNCT')
  const head = regionToks.at(-1)
  // (the tagger calls a sentence-initial "Firefighters" a proper noun: an agent noun's plural is not a name)
  const plural = head !== undefined && ((head.pos === 'NOUN' && /s$/.test(head.lower) && head.lemma !== head.lower) ||
    (head.pos === 'PROPN' && head.start === s.start && /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ents|ors|ants)$/u.test(head.text)))
  if (mentions.length === 0 && regionToks.length <= 3 && plural && !/^(?:the|its|his|her|their)$/.test(regionToks[0]?.lower ?? '')) {
    return { speaker: null, kind: 'anonymous', confidence: 0.6 }
  }
  // "the regulator", "the mayor", "the office": a definite description continues a source:
  // the person holding that title, the organisation whose name has that head word, else the
  // organisation this sentence or the last ones spoke of
  if (words[0] === 'the' && words.length <= 3) {
    const head = words.at(-1) as string
    const actors = [...set.actors.values()]
    const titled = actors.find((a) => a.kind === 'person' && a.roles.some((r) => r.title.toLowerCase().split(/\s+/).includes(head)))
    if (titled !== undefined) return { speaker: titled.id, kind: 'named', confidence: 0.6 }
    // "the minister" with no one titled so: a person's title is never an organisation
    if (isTitle(head)) return memory.person === null ? null : { speaker: memory.person, kind: 'named', confidence: 0.45 }
    // (an organisation the text has named by then, the latest: "the union" never refers ahead to one named later)
    const named = set.mentions.filter((m) => m.start < region.start).reverse().map((m) => set.actors.get(m.actor))
      .find((a) => a !== undefined && a.kind !== 'person' && a.name.toLowerCase().split(/\s+/).includes(head))
    if (named !== undefined) return { speaker: named.id, kind: 'named', confidence: 0.6 }
    // "the union" after "the rail union X", "the company" after "terminal operator X": the
    // organisation last introduced by that noun, or by any business noun for "company"
    const introduced = set.mentions.filter((m) => m.start < region.start).reverse().map((m) => set.actors.get(m.actor)).find((a) => a?.descriptor !== undefined && (a.descriptor === head || (GENERIC_BUSINESS.has(head) && BUSINESS.has(a.descriptor))))
    if (introduced !== undefined) return { speaker: introduced.id, kind: 'named', confidence: 0.55 }
    if (!SOURCE_NOUNS.has(head)) return null
    const here = set.within({ start: s.start, end: region.start }).find((m) => set.actors.get(m.actor)?.kind === 'organization')
    if (here !== undefined) return { speaker: here.actor, kind: 'named', confidence: 0.5 }
    if (memory.organization !== null) return { speaker: memory.organization, kind: 'named', confidence: 0.45 }
  }
  return null
}

export function attribute (s: Sentence, clause: Range, set: ActorSet, text: string, memory: SpeakerMemory): Attribution {
  const author: Attribution = { speaker: null, sourceKind: 'author', cue: null, frame: null, content: clause, rule: 'author-voice', confidence: 0.7, verb: null }
  const toks = s.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end)
  const clauseText = text.slice(clause.start, clause.end)

  // "according to X"
  const acc = toks.findIndex((t, i) => t.lower === 'according' && toks[i + 1]?.lower === 'to')
  if (acc !== -1) {
    const from = toks[acc] as Token
    const after = text.slice(from.end, clause.end)
    const stop = /[,;]|[.]\s*$|$/.exec(after)
    let end = stop === null ? clause.end : from.end + stop.index
    // "according to her lawyer, Sabine Kranebitter": the name in apposition is the source
    const apposed = set.mentions.find((m) => m.start > end && /^,\s*$/.test(text.slice(end, m.start)) && set.actors.get(m.actor)?.kind === 'person')
    if (apposed !== undefined && apposed.end <= clause.end && /^\s*(?:[,;.]|$)/.test(text.slice(apposed.end, clause.end))) end = apposed.end
    const frame = { start: from.start, end }
    const src = sourceOf({ start: (toks[acc + 1] as Token).end, end }, s, set, text, memory)
    // "Fares, according to X, will rise": the content stands on both sides of the frame
    const middle = /[,]\s*$/.test(text.slice(clause.start, from.start)) && /^,/.test(text.slice(end, end + 1)) && /\p{L}/u.test(text.slice(end + 1, clause.end)) && from.start - clause.start > 8
    const content = middle ? clause : from.start - clause.start > clause.end - end ? { start: clause.start, end: from.start } : { start: end, end: clause.end }
    if (src !== null) return { speaker: src.speaker, sourceKind: src.kind, cue: text.slice(from.start, (toks[acc + 1] as Token).end), frame: middle ? null : frame, content, rule: 'according-to', confidence: src.confidence, verb: 'according' }
  }

  // a quotation followed by its source: "“...,” she said." / "“...,” said the minister."
  const closing = /[,?!.]["”]\s+/g
  let q: RegExpExecArray | null
  while ((q = closing.exec(clauseText)) !== null) {
    const after = clause.start + q.index + q[0].length
    const verbIdx = toks.findIndex((t) => t.start >= after && isVerb(t))
    if (verbIdx === -1) break
    const t = toks[verbIdx] as Token
    let region = t.start - after > 1 ? { start: after, end: t.start } : { start: t.end, end: toks.find((x, j) => j > verbIdx && (x.text === ',' || x.text === '.'))?.start ?? clause.end }
    // '"...," said his lawyer, Jitka Novak.': the person named in apposition to the title speaks, not the possessor
    if (region.start === t.end) {
      const named = set.mentions.find((m) => m.start > region.end && /^,\s*$/.test(text.slice(region.end, m.start)) && set.actors.get(m.actor)?.kind === 'person')
      if (named !== undefined && named.end <= clause.end && /^\s*(?:[,;.]|$)/.test(text.slice(named.end, clause.end))) region = { start: named.start, end: named.end }
    }
    const src = sourceOf(region, s, set, text, memory)
    if (src !== null) {
      // "..., X told reporters.": the listener is part of the cue
      const listener = t.lemma === 'tell' && t.start - after > 1 ? toks[verbIdx + 1] : undefined
      const cueEnd = t.start - after > 1 ? (listener !== undefined && LISTENERS.has(listener.lower) ? listener.end : t.end) : region.end
      // more after the source (", adding that ..."): the content runs on, for the parts to split
      // (", who chairs the union": a relative clause describes the source, it is not content)
      const more = /,\s+\S+\s+\S+\s+\S+/.test(text.slice(cueEnd, clause.end)) && !/^\s*,\s+who\b/.test(text.slice(cueEnd, clause.end))
      return { speaker: src.speaker, sourceKind: src.kind, cue: text.slice(t.start - after > 1 ? region.start : t.start, cueEnd).replace(/[,.]$/, ''), frame: more ? null : { start: after, end: clause.end }, content: { start: clause.start, end: more ? clause.end : clause.start + q.index + 2 }, rule: 'quote-then-source', confidence: src.confidence, verb: t.lemma }
    }
  }

  for (const [i, t] of toks.entries()) {
    // (the tagger may call "show" in "The documents show that" a noun: a plural subject, then "that")
    const nounVerb = t.pos === 'NOUN' && REPORTING_VERBS.has(t.lemma) && t.lower === t.lemma && toks[i + 1]?.lower === 'that' && toks[i - 1]?.pos === 'NOUN' && /s$/.test(toks[i - 1]?.lower ?? '')
    if (!isVerb(t) && !nounVerb && !singularNounVerb(toks, i, set)) continue
    // "She does not dispute the money": a denial denied is the article's report, no cue
    if (DENIAL_VERBS.has(t.lemma) && toks.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'not' || x.lower === "n't" || x.lower === 'never')) continue
    // "did not say whether they would call a vote": a verb inside an embedded question is no cue
    if (toks.slice(Math.max(0, i - 6), i).some((x) => x.lower === 'whether')) continue
    const next = toks[i + 1]
    const prevTok = toks[i - 1]
    // "The refunds, estimated at 4 million euros, are ...": a participle describing a noun, not a report
    if (prevTok?.text === ',' && /ed$/.test(t.lower) && ['at', 'by', 'in', 'from', 'as', 'to', 'for'].includes(next?.lower ?? '')) continue
    // post-posed: "..., X said." / "..., said X." — a comma before the source, a short tail
    // ("..., said X, a professor of law at Y.": a description of the source may follow it)
    const tail = text.slice(t.end, clause.end)
    let commaBefore = text.slice(clause.start, t.start).search(/,\s*[^,]*$/)
    // "..., the office's president, Zofia Kamińska, told reporters": the source and its title in apposition
    let apposed: Range | null = null
    if (commaBefore !== -1 && t.start - (clause.start + commaBefore + 1) <= 1) {
      const m = /,\s*([^,]{2,60}),\s*([^,]{2,40}),\s*$/.exec(text.slice(clause.start, t.start)) ?? /,\s*([^,]{2,40}),\s*$/.exec(text.slice(clause.start, t.start))
      if (m !== null) {
        const from = clause.start + m.index
        const noVerb = !toks.some((x) => x.start > from && x.end <= t.start && (x.pos === 'VERB' || x.pos === 'AUX'))
        const name = (m[2] ?? m[1]) as string
        const nameStart = from + m[0].lastIndexOf(name)
        if (noVerb) { apposed = { start: nameStart, end: nameStart + name.length }; commaBefore = m.index }
      }
    }
    // the content before the comma has a verb of its own: "In a statement, the company said" has none
    // ("Asked about the delay, X said ...": a participle opening the sentence is no content)
    const opener = toks[0] !== undefined && toks[0].pos === 'VERB' && /(?:ed|ing)$/.test(toks[0].lower)
    const contentHasVerb = commaBefore !== -1 && !opener && toks.some((x) => x.end <= clause.start + commaBefore && (x.pos === 'AUX' || x.pos === 'VERB'))
    // ("The firm named in the report, Vexa, disputed that claim": a denial with an object of its own has no content before it)
    const objectOfDenial = DENIAL_VERBS.has(t.lemma) && /^\s*[^,;:.]*\p{L}/u.test(tail)
    // ("..., says X, who chairs the union.": a relative clause describing the source may follow it)
    const relTail = /^([^,;:]{0,60}),\s+who\s[^,;:"“”]{0,80}[.!?]?$/.exec(tail)
    if (i > 2 && commaBefore !== -1 && contentHasVerb && !objectOfDenial && (relTail !== null || /^[^,;:]{0,60}(?:,\s+(?:a|an|the|its|his|her|their)\s[^,;:]{0,80})?[.!?]?$/.test(tail))) {
      const srcStart = clause.start + commaBefore + 1
      const srcEnd = relTail !== null ? t.end + (relTail[1] as string).length : clause.end
      const srcRegion = apposed ?? (t.start - srcStart > 1 ? { start: srcStart, end: t.start } : { start: t.end, end: srcEnd })
      // "..., said the minister." names a source after the verb; "X, who ..., said the talks
      // failed" does not: a source has no verb of its own
      const after = srcRegion.start === t.end && toks.some((x) => x.start >= t.end && x.end <= srcEnd && (x.pos === 'AUX' || x.pos === 'VERB'))
      const src = after ? null : sourceOf(srcRegion, s, set, text, memory)
      if (src !== null) {
        const cue = t.lemma === 'tell' && next !== undefined && LISTENERS.has(next.lower) ? text.slice(t.start, next.end) : t.text
        return { speaker: src.speaker, sourceKind: src.kind, cue, frame: { start: srcStart, end: clause.end }, content: { start: clause.start, end: clause.start + commaBefore }, rule: 'verb-after-content', confidence: src.confidence, verb: t.lemma }
      }
    }
    // "X disagreed.": a stance with no object; the clause is its own content
    if (INTRANSITIVE.has(t.lemma) && (next === undefined || next.pos === 'PUNCT') && i > 0) {
      const src = sourceOf({ start: clause.start, end: t.start }, s, set, text, memory)
      if (src !== null) return { speaker: src.speaker, sourceKind: src.kind, cue: t.text, frame: null, content: clause, rule: 'stance-verb', confidence: src.confidence * 0.9, verb: t.lemma }
    }
    // pre-posed: "X said (that) ...", "X expressed caution about ...", "X told reporters that ..."
    if (next === undefined) continue
    if (prevTok !== undefined && BE.has(prevTok.lower)) continue // "is expected to": a passive
    let cue = t.text
    let fixedCue = false
    let k = i + 1
    if (t.lemma === 'express' && toks[i + 1] !== undefined) { cue = text.slice(t.start, (toks[i + 1] as Token).end); k = i + 2 }
    if (t.lemma === 'tell') {
      const that = toks.findIndex((x, j) => j > i && (x.lower === 'that' || x.text === ',' || x.text === ':'))
      const far = toks.findIndex((x, j) => j > i + 1 && j - i <= 10 && x.lower === 'that' && toks.slice(i + 2, j).every((y) => y.pos !== 'VERB' && y.pos !== 'AUX' && y.text !== ','))
      // "told a local radio station that": a listener's noun phrase, all of it the cue
      const phrase = far !== -1 && far - i <= 6 && toks.slice(i + 1, far).every((y) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(y.pos)) && (toks[far - 1] as Token).pos === 'NOUN'
      if (that !== -1 && that - i <= 4) { cue = text.slice(t.start, (toks[that - 1] as Token).end); k = that } else if (phrase) {
        cue = text.slice(t.start, (toks[far - 1] as Token).end); k = far; fixedCue = true
      } else if (far !== -1 && ['NOUN', 'PROPN', 'PRON'].includes(next.pos)) {
        // "told parents at a meeting on Tuesday that ...": the listener is the cue, the adverbial is not
        cue = text.slice(t.start, next.end); k = far; fixedCue = true
      } else if (next.pos === 'NOUN' && LISTENERS.has(next.lower)) {
        // "told reporters the talks had failed": the listener is part of the cue
        cue = text.slice(t.start, next.end); k = i + 2
      }
    }
    // "had argued in March that ...": a short adverbial between the verb and its content
    const that = toks.findIndex((x, j) => j > k && j - k <= 3 && x.lower === 'that' && toks.slice(k, j).every((y) => y.pos !== 'VERB' && y.pos !== 'AUX' && y.text !== ','))
    if (that !== -1 && toks[k]?.lower !== 'that') k = that
    const lead = toks[k]
    const colon = toks.findIndex((x, j) => j > i && j - i <= 12 && x.text === ':' && /^\s*["“]/.test(text.slice(x.end, x.end + 3)))
    if (lead === undefined) continue
    // ("said Kern had ...": a name the tagger calls a verb is still a subject; "said talks with two
    // smaller parties, X and Y, had begun": a long subject)
    const bare = BARE_CLAUSE.has(t.lemma) && (['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(lead.pos) || set.mentions.some((m) => m.start === lead.start)) &&
      toks.slice(k + 1, k + 16).some((x, j) => (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower))) && (j < 7 || !REPORTING_VERBS.has(x.lemma)))
    const ok = lead.lower === 'that' || lead.text === ':' || lead.text === ',' || /^["“]$/.test(lead.text) || OBJECT_VERBS.has(t.lemma) || bare || colon !== -1
    if (!ok) continue
    if (colon !== -1 && lead.lower !== 'that') cue = text.slice(t.start, (toks[colon] as Token).start).trim().split(/\s+/).slice(-3).join(' ')
    const semis = toks.slice(0, i).filter((x) => x.text === ';').map((x) => x.end)
    const regionStart = Math.max(clause.start, ...semis)
    // "The strike, she said, had cost ...": a parenthetical source between commas speaks the whole clause
    const paren = /,\s*$/.test(text.slice(t.end, t.end + 2)) ? /,\s*([^,]{1,40})$/.exec(text.slice(regionStart, t.start)) : null
    let src = paren !== null ? sourceOf({ start: t.start - (paren[1] as string).length, end: t.start }, s, set, text, memory) : null
    // "In a statement, the company said ...", "On Friday, she said ...": an adverbial before the source
    // ("In an interview with Radio Nord, she added": the one interviewed speaks, not the station)
    const adverbial = /^[^,]*,\s*/.exec(text.slice(regionStart, t.start))
    const prepositional = adverbial !== null && toks.find((x) => x.start >= regionStart)?.pos === 'ADP'
    if (src === null && prepositional && adverbial !== null) src = sourceOf({ start: regionStart + adverbial[0].length, end: t.start }, s, set, text, memory)
    // "The strike was called by the pilots' union, who say ...": a relative pronoun before the verb
    // stands for the noun phrase the relative clause hangs on
    if (src === null && /^\s*who\s*$/i.test(text.slice(regionStart, t.start))) {
      const head = s.tokens.filter((x) => x.end <= regionStart)
      if (head.at(-1)?.text === ',') {
        let j = head.length - 2
        while (j >= 0 && ['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'NUM'].includes((head[j] as Token).pos)) j--
        if (j < head.length - 2) src = sourceOf({ start: (head[j + 1] as Token).start, end: (head[head.length - 2] as Token).end }, s, set, text, memory)
      }
    }
    src ??= sourceOf({ start: regionStart, end: t.start }, s, set, text, memory)
    // "The union, in a statement, said": an adverbial between commas after the source
    const inner = /^(.*?),\s*(?:in|on|at|during|via|through|after|before)\s[^,]*,\s*$/.exec(text.slice(regionStart, t.start))
    if (src === null && inner !== null) src = sourceOf({ start: regionStart, end: regionStart + (inner[1] as string).length }, s, set, text, memory)
    if (src === null && adverbial !== null && !toks.some((x) => x.start >= regionStart && x.end <= regionStart + adverbial[0].length && (x.pos === 'VERB' || x.pos === 'AUX'))) {
      src = sourceOf({ start: regionStart + adverbial[0].length, end: t.start }, s, set, text, memory)
    }
    // "In June she told ...": a short prepositional opener with no comma before a pronoun
    const opening = toks.filter((x) => x.start >= regionStart && x.end <= t.start)
    const pronoun = opening.at(-1)
    if (src === null && opening[0]?.pos === 'ADP' && opening.length <= 5 && pronoun !== undefined && PRONOUNS.has(pronoun.lower) && !opening.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      src = sourceOf({ start: pronoun.start, end: t.start }, s, set, text, memory)
    }
    if (src === null) continue
    if (colon !== -1 && lead.lower !== 'that') cue = cue.replace(/^.*\b(with the \w+)$/, '$1')
    // "has rejected", "had argued": the auxiliary belongs to the cue
    const cueStart = prevTok !== undefined && ['has', 'have', 'had'].includes(prevTok.lower) ? prevTok.start : t.start
    return { speaker: src.speaker, sourceKind: src.kind, cue: fixedCue || (colon !== -1 && lead.lower !== 'that') ? cue : text.slice(cueStart, (toks[k - 1] as Token).end), frame: null, content: { start: regionStart, end: clause.end }, rule: DENIAL_VERBS.has(t.lemma) ? 'denial-verb' : 'verb-before-content', confidence: src.confidence, verb: t.lemma }
  }
  const passive = AGENTLESS.exec(clauseText)
  if (passive !== null) {
    return { speaker: null, sourceKind: 'anonymous', cue: passive[0].replace(/\s+/g, ' '), frame: null, content: clause, rule: 'agentless-passive', confidence: 0.65, verb: passive[1] ?? null }
  }
  return author
}
