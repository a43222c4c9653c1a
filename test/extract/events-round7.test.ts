import { describe, expect, it } from 'vitest'
import { run } from './helpers.js'

// The seventh round's event rules, on sentences of our own.

const statusOf = (text: string, words: string): string | undefined => {
  const d = run(text, 'round7', [])
  return d.events.find((e) => e.evidence.some((q) => (typeof q === 'string' ? q : q.quote).includes(words)))?.status
}

describe('events: cancellations', () => {
  it('takes a passive "called off", "dropped", "shelved" after a subject with only an infinitive or a participle as the cancelled happening', () => {
    expect(statusOf('A parade to mark the anniversary was called off after the storm hit the coast.', 'was called off')).toBe('cancelled')
    expect(statusOf('The spring fair, planned for April, has been called off because of the floods.', 'has been called off')).toBe('cancelled')
    expect(statusOf('A council plan to widen the ring road was dropped in May after drivers complained.', 'was dropped')).toBe('cancelled')
    expect(statusOf('The bypass scheme was shelved in the autumn.', 'was shelved')).toBe('cancelled')
  })

  it('keeps a subject with a finite verb of its own out of it', () => {
    expect(statusOf('The mayor who opened the fair said prices dropped last year.', 'dropped')).not.toBe('cancelled')
  })
})

describe('events: ongoing states', () => {
  it('reads an -ing word after "have been" as a progressive', () => {
    expect(statusOf('Families in the valley have been boiling their water since July, the utility said.', 'boiling their water')).toBe('ongoing')
  })
})

describe('events: aspect and plans', () => {
  it('reads a present perfect over a stretch of time as going on, but not "for two years of records"', () => {
    expect(statusOf('Fishermen have protested for months about the new quotas.', 'have protested for months')).toBe('ongoing')
    expect(statusOf('Auditors have asked the bank for three years of accounts.', 'have asked the bank')).toBe('occurred')
  })

  it('reads "is likely to keep" for an actor as a prediction, not a happening going on', () => {
    expect(statusOf('The union is likely to keep the dispute at the top of its agenda, observers said.', 'keep the dispute')).toBe('expected')
  })

  it('schedules a plan or an intention with a firm day or month after its verb', () => {
    expect(statusOf('Dock workers intend to march through the old town on 14 March.', 'march through')).toBe('scheduled')
    expect(statusOf('Dock workers intend to march through the old town.', 'march through')).toBe('expected')
  })
})

describe('events: clause structure', () => {
  it('reads past a relative clause that describes a reporting source', () => {
    expect(statusOf('A ministry official who asked not to be identified said the plant could be sold to a Dutch group.', 'could be sold')).toBe('hypothetical')
  })

  it('skips a participle after its noun when an apposition and the clause\'s own verb follow', () => {
    const d = run('The haulier named in the charges, Tomas Petrik, disputed that claim.', 'round7', [])
    const quotes = d.events.flatMap((e) => e.evidence.map((q) => (typeof q === 'string' ? q : q.quote)))
    expect(quotes.some((q) => q.includes('disputed that claim'))).toBe(true)
    expect(quotes.some((q) => /^The haulier named in the charges$/.test(q))).toBe(false)
  })

  it('makes what an order requires a happening of its own, expected', () => {
    const d = run('The regulator has ordered the operator to close the reactor by June.', 'round7', [])
    const quotes = d.events.map((e) => [e.status, e.evidence.map((q) => (typeof q === 'string' ? q : q.quote)).join(' | ')])
    expect(quotes).toContainEqual(['expected', 'close the reactor by June'])
    expect(quotes.find(([, q]) => q?.startsWith('The regulator has ordered'))?.[0]).toBe('occurred')
  })
})

describe('events: "after" and "before" clauses', () => {
  it('makes a clause with its own subject after "after" a happening of its own, over', () => {
    expect(statusOf('The mayor resigned on Friday, a month after she approved a contract for her brother.', 'she approved a contract')).toBe('occurred')
  })

  it('makes one after "before" in the present a happening ahead, and leaves "after the vote" alone', () => {
    expect(statusOf('The union said it would not sign before the new rota is published.', 'before the new rota is published')).toBe('expected')
    const d = run('The minister resigned after the vote on Tuesday.', 'round7', [])
    expect(d.events.filter((e) => e.evidence.some((q) => (typeof q === 'string' ? q : q.quote).startsWith('the vote'))).length).toBeLessThanOrEqual(1)
  })
})

describe('events: a happening retold or called off', () => {
  it('joins "but the works were scrapped" to the happening planned just before, cancelled', () => {
    const d = run('The town had planned to open a new library next spring, but the project was abandoned when the grant ran out.', 'round7', [])
    const e = d.events.find((x) => x.evidence.some((q) => (typeof q === 'string' ? q : q.quote).includes('planned to open a new library')))
    expect(e?.status).toBe('cancelled')
    expect(e?.evidence.some((q) => (typeof q === 'string' ? q : q.quote).includes('the project was abandoned'))).toBe(true)
  })

  it('joins a definite subject with the verb that named a happening in an earlier sentence to it', () => {
    const d = run('The complaint was lodged by the residents. The hearing was postponed after the complaint was lodged, the court said.', 'round7', [])
    const lodged = d.events.filter((x) => x.evidence.some((q) => (typeof q === 'string' ? q : q.quote).includes('was lodged')))
    expect(lodged.length).toBe(1)
    expect(lodged[0]?.evidence.map((q) => (typeof q === 'string' ? q : q.quote))).toContain('the complaint was lodged')
  })
})
