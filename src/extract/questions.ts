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

const strip = (t: string) => t.replace(/[.\s]+$/, '').replace(/^./, (c) => c.toLowerCase())

export function findQuestions (a: Analysis, events: EventDraft[], claims: ClaimDraft[], skip: (s: Sentence) => boolean): QuestionDraft[] {
  const out: QuestionDraft[] = []
  // claims and events by sentence, so each look-up stays within one sentence
  const claimsBy = new Map<Sentence, ClaimDraft[]>()
  for (const c of claims) claimsBy.set(c.sentence, [...(claimsBy.get(c.sentence) ?? []), c])
  const eventsBy = new Map<Sentence, EventDraft[]>()
  for (const e of events) eventsBy.set(e.sentence, [...(eventsBy.get(e.sentence) ?? []), e])
  const near = (r: Range) => sentenceAt(a, r.start)
  const claimsIn = (r: Range) => (claimsBy.get(near(r) as Sentence) ?? []).filter((c) => c.range.start < r.end && r.start < c.range.end)
  for (const e of events) {
    if (e.status !== 'scheduled' && e.status !== 'expected') continue
    const title = strip(e.title)
    const ev = e.evidence[0] as Range
    // fewer, better: a source's undated promise about itself ("it would cooperate fully") and a
    // requirement ("any deal would have to ...") are not forecasts worth a question
    const words = a.text.slice(ev.start, ev.end)
    if (e.status === 'expected' && e.when === null && /^(?:it|they|he|she|we|I)\s+(?:would|will)\b/i.test(words)) continue
    if (/\b(?:would|will) have to\b/i.test(words)) continue
    // nor a wish, a counterfactual thought or a state that merely lasts ("would like it sooner",
    // "my grandfather would think ...", "think it will stay calm")
    if (/\b(?:would|will|'d)\s+(?:think|like|love|prefer|hate|want|stay|remain)\b/i.test(words)) continue
    // a noun phrase reads after "the" ("Will the summit happen?"); a clause is quoted whole first,
    // since its own tense and modal would not fit inside the question ("the fee was likely to pass")
    let said = words.replace(/\s+/g, ' ').replace(/^["“”'‘’\s]+/, '').replace(/["“”\s,.;:]+$/, '').replace(/^(?:(?:and|but|or|so)\s+)?(?:that\s+)?/i, '')
    // a quotation cut by the evidence leaves an unmatched mark
    if ((said.match(/["“”]/g) ?? []).length % 2 === 1) said = said.replace(/["“”]/g, '')
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
      confidence: 0.6
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
    out.push({
      text: `Who says that ${strip(c.text)}, and is it so?`,
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
    const m = /\b(if|unless|until)\s+([^,.;]+)/i.exec(c.text)
    if (m === null) continue
    // "until 15 May", "until the end of September", "until nine at night": a deadline or an hour, not a condition
    if (m[1]!.toLowerCase() === 'until' && isTimeFirst(m[2] as string)) continue
    out.push({
      text: `Will it come about that ${strip(m[2] as string)}, and with it: ${strip(c.text)}?`,
      kind: 'forecast',
      resolutionCriteria: 'Yes if the condition is reported as met and the consequence follows; no if the condition fails or the consequence does not follow.',
      evidence: [c.range],
      actors: c.subjects,
      events: (eventsBy.get(c.sentence) ?? []).filter((e) => e.evidence.some((x) => x.start < c.range.end && c.range.start < x.end)),
      claims: [c],
      rule: 'conditional-claim',
      confidence: 0.55
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
    out.push({
      text: `Will it turn out that ${strip(c.text)}?`,
      kind: 'forecast',
      resolutionCriteria: 'Yes if later reports confirm it; no if they show it did not happen within the time the claim gives.',
      evidence: [c.range],
      actors: c.subjects,
      events: (eventsBy.get(c.sentence) ?? []).filter((e) => e.evidence.some((x) => x.start < c.range.end && c.range.start < x.end)),
      claims: [c],
      rule: 'hedged-prediction',
      confidence: 0.5
    })
  }
  // a denial answers an assertion someone made: "X denied that ..." leaves it disputed
  for (const c of claims) {
    if (c.polarity !== 'negative' || !/\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?)\b/i.test(c.cue ?? '')) continue
    out.push({
      text: `Is it so, as ${c.speaker === null ? 'the article reports' : 'was denied'}, that ${strip(c.text)}?`,
      kind: 'disputed',
      resolutionCriteria: 'Resolved by independent confirmation (documents, official records or a third source) of the denied assertion or of the denial.',
      evidence: [c.evidence[0] as Range],
      actors: c.speaker === null ? c.subjects : [c.speaker, ...c.subjects],
      events: [],
      claims: [c],
      rule: 'denial',
      confidence: 0.45
    })
  }
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

const NUMERAL = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|dawn|dusk)\b)/i

/** Whether words begin with a time ("15 May 2026 to comment", "the end of September", "nine at night"). */
function isTimeFirst (words: string): boolean {
  if (NUMERAL.test(words)) return true
  const found = timeExpressions(words, { start: 0, end: words.length })
  return found.some((t) => t.start <= 4)
}
