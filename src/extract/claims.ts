import type { Range } from '../seed/segment.js'
import type { ActorSet, Mention } from './actors.js'
import { attribute, sourceOf, type Attribution, type SpeakerMemory } from './attribution.js'
import { clauses, parts, relativeInSource } from './clauses.js'
import type { Analysis, Sentence, Token } from './nlp.js'
import { certaintyOf, kindOf, polarityOf, type Certainty, type ClaimKind, type Polarity } from './modality.js'
import { NOMINAL_CUES, REPORTING_VERBS, isTitle } from './lexicon.js'
import { presupposed } from './presupposed.js'

/** Nouns for what someone said: "stands by her words", "repeated the accusation". */
const SPEECH_NOUNS = new Set(['word', 'accusation', 'criticism', 'account', 'story', 'version', 'answer', 'words'])

/** Clauses cut at a subordinating conjunction: they belong to the clause before. */
const SUBORDINATE = new Set(['split-although', 'split-though', 'split-because', 'split-as', 'split-whereas'])

/** Participles that attribute or stress: "blaming a dry winter", "citing rising costs", "highlighting". */
const CAUSE_VERBS = new Set(['blame', 'cite', 'attribute', 'point', 'highlight', 'underline', 'underscore'])

// Claims: one per assertion, each with its source. Clauses are attributed one by one; a
// clause that shares its subject ("... and said it would ...") keeps the source of the
// clause before it; a sentence-initial "According to X," covers every clause; a quotation
// running over several sentences takes the source named where it closes, and a sentence
// inside a quotation already attributed keeps that source.

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

