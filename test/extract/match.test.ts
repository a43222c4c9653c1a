import { describe, expect, it } from 'vitest'
import { greedyMatch, overlapScore, prf } from '../../src/extract/eval/match.js'

describe('the evaluation match rule', () => {
  it('needs an overlap of half the shorter span and an extracted span at most three times longer', () => {
    expect(overlapScore([{ start: 0, end: 10 }], [{ start: 5, end: 15 }])).toBe(5)
    expect(overlapScore([{ start: 0, end: 10 }], [{ start: 6, end: 16 }])).toBe(0)
    expect(overlapScore([{ start: 0, end: 31 }], [{ start: 0, end: 10 }])).toBe(0)
    expect(overlapScore([{ start: 0, end: 30 }], [{ start: 0, end: 10 }])).toBe(10)
  })

  it('matches one to one, greedily by overlap', () => {
    const m = greedyMatch([[{ start: 0, end: 10 }], [{ start: 0, end: 8 }]], [[{ start: 0, end: 10 }]])
    expect([...m]).toEqual([[0, 0]])
    expect(prf(2, 1, 1)).toMatchObject({ precision: 0.5, recall: 1, perReference: 2 })
  })
})
