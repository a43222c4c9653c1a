import type { Range } from '../seed/segment.js'
import type { ClaimDraft } from './claims.js'
import type { EventDraft } from './events.js'
import { sentenceAt, type Analysis, type Sentence } from './nlp.js'
import { timeExpressions } from './time.js'

// Open questions from what the text leaves open: an event still to come, a condition the
// outcome hinges on, an explicit unknown ("did not say whether", "it is unclear"), a claim
// resting on one unnamed source, and two sources that contradict each other.

export interface QuestionDraft {
  text: string
  kind: 'forecast' | 'unknown_fact' | 'disputed' | 'watch'
  resolutionCriteria: string
  evidence: Range[]
  actors: string[]
  events: EventDraft[]
  claims: ClaimDraft[]
  rule: string
  confidence: number
}

const UNKNOWN = /\b(?:did not|didn't|would not|wouldn't|declined to|refused to) (?:say|specify|disclose|confirm|reveal|comment on) (?:whether|when|how|who|what|why|if)\b[^.;]*|\b(?:it (?:is|was|remains) (?:unclear|not clear|uncertain|unknown)|remains to be seen|raises (?:the )?questions? (?:about|of|over|on))\b[^.;]*/i
const CONDITION = /\b(?:hinges on|depends on|depend on|contingent on|conditional on|provided that|as long as)\b[^.;,]*/i

const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|other|another|some|several|many|most|few|all|both|each|every|any|no|none|one|two|three|four|five|it|its|he|his|she|her|they|their|we|our|you|your|there|here|in|on|at|by|for|after|before|if|when|while)$/

/** Months and days keep their capital even where the article also writes the word in lower case ("may"). */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

/** Words set inside a question: the final stop goes, and the first word is lower-cased unless
 * it is "I" or a name, which the article never writes in lower case ("Wisła Air", "Warsaw"). */