function claimText (text: string): string {
  // "Fares, according to X, will rise": the frame in the middle is not the claim's
  let t = text.trim().replace(/^[,;:]\s*/, '').replace(/,\s*according to [^,]{1,60},/i, '').replace(/^(?:and|but|while|whereas|although|though|despite|however|additionally|moreover|yet)\b[,\s]*/i, '').replace(/[\s,;:]+$/, '')
  t = t.replace(/^["“]/, '').replace(/["”]$/, '').replace(/[\s,;:]+$/, '')
  t = t.charAt(0).toUpperCase() + t.slice(1)
  return /[.!?]["”]?$/.test(t) ? t : `${t}.`
}

/** Quote marks left unbalanced by a stretch of text: it opens or closes a quotation. */
function unbalanced (t: string): boolean {
  return (t.match(/“/g) ?? []).length !== (t.match(/”/g) ?? []).length || (t.match(/"/g) ?? []).length % 2 === 1
}

interface Recent { speaker: string | null, cue: string | null, frame?: Range, kind?: 'named' | 'anonymous' }

/** "Asked whether the plan would work, she laughed.": an interviewer's question and the person
 * who answers it in the quotation that follows; no reporting verb of its own. */
const ASKED = /^Asked\s+(?:whether|if|about|why|how|what|when|where|who|to|for)\b[^,]{3,160},\s*(\S.{0,40}?)\s+\p{Ll}+(?:\s+\p{Ll}+ly)?\.?$/u

const DATA_NOUNS = 'figures|data|numbers|estimates|statistics|count|tally|survey|report|list|breakdown|forecast|projections|results|records|plan|targets'

/** Who a lead-in line speaks for: its own source, or the owner of "X's figures show:". Its
 * claims take that source too. */
function leadInSource (claims: ClaimDraft[], s: Sentence, set: ActorSet, text: string, memory: SpeakerMemory): (Recent & { sourceKind: Attribution['sourceKind'] }) | null {
  const named = claims.find((c) => c.sourceKind !== 'author')
  if (named !== undefined) return { speaker: named.speaker ?? '', sourceKind: named.sourceKind, cue: named.cue }
  const m = new RegExp(`^(.{1,60}?)['’]s\\s+(?:\\p{L}+\\s+)?(${DATA_NOUNS})\\b`, 'iu').exec(text.slice(s.start, s.end))
  if (m === null) return null
  const src = sourceOf({ start: s.start, end: s.start + (m[1] as string).length }, s, set, text, memory)
  if (src?.speaker == null) return null
  for (const c of claims) Object.assign(c, { speaker: src.speaker, sourceKind: 'named', cue: m[2], rule: 'lead-in-nominal', confidence: 0.6 })
  return { speaker: src.speaker, sourceKind: 'named', cue: m[2] as string }
}

/** The speaker a following quotation would continue: this sentence's last named source, with
 * its cue (a named claim needs the words that attribute it, so a person merely named in the
 * sentence before, as in an interview answer, is not enough). */
function recentSpeaker (claims: ClaimDraft[]): Recent | null {
  const named = claims.filter((c) => (c.sourceKind === 'named' ? c.speaker !== null : c.sourceKind === 'anonymous') && c.cue !== null).at(-1)
  // ('"Nobody checked," one of them said. "We were told ..."': an unnamed source goes on too)
  if (named?.sourceKind === 'anonymous') return { speaker: null, cue: named.cue, kind: 'anonymous' }
  return named?.speaker != null ? { speaker: named.speaker, cue: named.cue } : null
}

/** The gender the text gives each person: "Mr"/"Ms" before a mention, or the first "he"/"his" or
 * "she"/"her" after one, in the rest of its sentence, and in the next sentence too when the
 * person is the sentence's subject (no verb before the name), before another person is named. */
function genders (a: Analysis, set: ActorSet): Map<string, 'm' | 'f'> {
  const { text } = a
  const out = new Map<string, 'm' | 'f'>()
  const people = set.mentions.filter((m) => set.actors.get(m.actor)?.kind === 'person')
  // where the next mention of another person starts, for each mention (one pass from the end)
  const nextOther: number[] = new Array<number>(people.length).fill(text.length)
  for (let i = people.length - 2; i >= 0; i--) {
    const n = people[i + 1] as Mention
    nextOther[i] = n.actor !== (people[i] as Mention).actor ? n.start : (nextOther[i + 1] as number)
  }
  let k = 0
  people.forEach((m, i) => {
    while (k < a.sentences.length - 1 && (a.sentences[k] as Sentence).end < m.end) k++
    if (out.has(m.actor)) return
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1]
    if (title !== undefined) { out.set(m.actor, title === 'Mr' ? 'm' : 'f'); return }
    const s = a.sentences[k]
    if (s === undefined || s.start > m.start) return
    const subject = !s.tokens.some((x) => x.end <= m.start && (x.pos === 'VERB' || x.pos === 'AUX'))
    const limit = subject ? (a.sentences[k + 1]?.end ?? s.end) : s.end
    const next = nextOther[i] as number
    const pronoun = /\b(he|him|his|she|her|hers)\b/i.exec(text.slice(m.end, Math.min(next, limit)))?.[1]?.toLowerCase()
    if (pronoun !== undefined) out.set(m.actor, ['he', 'him', 'his'].includes(pronoun) ? 'm' : 'f')
  })
  return out
}

/** "X, one of Spain's largest installers," / "X, the country's biggest lender,": a description in
 * apposition to an organisation or state (a person's title is a role, not a claim). */
function appositives (s: Sentence, range: Range, set: ActorSet, text: string): Array<{ range: Range, actor: string, name: string }> {
  const out: Array<{ range: Range, actor: string, name: string }> = []
  for (const m of set.within(range)) {
    const actor = set.actors.get(m.actor)
    if (actor === undefined || actor.kind === 'person') continue
    const ap = /^,\s+((?:one of|among)\s[^,;"“”]{3,90}?|(?:the|a|an)\s+\p{Ll}[^,;"“”]{2,90}?|\p{Lu}[\p{L}\p{M}-]*['’]s\s+\p{Ll}[^,;"“”]{2,90}?),(?!\s*(?:and|or)\b)/u.exec(text.slice(m.end, range.end))
    if (ap === null) continue
    const start = m.end + ap[0].indexOf(ap[1] as string)
    const r = { start, end: start + (ap[1] as string).length }
    const toks = s.tokens.filter((t) => t.start >= r.start && t.end <= r.end)
    // no verb of its own ("the company, which said"; "the union, citing costs") and no title ("the chief executive")
    if (toks.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ed$/.test(t.lower)) || t.lower === 'which' || t.lower === 'who')) continue
    if (toks.some((t) => t.pos === 'NOUN' && isTitle(t.lower))) continue
    if (set.within(r).length > 0 && !/^one of|^among/.test(ap[1] as string) && set.within(r).some((x) => x.start === r.start || text.slice(r.start, x.start).split(/\s+/).length <= 2)) continue
    out.push({ range: r, actor: m.actor, name: text.slice(m.start, m.end) })
  }
  return out
}

/** Remember a person as the most recent one named or quoted. */
function notePerson (memory: SpeakerMemory, id: string): void {
  memory.person = id
  const persons = (memory.persons ?? []).filter((p) => p !== id)
  persons.push(id)
  memory.persons = persons
}

export function findClaims (a: Analysis, set: ActorSet, startOf: (s: Sentence) => number): ClaimDraft[] {
  const out: ClaimDraft[] = []
  const memory: SpeakerMemory = { person: null, organization: null, any: null, persons: [], gender: genders(a, set) }
  let quoteOpen = false
  let quoteAtt: Attribution | null = null
  let pending: ClaimDraft[] = []
  // who spoke last, for a quotation that follows with no source of its own
  let recent: Recent | null = null
  let quoteRecent: Recent | null = null
  const remember = (att: Attribution) => {
    if (att.speaker === null) return
    memory.any = att.speaker
    const kind = set.actors.get(att.speaker)?.kind
    if (kind === 'person') notePerson(memory, att.speaker)
    else memory.organization = att.speaker
  }
  // a line ending in a colon and the rows under it: "The trust's figures show:" / "North: 1,200"
  let leadIn: Recent & { sourceKind: Attribution['sourceKind'] } | null = null
  let lastEnd = 0
  const resolvePending = () => {
    if (quoteRecent === null) return
    const { speaker, cue, frame, kind } = quoteRecent
    for (const c of pending) Object.assign(c, { speaker, sourceKind: kind ?? 'named', cue, rule: 'quote-after-speaker', confidence: 0.5, subjects: c.subjects.filter((x) => x !== speaker) })
    if (frame !== undefined && pending[0] !== undefined && !pending[0].evidence.some((e) => e.start === frame.start)) pending[0].evidence.push(frame)
  }
  for (const s of a.sentences) {
    const start = startOf(s)
    if (start >= s.end) continue
    const gap = a.text.slice(lastEnd, s.start)
    const row = leadIn !== null && /^[^\S\n]*\n[^\S\n]*$/.test(gap)
    if (!row) leadIn = null
    lastEnd = s.end
    const range = { start, end: s.end }
    const sentenceText = a.text.slice(start, s.end)
    // a quotation never runs over a paragraph break unclosed: the next paragraph reopens it
    // with a quotation mark (the same speaker goes on) or it ended with the paragraph
    let reopened = false
    if (quoteOpen && /\n/.test(gap)) {
      if (/^["“]/.test(sentenceText)) reopened = true
      else { resolvePending(); quoteOpen = false; pending = []; quoteAtt = null }
    }
    const balanceText = reopened ? sentenceText.slice(1) : sentenceText
    const continuesQuote = quoteOpen
    const opensQuote = /^["“]/.test(sentenceText) && unbalanced(balanceText)
    // a sentence that starts a quotation: if it closes with no source, its speaker is the
    // one of the sentence before ("Senator X said the bill was dead. "It will never pass."")
    const startsQuote = /^["“]/.test(sentenceText) && !continuesQuote
    if (startsQuote) quoteRecent = recent
    let previous: Attribution | null = null
    const sentenceAtt = attribute(s, range, set, a.text, memory)
    const sentenceWide = sentenceAtt.rule === 'according-to' && /^according to/i.test(sentenceText)
    for (const clause of clauses(s, range, a.text)) {
      let att = sentenceWide ? { ...sentenceAtt, content: clause.range } : attribute(s, clause.range, set, a.text, memory)
      // ("... but would not say whether ...": a refusal to say is the article's report, not the source's)
      const silent = /^\W*(?:and|but)?\s*(?:would|could|did|does|will)\s+not\s+(?:say|comment|confirm|disclose|specify)\b/i.test(a.text.slice(clause.range.start, clause.range.end))
      // ("called the deal a first step and said more countries were expected to join": the
      // second reporting verb is the cue, not the passive inside what it reports)
      const passiveInReport = att.rule === 'agentless-passive' && clause.rule === 'split-and-verb'
      if ((att.sourceKind === 'author' || passiveInReport) && clause.sharedSubject && previous !== null && previous.sourceKind !== 'author' && !silent) {
        const verb = /^\s*and\s+(\S+)/.exec(a.text.slice(clause.range.start, clause.range.end))?.[1] ?? null
        const lemma = s.tokens.find((t) => t.start > clause.range.start && t.text === verb)?.lemma ?? null
        att = { ...previous, cue: clause.rule === 'split-and-verb' ? verb : previous.cue, verb: clause.rule === 'split-and-verb' ? lemma : null, content: clause.range, frame: null, rule: 'shared-subject' }
      }
      // "She said X had postponed it, although an inspection had flagged it": a subordinate
      // clause inside reported content is reported too
      if (att.sourceKind === 'author' && SUBORDINATE.has(clause.rule) && previous !== null && previous.sourceKind !== 'author' && ['verb-before-content', 'subordinate-in-report', 'shared-subject'].includes(previous.rule)) {
        att = { ...previous, content: clause.range, frame: null, rule: 'subordinate-in-report', confidence: previous.confidence * 0.9 }
      }
      // a source after the last clause ("..., the ministry said") speaks the clauses before it too
      const postposed = sentenceAtt.frame !== null && (sentenceAtt.rule === 'verb-after-content' || sentenceAtt.rule === 'quote-then-source')
      // (the first clause carries the frame as evidence too: '"A, and B," she told reporters')
      if (att.sourceKind === 'author' && postposed && clause.range.end <= (sentenceAtt.frame?.start ?? 0)) att = { ...sentenceAtt, content: clause.range, frame: previous === null ? sentenceAtt.frame : null }
      if (att.sourceKind === 'author' && continuesQuote && quoteAtt !== null) att = { ...quoteAtt, content: clause.range, frame: null, rule: 'quote-continued', confidence: 0.6 }
      remember(att)
      previous = att
      const made: ClaimDraft[] = []
      let mainHedge: Certainty = 'certain'
      const pieces = parts(s, att.content, set, a.text)
      pieces.forEach((p, n) => {
        const toks = s.tokens.filter((t) => t.start >= p.range.start && t.end <= p.range.end)
        if (toks.filter((t) => t.pos !== 'PUNCT').length < 2) return
        let { certainty } = certaintyOf(toks)
        if (p.inherit && certainty === 'certain') certainty = mainHedge
        if (n === 0) mainHedge = certainty
        if (att.rule === 'agentless-passive' && /expected|likely/.test(att.cue ?? '') && certainty === 'certain') certainty = 'probable'
        if (/\?["”]?$/.test(a.text.slice(p.range.start, p.range.end).trim())) certainty = 'uncommitted'
        const owned = p.nominal?.owner !== undefined ? sourceOf(p.nominal.owner, s, set, a.text, memory) : null
        const unnamed = p.nominal?.speaker === '' && owned?.speaker == null
        const speaker = unnamed ? null : owned?.speaker ?? p.nominal?.speaker ?? att.speaker
        // a participle that reports or blames is its own cue ("blaming a dry winter"); "injuring
        // two passengers" is content, under the sentence's cue
        const participle = toks.find((t) => /ing$/.test(t.lower))
        const cue = p.nominal?.cue ?? (p.rule === 'split-participle' && att.sourceKind !== 'author' && participle !== undefined && (REPORTING_VERBS.has(participle.lemma) || CAUSE_VERBS.has(participle.lemma)) ? participle.text : att.cue)
        const verb = p.nominal !== undefined ? 'suggest' : att.verb
        // a denial verb negates the part it governs, not a participle or a nominal after it
        const opener = s.tokens.filter((t) => t.end <= p.range.start).at(-1)?.lower ?? null
        const { polarity } = polarityOf(toks, n === 0 && p.nominal === undefined ? att.verb : null, opener)
        const evidence: Range[] = p.pieces ?? [p.range]
        const frame = p.nominal?.frame ?? att.frame
        // the cue goes with the part next to it: the first if it stands before, the last if after
        const adjacent = frame !== null && (p.nominal !== undefined || (frame.end <= p.range.start ? n === 0 : n === pieces.length - 1))
        if (frame !== null && adjacent && (frame.end <= p.range.start || frame.start >= p.range.end)) evidence.push(frame)
        const subjects = [...new Set(set.within(p.range).map((m) => m.actor))].filter((id) => id !== speaker)
        const base = p.nominal !== undefined ? 0.7 : att.confidence
        const confidence = base * (p.rule === 'clause' ? 1 : 0.85) * (clause.rule === 'sentence' ? 1 : 0.9)
        made.push({
          text: claimText(p.pieces === undefined ? a.text.slice(p.range.start, p.range.end) : p.pieces.map((r) => a.text.slice(r.start, r.end).trim()).join(' ')),
          range: p.range,
          evidence,
          kind: kindOf(toks, verb, cue),
          speaker,
          sourceKind: unnamed ? 'anonymous' : p.nominal !== undefined ? 'named' : att.sourceKind,
          cue,
          certainty,
          polarity,
          subjects,
          rule: p.nominal !== undefined ? 'nominal-cue' : `${att.rule}/${clause.rule}/${p.rule}`,
          confidence: Math.round(confidence * 100) / 100,
          sentence: s
        })
      })
      const rel = att.sourceKind === 'named' ? relativeInSource(s, clause.range) : null
      if (rel !== null) {
        // "X, who heads the office, called the deal ...": the claim a source's verb takes with its
        // object leaves the relative clause on the source out of its evidence and its text
        for (const c of made) {
          const i = c.evidence.findIndex((r) => r.start < rel.start && r.end > rel.end)
          if (i === -1) continue
          const r = c.evidence[i] as Range
          const left = { start: r.start, end: rel.start - (a.text.slice(0, rel.start).match(/,\s*$/)?.[0].length ?? 0) }
          const right = { start: rel.end + (a.text.slice(rel.end).match(/^,\s*/)?.[0].length ?? 0), end: r.end }
          c.evidence.splice(i, 1, left, right)
          if (c.range.start === r.start && c.range.end === r.end) c.text = claimText(`${a.text.slice(left.start, left.end)} ${a.text.slice(right.start, right.end)}`)
        }
      }
      out.push(...made)
      if (rel !== null) {
        // "X, who met both sides on Sunday, said ...": the relative clause is the article's own
        const toks = s.tokens.filter((t) => t.start >= rel.start && t.end <= rel.end)
        const subject = att.speaker ?? ''
        out.push({
          text: claimText(a.text.slice(rel.start, rel.end).replace(/^(who|which)\b/, (w) => set.actors.get(subject)?.name ?? w)),
          range: rel,
          evidence: [rel],
          kind: kindOf(toks, null, null),
          speaker: null,
          sourceKind: 'author',
          cue: null,
          certainty: certaintyOf(toks).certainty,
          polarity: polarityOf(toks, null).polarity,
          subjects: subject === '' ? [] : [subject],
          rule: 'relative-clause-in-source',
          confidence: 0.55,
          sentence: s
        })
      }
      for (const ap of appositives(s, clause.range, set, a.text)) {
        // "SolaraVerde, one of Spain's largest installers, ...": a fact in the article's voice
        if (out.some((c) => c.sentence === s && c.range.start === ap.range.start)) continue
        const toks = s.tokens.filter((t) => t.start >= ap.range.start && t.end <= ap.range.end)
        out.push({
          text: claimText(`${ap.name} is ${a.text.slice(ap.range.start, ap.range.end)}`),
          range: ap.range,
          evidence: [ap.range],
          kind: 'report',
          speaker: null,
          sourceKind: 'author',
          cue: null,
          certainty: certaintyOf(toks).certainty,
          polarity: 'positive',
          subjects: [ap.actor],
          rule: 'appositive-fact',
          confidence: 0.5,
          sentence: s
        })
      }
      for (const p of presupposed(s, clause.range)) {
        // a fact taken for granted inside a noun phrase, unless a part already says just that
        const len = p.range.end - p.range.start
        if (out.some((c) => c.sentence === s && Math.min(c.range.end, p.range.end) - Math.max(c.range.start, p.range.start) > 0.8 * Math.max(len, c.range.end - c.range.start))) continue
        const toks = s.tokens.filter((t) => t.start >= p.range.start && t.end <= p.range.end)
        out.push({
          text: claimText(a.text.slice(p.range.start, p.range.end)),
          range: p.range,
          evidence: [p.range],
          kind: kindOf(toks, null, null),
          speaker: null,
          sourceKind: 'author',
          cue: null,
          certainty: p.certainty,
          polarity: p.polarity,
          subjects: [...new Set(set.within(p.range).map((m) => m.actor))],
          rule: p.rule,
          confidence: 0.45,
          sentence: s
        })
      }
      if (att.sourceKind === 'author' && (opensQuote || continuesQuote || startsQuote)) pending.push(...made)
      if (att.rule === 'quote-then-source') {
        // the source named where a quotation closes speaks its earlier sentences too
        for (const c of pending) Object.assign(c, { speaker: att.speaker, sourceKind: att.sourceKind, cue: att.cue, rule: 'quote-closed-later', confidence: 0.6 })
        pending = []
      }
      if (att.sourceKind !== 'author') quoteAtt = att
    }
    if (sentenceAtt.speaker === null) {
      const org = set.within(range).find((m) => ['organization', 'state'].includes(set.actors.get(m.actor)?.kind ?? ''))
      if (org !== undefined) memory.organization = org.actor
      // "Senator X skipped the vote. ..., his office said": the people named, the sentence's
      // subject the most recent ("Judge X gave the engineer, Y, ... . She said": X, the subject)
      const people = set.within(range).filter((m) => set.actors.get(m.actor)?.kind === 'person')
      for (const m of people) notePerson(memory, m.actor)
      const subject = people.find((m) => !s.tokens.some((x) => x.end <= m.start && (x.pos === 'VERB' || x.pos === 'AUX')))
      if (subject !== undefined) notePerson(memory, subject.actor)
    }
    quoteOpen = quoteOpen !== unbalanced(balanceText)
    if (!quoteOpen) resolvePending()
    if (!quoteOpen) { pending = []; if (!continuesQuote) quoteAtt = null }
    const mine = out.filter((c) => c.sentence === s)
    if (leadIn !== null) {
      const { speaker, sourceKind, cue } = leadIn
      for (const c of mine) if (c.sourceKind === 'author') Object.assign(c, { speaker: speaker === '' ? null : speaker, sourceKind, cue, rule: 'list-row-under-lead-in', confidence: 0.6 })
    } else if (/:\s*$/.test(sentenceText)) leadIn = leadInSource(mine, s, set, a.text, memory)
    // ('"Sleep," she said. "And then check the weather."': a quoted answer too short to be a
    // claim still names who goes on speaking)
    recent = recentSpeaker(mine) ?? (mine.length === 0 && sentenceAtt.sourceKind === 'named' && sentenceAtt.speaker !== null && sentenceAtt.cue !== null ? { speaker: sentenceAtt.speaker, cue: sentenceAtt.cue } : null)
    const asked = recent === null && mine.every((c) => c.sourceKind === 'author') ? ASKED.exec(sentenceText) : null
    if (asked !== null && /^\s*\n?\s*["“]/.test(a.text.slice(s.end, s.end + 4))) {
      // the answer that follows is the person's; the question is its cue and part of its evidence
      const subject = start + sentenceText.lastIndexOf(asked[1] as string)
      const src = sourceOf({ start: subject, end: subject + (asked[1] as string).length }, s, set, a.text, memory)
      if (src?.speaker != null && set.actors.get(src.speaker)?.kind === 'person') {
        recent = { speaker: src.speaker, cue: 'Asked', frame: { start, end: s.end - (/[.]$/.test(sentenceText) ? 1 : 0) } }
        notePerson(memory, src.speaker)
        for (const c of mine) out.splice(out.indexOf(c), 1)
      }
    } else if (recent === null && mine.length > 0 && mine.every((c) => c.sourceKind === 'author') && !/["“”]/.test(sentenceText) && /^[^\S\n]*["“]/.test(a.text.slice(s.end, s.end + 4))) {
      // "Kovačić stands by what she said. "I did not say ..."": a short sentence whose subject is a
      // person and whose object is what they said (a reporting verb or a noun of speech after its
      // verb), then a quotation in the same paragraph with no source of its own: the quotation is
      // that person's, the sentence's verb its cue (the sentence stays a claim of its own; "X
      // laughed." names no speech and leaves the quotation in the article's voice)
      const toks = s.tokens.filter((t) => t.start >= start)
      const verbAt = toks.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
      const speech = verbAt > 0 && toks.slice(verbAt + 1).some((t) => (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) || (t.pos === 'NOUN' && (NOMINAL_CUES.has(t.lower) || NOMINAL_CUES.has(t.lemma) || SPEECH_NOUNS.has(t.lemma))))
      const subject = verbAt > 0 ? { start, end: (toks[verbAt - 1] as Token).end } : null
      const src = subject !== null && speech && toks.filter((t) => t.pos !== 'PUNCT').length <= 10 ? sourceOf(subject, s, set, a.text, memory) : null
      if (src?.speaker != null && set.actors.get(src.speaker)?.kind === 'person') {
        const verb = toks[verbAt] as Token
        const particle = toks[verbAt + 1]
        const cueEnd = particle !== undefined && (particle.pos === 'ADP' || particle.pos === 'PART') && particle.lower !== 'to' ? particle.end : verb.end
        recent = { speaker: src.speaker, cue: a.text.slice(verb.start, cueEnd) }
      }
    }
  }
  return out
}
