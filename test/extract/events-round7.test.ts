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