export function inside (t: string, article: string): string {
  t = t.replace(/["“”\s]+$/, '').replace(/[.\s]+$/, '')
  const w = /^\p{L}[\p{L}'’-]*/u.exec(t)?.[0]
  if (w === undefined || w === 'I' || /^I['’]/.test(w) || CALENDAR.test(w)) return t
  const lower = w.toLowerCase()
  if (lower === w) return t
  if (FUNCTION_WORD.test(lower)) return `${lower}${t.slice(w.length)}`
  // (a word of letters alone is looked up among the article's words, listed once per article:
  // every question asks, and a long article has thousands)
  const seen = /^\p{L}+$/u.test(lower) ? lowerWordsOf(article).has(lower) : new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(article)
  return seen ? `${lower}${t.slice(w.length)}` : t
}

let lastWords: { article: string, words: Set<string> } | null = null
/** The runs of letters an article writes, the last article's kept. */
function lowerWordsOf (article: string): Set<string> {
  if (lastWords?.article !== article) lastWords = { article, words: new Set(article.match(/\p{L}+/gu) ?? []) }
  return lastWords.words
}

/** A claim's words split into its source, as the text names it, and what it reports: "Analysts
 * say [budget carriers are short of pilots]", "According to a person familiar with it, [...]".
 * `rest` is all that follows the cue ("that view", "the offer on Tuesday", "that it had ...");
 * null when the claim's words do not hold its source (a quotation, a source after the content). */
export function framed (c: Pick<ClaimDraft, 'text' | 'cue' | 'rule'>): { source: string, rest: string, content: string } | null {
  const t = c.text.replace(/[.\s]+$/, '')
  const acc = /^according to ([^,]{1,80}),\s*(\S.*)$/i.exec(t)
  if (acc !== null) return { source: acc[1] as string, rest: acc[2] as string, content: acc[2] as string }
  if (c.cue === null) return null
  // "the line could close for a month, the operator said": a source named after the content
  const tail = t.lastIndexOf(',')
  if (tail > 0 && t.toLowerCase().endsWith(` ${c.cue.toLowerCase()}`) && t.length - tail < 80) {
    const content = t.slice(0, tail).trim()
    return { source: t.slice(tail + 1, t.length - c.cue.length).trim(), rest: content, content }
  }
  if (!/^(?:verb-before-content|denial-verb)/.test(c.rule)) return null
  const at = t.toLowerCase().indexOf(c.cue.toLowerCase())
  if (at <= 0) return null
  const source = t.slice(0, at).replace(/[\s,]+$/, '')
  const rest = t.slice(at + c.cue.length).trim()
  // "said through a spokeswoman that ...", "denied that ...": "that" opens the content when a clause follows it
  const content = rest.replace(/^(?:(?:through|in|via|on|at|to)\s[^,]{0,40}?\s)?that\s+(?=\S+\s+\S+\s+\S)/i, '')
  return source === '' || rest === '' ? null : { source, rest, content }
}

/** "The plan would give ...", "the deal would make ...": a measure's effect under "would" (not
 * what is done to it: "the tax would be doubled" is the happening itself). */
const EFFECT = /^(?:the|this|that|its|their|his|her|a|an)\s+(?:[\p{L}-]+\s+)?(?:plan|deal|change|changes|law|rule|rules|measure|fee|tax|ban|cap|levy|proposal|policy|merger|scheme|project|reform|decision|ruling)\s+would\s+(?!not\b|be\b)/iu

/** Commentators as a class: their view is an assessment, not a report a named source could confirm. */
const COMMENTATORS = /^(?:analysts|experts|observers|economists|commentators|critics|pundits|strategists)$/i
/** Words that begin a predicate or a relative clause, not a sentence with its own subject. */
const SUBJECTLESS_LEAD = /^(?:(?:and|but|or)\s+)?(?:which|who|would|will|could|can|may|might|should|must)\s/u
/** A participle in lower case, not a noun in -ing ("nothing", "funding could ..."): no finite verb follows. */
const PARTICIPLE_LEAD = /^(?:\p{Ll}+ly\s+)?(?!(?:no|some|any|every)thing\b)\p{Ll}+ing\s/u
const FINITE = /\b(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|does|do|did)\b/i
const subjectless = (t: string) => SUBJECTLESS_LEAD.test(t) || (PARTICIPLE_LEAD.test(t) && !FINITE.test(t))

/** A relative clause or a participle read with "this" for its subject: "which may advance
 * talks" → "this may advance talks", "potentially influencing X" → "this ends up potentially influencing X". */
export function ofThis (fragment: string): string {
  const t = fragment.replace(/^(?:and|but|or)\s+/i, '')
  if (/^(?:which|who|that)\s/i.test(t)) return t.replace(/^\S+/, 'this')
  if (PARTICIPLE_LEAD.test(t)) return `this ends up ${t}`
  return `this ${t}`
}

/** Papers and data as a claim's source: nobody to ask "who says". */
const DOCUMENTS = /^(?:documents?|records?|files?|filings?|emails?|letters?|minutes|data|figures|statistics|papers|contracts?|invoices?|transcripts?|memos?)$/i
/** A reporting verb in the base form, said of a bare plural: a habitual "officials say". */
const GENERIC_CUE = /^(?:say|believe|argue|think|reckon|estimate|expect|agree|warn|fear|suggest)$/i
/** A source already introduced and referred back to: "one of them said", "he added". */
const ANAPHORIC_CUE = /\b(?:one of them|some of them|he|she|they|it|we)\b/i
/** Verbs that report an act when a noun follows them, not a proposition: "complained to the
 * council about ...", "described a sales team paid by ...". With "that" they report content. */
const ACT_CUE = /^(?:(?:has|have|had)\s+)?(?:complain|describ|criticis|criticiz|condemn|welcom|prais|question|protest)\w*$/i
/** Nouns for something asserted: rejecting one leaves an assertion in dispute. */
const ASSERTION_NOUN = /\b(?:view|views|account|accounts|claim|claims|allegation|allegations|accusation|accusations|report|reports|suggestion|assertion|charge|charges|version|story|figures|finding|findings|conclusion|interpretation)\b/i

/** A claim from commentators as a class or a habitual plural source ("analysts said", "officials
 * say"): an assessment of the kind, not a report or a forecast anyone has to answer for. */
export function genericSource (c: Pick<ClaimDraft, 'text' | 'cue' | 'rule' | 'sourceKind'>): boolean {
  if (c.sourceKind !== 'anonymous') return false
  const why = unnamedNoQuestion(c)
  return why === 'commentators as a class' || why === 'a habitual plural source'
}

/** Why an unnamed source's claim raises no question of who says it, or null when it does. */
export function unnamedNoQuestion (c: Pick<ClaimDraft, 'text' | 'cue' | 'rule'>): string | null {
  if (c.rule.startsWith('shared-subject') || (c.cue !== null && ANAPHORIC_CUE.test(c.cue))) return 'source already introduced'
  const f = framed(c)
  if (f === null) return null
  const source = f.source.replace(/^(?:but|and|while)\s+/i, '')
  // a bare plural: no determiner, no number, at most one modifier ("Analysts", "Local officials")
  const bare = /^(?:\p{L}+\s)?\p{L}+s$/u.test(source) && !/^(?:the|these|those|some|many|several|two|three|four|five|a|an|his|her|its|their|our)\b/i.test(source)
  const head = source.split(/\s+/).pop() as string
  if (bare && COMMENTATORS.test(head)) return 'commentators as a class'
  // "the documents show", "court records show": the source is the paper itself, named already
  if (DOCUMENTS.test(head)) return 'a document, not a person'
  if (bare && c.cue !== null && GENERIC_CUE.test(c.cue)) return 'a habitual plural source'
  if (c.cue !== null && ACT_CUE.test(c.cue) && !/^that\b/i.test(f.rest)) return 'an act, not a report'
  return null
}

/** A denial's question, or null when it leaves nothing in dispute: rejecting an offer or a
 * criticism is a stance, and a fragment ("not a solution") holds no denied assertion. */
export function denialQuestion (c: Pick<ClaimDraft, 'text' | 'cue' | 'rule' | 'speaker'>, article: string): { text: string, confidence: number } | null {
  const f = framed(c)
  if (f === null) {
    if (/^(?:not|no|never)\b/i.test(c.text)) return null
    return { text: `Is it so, as ${c.speaker === null ? 'the article reports' : 'was denied'}, that ${inside(c.text, article)}?`, confidence: 0.4 }
  }
  // "his lawyer, Raúl Cañete, denied": an apposition keeps its closing comma
  const source = `${inside(f.source, article)}${f.source.includes(',') ? ',' : ''}`
  // "denied that it had misled passengers": the denied assertion, separated from the denial
  if (f.content !== f.rest) {
    return { text: `Is it so that ${inside(f.content, article)}, as ${source} ${c.cue as string}?`, confidence: 0.45 }
  }
  // "rejected that view", "rejected the union's account": an assertion made elsewhere, in dispute
  if (/^(?:that|this|these|those)\s/i.test(f.rest) || ASSERTION_NOUN.test(f.rest)) {
    return { text: `Who is right about ${inside(f.rest, article)}: those who gave it, or ${source.replace(/,$/, '')}, who ${c.cue as string} it?`, confidence: 0.35 }
  }
  return null
}

export function findQuestions (a: Analysis, events: EventDraft[], claims: ClaimDraft[], skip: (s: Sentence) => boolean): QuestionDraft[] {
  const out: QuestionDraft[] = []
  const strip = (t: string) => inside(t, a.text)
  // what a claim reports, without the source that the question names or asks for
  const reported = (c: ClaimDraft) => strip(framed(c)?.content ?? c.text)
  // claims and events by sentence, so each look-up stays within one sentence
  const claimsBy = new Map<Sentence, ClaimDraft[]>()
  for (const c of claims) claimsBy.set(c.sentence, [...(claimsBy.get(c.sentence) ?? []), c])
  const eventsBy = new Map<Sentence, EventDraft[]>()
  for (const e of events) eventsBy.set(e.sentence, [...(eventsBy.get(e.sentence) ?? []), e])
  const near = (r: Range) => sentenceAt(a, r.start)
  const claimsIn = (r: Range) => (claimsBy.get(near(r) as Sentence) ?? []).filter((c) => c.range.start < r.end && r.start < c.range.end)
  // the subject of the claim before a point of its sentence: the words of its content before its
  // first verb ("it was studying the judgment and would decide ..." → "it")
  const subjectBefore = (at: number): string | null => {
    const s = sentenceAt(a, at)
    const before = (claimsBy.get(s as Sentence) ?? []).filter((c) => c.range.start < at && !(c.range.end > at && c.rule.startsWith('shared-subject')))
    const prev = before[before.length - 1]
    if (s === undefined || prev === undefined) return null
    const content = framed(prev)?.content ?? prev.text.replace(/[.\s]+$/, '')
    const from = a.text.indexOf(content.slice(0, 20), prev.range.start)
    if (from === -1 || from >= at) return null
    const verb = s.tokens.find((t) => t.start >= from && t.start < at && (t.pos === 'AUX' || t.pos === 'VERB'))
    if (verb === undefined || verb.start === from) return null
    const subject = a.text.slice(from, verb.start).trim()
    return subject.split(/\s+/).length <= 6 && !/[,;:"“”]/.test(subject) ? inside(subject, a.text) : null
  }
  // a claim from commentators as a class, or a predicate that shares its subject with one
  // ("analysts said a government could survive ..., but would struggle to pass anything else")
  const fromGeneric = (c: ClaimDraft): boolean => {
    if (genericSource(c)) return true
    if (!c.rule.startsWith('shared-subject')) return false
    const here = claimsBy.get(c.sentence) ?? []
    const before = here[here.indexOf(c) - 1]
    return before !== undefined && fromGeneric(before)
  }
  for (const e of events) {
    if (e.status !== 'scheduled' && e.status !== 'expected') continue
    // commentators' expectations are views, not happenings anyone has announced: doubted
    const viewed = claimsIn(e.evidence[0] as Range)
    const generic = viewed.length > 0 && viewed.every(fromGeneric)
    const title = strip(e.title)
    const ev = e.evidence[0] as Range
    // fewer, better: a source's undated promise about itself ("it would cooperate fully") and a
    // requirement ("any deal would have to ...") are not forecasts worth a question
    const words = a.text.slice(ev.start, ev.end)
    // read after a leading "and" or "that" too ("... and it will carry it out"), and a plan
    // stated about itself is the same promise ("that it plans to ask the government for ...")
    const bare = words.replace(/^["“”'‘’\s]+/, '').replace(/^(?:(?:and|but|or|so)\s+)?(?:that\s+)?/i, '')
    if (e.status === 'expected' && e.when === null && /^(?:it|they|he|she|we|I)\s+(?:would|will|plans? to|intends? to)\b/i.test(bare)) continue
    // an ability is no happening ("will be able to dock by 2028"), and a dated happening that
    // recurs ("will publish its annual report on 8 October") is routine, not worth watching
    if (/\b(?:will|would|'ll) be able to\b/i.test(words)) continue
    if (e.status === 'scheduled' && /\b(?:annual|yearly|monthly|weekly|quarterly|routine|regular)\b/i.test(words)) continue
    if (/\b(?:would|will) have to\b/i.test(words)) continue
    // nor a wish, a counterfactual thought or a state that merely lasts ("would like it sooner",
    // "my grandfather would think ...", "think it will stay calm")
    if (/\b(?:would|will|'d)\s+(?:think|like|love|prefer|hate|want|stay|remain)\b/i.test(words)) continue
    // a noun phrase reads after "the" ("Will the summit happen?"); a clause is quoted whole first,
    // since its own tense and modal would not fit inside the question ("the fee was likely to pass")
    let said = words.replace(/\s+/g, ' ').replace(/^["“”'‘’\s]+/, '').replace(/["“”\s,.;:]+$/, '').replace(/^(?:(?:and|but|or|so)\s+)?(?:that\s+)?/i, '')
    // a quotation cut by the evidence leaves an unmatched mark
    if ((said.match(/["“”]/g) ?? []).length % 2 === 1) said = said.replace(/["“”]/g, '')
    // a second predicate ("... and would decide within three days") takes the subject of the
    // clause before it, so the question says who would act
    if (e.rule !== 'event-noun' && /^(?:would|will|could|may|might|is|are|was|were|has|have|had)\s/i.test(said)) {
      const subject = subjectBefore(ev.start)
      if (subject !== null) said = `${subject} ${said}`
    }
    const asked = (noun: string, clause: string) => e.rule === 'event-noun' ? noun.replace('{}', title) : `${said.charAt(0).toUpperCase()}${said.slice(1)}: ${clause}`
    out.push({
      text: e.status === 'scheduled'
        ? asked('Will the {} take place as scheduled, and what will come of it?', 'will it take place as scheduled, and what will come of it?')
        : asked('Will the {} happen?', 'will it happen?'),
      kind: e.status === 'scheduled' ? 'watch' : 'forecast',
      resolutionCriteria: e.status === 'scheduled'
        ? 'Resolved when the event takes place or is officially cancelled; record what it decides.'
        : 'Yes if the event is reported to have happened; no if it is called off or abandoned.',
      evidence: [ev],
      actors: e.participants.map((p) => p.actor),
      events: [e],
      claims: claimsIn(ev),
      rule: `event-${e.status}`,
      // a measure's effect under "would" ("the plan would give families a chance") describes
      // what it is meant to do more than a happening to wait for: kept, but doubted
      confidence: EFFECT.test(bare) || generic ? 0.45 : 0.6
    })
    if (e.status === 'scheduled' && e.when === null) {
      out.push({
        text: asked('When will the {} take place?', 'when will it take place?'),
        kind: 'unknown_fact',
        resolutionCriteria: 'Answered by an official announcement of the date, or a report that it took place on a given date; the article gives none.',
        evidence: [ev],
        actors: e.participants.map((p) => p.actor),
        events: [e],
        claims: claimsIn(ev),
        rule: 'event-scheduled-no-date',
        confidence: 0.5
      })
    }
  }
  for (const s of a.sentences) {
    if (skip(s)) continue
    for (const [re, kind, rule] of [[UNKNOWN, 'unknown_fact', 'explicit-unknown'], [CONDITION, 'forecast', 'condition']] as const) {
      const m = re.exec(s.text)
      if (m === null) continue
      const r = { start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length }
      const what = strip(m[0].replace(/^.*?\b(?:whether|when|how|who|what|why|if|about|on|that|long as)\s+/i, ''))
      out.push({
        text: rule === 'condition' ? `Will ${what} come about?` : `What is the answer to what the article leaves open: ${what}?`,
        kind,
        resolutionCriteria: rule === 'condition'
          ? 'Yes if the condition is reported as met; no if it is reported as refused or abandoned.'
          : 'Answered when a source states it publicly; the article leaves it open.',
        evidence: [r],
        actors: [...new Set(claimsIn(r).flatMap((c) => c.subjects))],
        events: eventsBy.get(s) ?? [],
        claims: claimsIn(r),
        rule,
        confidence: 0.6
      })
    }
  }
  for (const c of claims) {
    if (c.sourceKind !== 'anonymous' || c.cue === null) continue
    // generic sources ("analysts say"), a source met before ("one of them said") and an act
    // ("residents have complained to the council") leave no single source to name
    if (unnamedNoQuestion(c) !== null) continue
    out.push({
      text: `Who says that ${reported(c)}, and is it so?`,
      kind: 'unknown_fact',
      resolutionCriteria: 'Answered if a named source confirms or denies it on the record; the article attributes it to no named source.',
      evidence: [c.evidence[0] as Range],
      actors: c.subjects,
      events: [],
      claims: [c],
      rule: 'single-unnamed-source',
      confidence: 0.45
    })
  }
  // a claim that holds only under a condition: "could be delayed if the agency does not ..."
  for (const c of claims) {
    // "the strike would continue until the airline withdraws the roster": the end hinges on it
    // "until 15 May", "until the end of September", "until nine at night", "until the 2028
    // election": a deadline, an hour or a happening named by a noun, not a condition; a later
    // "if" may still hold one ("could survive until the election if it won the vote")
    const m = [...c.text.matchAll(/\b(if|unless|until)\s+([^,.;]+?)(?=\s+(?:if|unless|until)\s|[,.;]|$)/gi)].find((x) => x[1]!.toLowerCase() !== 'until' || !(isTimeFirst(x[2] as string) || !hasVerb(a, c, x[2] as string)))
    if (m === undefined) continue
    out.push({
      text: `Will it come about that ${strip(m[2] as string)}, and with it: ${consequence(reported(c), m.index === 0 ? null : m[0])}?`,
      kind: 'forecast',
      resolutionCriteria: 'Yes if the condition is reported as met and the consequence follows; no if the condition fails or the consequence does not follow.',
      evidence: [c.range],
      actors: c.subjects,
      events: (eventsBy.get(c.sentence) ?? []).filter((e) => e.evidence.some((x) => x.start < c.range.end && c.range.start < x.end)),
      claims: [c],
      rule: 'conditional-claim',
      // commentators' conditional views ("analysts said it could survive if ...") are doubted
      confidence: genericSource(c) ? 0.4 : 0.55
    })
  }
  // two named sources on the same subjects, one affirming and one denying
  claims.forEach((c, i) => {
    if (c.polarity !== 'negative' || c.speaker === null) return
    // the other account is looked for nearby: contradicting sources stand close together
    const other = claims.slice(Math.max(0, i - 12), i + 12).find((d) => d !== c && d.polarity === 'positive' && d.speaker !== null && d.speaker !== c.speaker && d.subjects.some((x) => c.subjects.includes(x)))
    if (other === undefined) return
    out.push({
      text: `Which account is right: ${strip(other.text)}, or ${strip(c.text)}?`,
      kind: 'disputed',
      resolutionCriteria: 'Resolved by independent confirmation (documents, official records or a third source) of either account.',
      evidence: [c.evidence[0] as Range, other.evidence[0] as Range],
      actors: [...new Set([...c.subjects, ...other.subjects])],
      events: [],
      claims: [c, other],
      rule: 'contradiction',
      confidence: 0.4
    })
  })
  // a hedged prediction ("China could be a guarantor", "further cases were likely"): will it?
  for (const c of claims) {
    if ((c.certainty !== 'possible' && c.certainty !== 'probable') || c.kind !== 'prediction' || c.rule.startsWith('presupposed')) continue
    // a fragment whose subject lies before it ("..., which could have long-term implications",
    // "..., potentially influencing relations") is asked of "this", and doubted: what "this"
    // is must be read in the article
    const said = reported(c)
    const fragment = subjectless(said)
    out.push({
      text: `Will it turn out that ${fragment ? ofThis(said) : said}?`,
      kind: 'forecast',
      resolutionCriteria: 'Yes if later reports confirm it; no if they show it did not happen within the time the claim gives.',
      evidence: [c.range],
      actors: c.subjects,
      events: (eventsBy.get(c.sentence) ?? []).filter((e) => e.evidence.some((x) => x.start < c.range.end && c.range.start < x.end)),
      claims: [c],
      rule: 'hedged-prediction',
      confidence: fragment || genericSource(c) ? 0.4 : 0.5
    })
  }
  // a denial answers an assertion someone made: "X denied that ..." leaves it disputed
  for (const c of claims) {
    if (c.polarity !== 'negative' || !/\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?)\b/i.test(c.cue ?? '')) continue
    const asked = denialQuestion(c, a.text)
    if (asked === null) continue
    out.push({
      text: asked.text,
      kind: 'disputed',
      resolutionCriteria: 'Resolved by independent confirmation (documents, official records or a third source) of the denied assertion or of the denial.',
      evidence: [c.evidence[0] as Range],
      actors: c.speaker === null ? c.subjects : [c.speaker, ...c.subjects],
      events: [],
      claims: [c],
      rule: 'denial',
      confidence: asked.confidence
    })
  }
  // a quotation cut by a question's words leaves an unmatched mark: drop the marks
  for (const q of out) if (((q.text.match(/["“”]/g) ?? []).length % 2) === 1) q.text = q.text.replace(/["“”]/g, '')
  // one question per stretch of text: the first raised wins, the rest would repeat it
  const taken: Range[] = []
  const kept = out.filter((q) => {
    const s = near(q.evidence[0] as Range)
    const here = taken.filter((t) => s !== undefined && t.start >= s.start && t.end <= s.end)
    if (q.evidence.some((x) => here.some((t) => x.start < t.end && t.start < x.end))) return false
    taken.push(...q.evidence)
    return true
  })
  return kept
}

/** A conditional claim's consequence without its condition, which the question states first:
 * "if it passes, the money would go to buses" → "the money would go to buses". */
function consequence (said: string, condition: string | null): string {
  const cut = said.replace(/^(?:if|unless|until)\s[^,]+,\s*/i, '')
  const out = condition === null || cut !== said ? cut : said.replace(condition.trim(), '').replace(/\s+,/g, ',').replace(/[\s,;:]+$/, '').replace(/\s{2,}/g, ' ')
  // a quotation cut by the condition leaves an unmatched mark
  return (out.match(/["“”]/g) ?? []).length % 2 === 1 ? out.replace(/["“”]/g, '') : out
}

/** Whether a condition's words hold a verb ("until the airline withdraws the roster") rather
 * than only a noun ("until the 2028 election"), read from the claim's sentence. */
function hasVerb (a: Analysis, c: ClaimDraft, words: string): boolean {
  const phrase = words.split(/\s+(?:if|unless|when|and|but)\s+/i)[0] as string
  const at = a.text.indexOf(phrase, c.sentence.start)
  if (at === -1 || at > c.sentence.end) return true
  return c.sentence.tokens.some((t) => t.start >= at && t.end <= at + phrase.length && (t.pos === 'VERB' || t.pos === 'AUX'))
}

const NUMERAL = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|dawn|dusk)\b)/i

/** Whether words begin with a time ("15 May 2026 to comment", "the end of September", "nine at night"). */
function isTimeFirst (words: string): boolean {
  if (NUMERAL.test(words)) return true
  const found = timeExpressions(words, { start: 0, end: words.length })
  return found.some((t) => t.start <= 4)
}
