import { describe, expect, it } from 'vitest'
import { denialQuestion, framed, genericSource, inside, ofThis, unnamedNoQuestion } from '../../src/extract/questions.js'
import { run } from './helpers.js'

// Which open questions a text raises, and how they read: sentences of our own.

const about = (d: ReturnType<typeof run>, words: string) => d.questions.filter((q) => q.evidence.some((e) => (typeof e === 'string' ? e : e.quote).includes(words)))
const claim = (text: string, cue: string | null, rule = 'verb-before-content/sentence/clause', speaker: string | null = 'x') => ({ text, cue, rule, speaker, sourceKind: 'anonymous' as const })

describe('question wording', () => {
  it('lower-cases a first word the article writes in lower case, and keeps a name and "I"', () => {
    const article = 'The ferry left. Norvik Lines said the ferry was late. I said so. Several boats waited.'
    expect(inside('The ferry was late.', article)).toBe('the ferry was late')
    expect(inside('Norvik Lines denied it.', article)).toBe('Norvik Lines denied it')
    expect(inside('I said someone will.', article)).toBe('I said someone will')
    // a determiner or a pronoun is lower-cased even when the article only writes it first
    expect(inside('Several boats waited.', article)).toBe('several boats waited')
    expect(inside('May will be busy.', 'They may come. May will be busy.')).toBe('May will be busy')
  })

  it('separates a claim\'s source from what it reports', () => {
    expect(framed(claim('Analysts say budget carriers are short of pilots.', 'say'))).toEqual({ source: 'Analysts', rest: 'budget carriers are short of pilots', content: 'budget carriers are short of pilots' })
    expect(framed(claim('According to a person close to the board, the chair will resign.', 'According to', 'according-to/sentence/clause'))?.content).toBe('the chair will resign')
    expect(framed(claim('The mayor said through a spokesman that the road would reopen.', 'said'))?.content).toBe('the road would reopen')
    expect(framed(claim('The line could close for a month, the operator said.', 'said', 'author-voice/sentence/clause'))).toEqual({ source: 'the operator', rest: 'The line could close for a month', content: 'The line could close for a month' })
    // a source named after the content, outside the claim's words
    expect(framed(claim('The road will reopen.', 'said', 'verb-after-content/sentence/clause'))).toBeNull()
  })

  it('names neither the source nor the cue inside the question', () => {
    const d = run('The harbour master, Jon Berg, said the cranes could be repaired by March. The firm Oskarsen Bygg denied that it had cut the cables.', 'rules', [])
    expect(d.questions.map((q) => q.text)).toContain('Will it turn out that the cranes could be repaired by March?')
    expect(d.questions.find((q) => q.extraction.rule === 'denial')?.text).toBe('Is it so that it had cut the cables, as the firm Oskarsen Bygg denied?')
  })

  it('states a condition once: the consequence is asked without it', () => {
    for (const text of ['If the rain continues, the river could burst its banks, the mayor, Ana Ruiz, said.', 'The mayor, Ana Ruiz, said the river could burst its banks if the rain continues.']) {
      const q = run(text, 'rules', []).questions.find((x) => x.extraction.rule === 'conditional-claim')
      expect(q?.text, text).toBe('Will it come about that the rain continues, and with it: the river could burst its banks?')
    }
  })

  it('asks a fragment whose subject lies before it of "this", doubted', () => {
    expect(ofThis('which may speed up the talks')).toBe('this may speed up the talks')
    expect(ofThis('potentially raising prices')).toBe('this ends up potentially raising prices')
    // a name or a noun in -ing is a subject of its own
    const own = run('The ministry said Beijing could join the talks. It said funding could be cut next year.', 'rules', [])
    for (const q of own.questions) expect(q.text).not.toMatch(/\bthis\b/)
    const d = run('The ministry said the tax would be doubled, which could push prices up.', 'rules', [])
    const q = d.questions.find((x) => x.text.includes('push prices up'))
    expect(q?.text).toBe('Will it turn out that this could push prices up?')
    expect(q?.confidence).toBeLessThanOrEqual(0.4)
    // what is done to a measure is its own happening, not doubted as an effect
    expect(d.questions.find((x) => x.text.includes('doubled'))?.confidence).toBe(0.6)
  })

  it('leaves no unmatched quotation mark in a question', () => {
    const d = run('The harbour master, Jon Berg, said he expected the owners to "pay quickly and move on," as the law requires. The harbour master said the cranes could be "repaired by March".', 'rules', [])
    for (const q of d.questions) expect((q.text.match(/["“”]/g) ?? []).length % 2, q.text).toBe(0)
  })

  it('takes "until" a happening named by a noun for a deadline, and looks for a later condition', () => {
    const d = run('The council said the market could stay open until the autumn festival if the traders paid the fee.', 'rules', [])
    const q = d.questions.find((x) => x.extraction.rule === 'conditional-claim')
    expect(q?.text).toMatch(/^Will it come about that the traders paid the fee, and with it: /)
  })
})

describe('denials', () => {
  const article = 'The union said the pay rise was too small. The firm rejected that view.'
  it('asks about the denied assertion when a clause states it', () => {
    expect(denialQuestion(claim('Harbour Co denied that it had dumped waste.', 'denied', 'denial-verb/sentence/clause'), 'x')).toEqual({ text: 'Is it so that it had dumped waste, as Harbour Co denied?', confidence: 0.45 })
  })

  it('keeps, doubted, the rejection of an assertion made elsewhere ("rejected that view")', () => {
    const q = denialQuestion(claim('The firm rejected that view.', 'rejected', 'denial-verb/sentence/clause'), article)
    expect(q?.confidence).toBeLessThan(0.45)
    expect(q?.text).toBe('Who is right about that view: those who gave it, or the firm, who rejected it?')
    expect(denialQuestion(claim('The minister rejected the inspectors\' account.', 'rejected', 'denial-verb/sentence/clause'), article)).not.toBeNull()
  })

  it('raises none from rejecting an offer or a criticism, nor from a fragment', () => {
    expect(denialQuestion(claim('The union rejected the offer on Monday.', 'rejected', 'denial-verb/sentence/clause'), article)).toBeNull()
    expect(denialQuestion(claim('The mayor rejected the opposition\'s criticism.', 'rejected', 'denial-verb/sentence/clause'), article)).toBeNull()
    expect(denialQuestion(claim('Not a solution.', 'rejected', 'denial-verb/sentence/split-not'), article)).toBeNull()
  })

  it('raises no denial question from an offer turned down, in a whole article', () => {
    const d = run('The pilots\' union rejected the offer on Tuesday. The airline Skyra denied that it had broken the law.', 'rules', [])
    expect(d.questions.filter((q) => q.extraction.rule === 'denial').map((q) => q.text)).toEqual(['Is it so that it had broken the law, as the airline Skyra denied?'])
  })
})

describe('unnamed sources', () => {
  it('raises no "who says" question for commentators as a class or a habitual plural source', () => {
    expect(unnamedNoQuestion(claim('Analysts said the bank could cut rates.', 'said'))).toBe('commentators as a class')
    expect(unnamedNoQuestion(claim('Economists say prices will ease.', 'say'))).toBe('commentators as a class')
    expect(unnamedNoQuestion(claim('Officials say the money has not arrived.', 'say'))).toBe('a habitual plural source')
    expect(unnamedNoQuestion(claim('Local officials say the money has not arrived.', 'say'))).toBe('a habitual plural source')
    expect(genericSource(claim('Officials say the money has not arrived.', 'say'))).toBe(true)
  })

  it('still asks for a specific statement by an unnamed group or person', () => {
    expect(unnamedNoQuestion(claim('Firefighters said the blaze started in the kitchen.', 'said'))).toBeNull()
    expect(unnamedNoQuestion(claim('A council official said the vote could be delayed.', 'said'))).toBeNull()
    expect(unnamedNoQuestion(claim('Two officials said the vote could be delayed.', 'said'))).toBeNull()
    const d = run('Firefighters said the blaze started in the kitchen.', 'rules', [])
    expect(d.questions.map((q) => q.text)).toContain('Who says that the blaze started in the kitchen, and is it so?')
  })

  it('raises none when the source is a document ("the documents show")', () => {
    expect(unnamedNoQuestion(claim('The documents show that the firm billed twice.', 'show'))).toBe('a document, not a person')
    expect(unnamedNoQuestion(claim('Court records show the firm billed twice.', 'show'))).toBe('a document, not a person')
  })

  it('asks once per source: not again for "one of them said" or a predicate sharing its subject', () => {
    expect(unnamedNoQuestion(claim('We were paid by the form.', 'one of them said', 'quote-after-speaker'))).toBe('source already introduced')
    expect(unnamedNoQuestion(claim('Were told to keep paying.', 'said', 'shared-subject/split-but-predicate/clause'))).toBe('source already introduced')
  })

  it('raises none from an act reported with a noun object ("complained to the council about ...")', () => {
    expect(unnamedNoQuestion(claim('Neighbours have complained to the council about the noise.', 'have complained'))).toBe('an act, not a report')
    expect(unnamedNoQuestion(claim('Two nurses described a ward run without a doctor.', 'described'))).toBe('an act, not a report')
    expect(unnamedNoQuestion(claim('Neighbours complained that the bar stayed open.', 'complained'))).toBeNull()
  })

  it('doubts a forecast that rests on commentators\' views more than a spokesman\'s', () => {
    const d = run('Analysts said the merger could be blocked. A spokesman for the regulator said the merger could be blocked. Analysts said the coalition could survive if it won the vote.', 'rules', [])
    const hedged = (words: string) => about(d, words).find((q) => q.extraction.rule === 'hedged-prediction')
    expect(hedged('Analysts said the merger')?.confidence).toBeLessThan(hedged('A spokesman')?.confidence ?? 0)
    expect(about(d, 'coalition could survive').find((q) => q.extraction.rule === 'conditional-claim')?.confidence).toBeLessThan(0.55)
  })
})

describe('event questions', () => {
  it('raises none from an ability, nor from a routine dated happening', () => {
    const d = run('The port said larger ships will be able to dock by 2028. The agency will publish its annual report on 8 October. The board will vote on the merger on 9 June.', 'rules', [])
    expect(about(d, 'able to dock').filter((q) => q.extraction.rule.startsWith('event-'))).toHaveLength(0)
    expect(about(d, 'annual report').filter((q) => q.extraction.rule.startsWith('event-'))).toHaveLength(0)
    expect(about(d, 'vote on the merger').length).toBeGreaterThan(0)
  })

  it('raises none from a source\'s undated promise or plan about itself after "and" or "that"', () => {
    const d = run('The carrier said it had lost money and that it plans to ask the state for support. The mayor said the city would rebuild the pier and it will pay for it.', 'rules', [])
    expect(about(d, 'plans to ask').filter((q) => q.extraction.rule === 'event-expected')).toHaveLength(0)
    expect(about(d, 'it will pay').filter((q) => q.extraction.rule === 'event-expected')).toHaveLength(0)
  })

  it('gives a second predicate the subject of the clause before it', () => {
    const d = run('The mayor, Ana Ruiz, said the council was reviewing the bids and would choose a builder within a week.', 'rules', [])
    expect(about(d, 'choose a builder').find((x) => x.extraction.rule === 'event-expected')?.text).toBe('The council would choose a builder within a week: will it happen?')
  })

  it('doubts a happening expected only by commentators', () => {
    const d = run('Analysts said the ruling was likely to push both firms to look for partners abroad.', 'rules', [])
    const q = about(d, 'likely to push').find((x) => x.extraction.rule === 'event-expected')
    expect(q?.confidence).toBe(0.45)
  })

  it('doubts a measure\'s effect under "would" more than a happening', () => {
    const d = run('The council approved the plan on Monday. The plan would give young families a chance to stay. The regional authority would extend the bus line to the harbour by 2028.', 'rules', [])
    const effect = about(d, 'give young families').find((q) => q.extraction.rule === 'event-expected')
    const bus = about(d, 'extend the bus line').find((q) => q.extraction.rule === 'event-expected')
    expect(effect?.confidence).toBeLessThan(bus?.confidence ?? 0)
  })
})
