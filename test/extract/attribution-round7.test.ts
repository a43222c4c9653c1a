import { describe, expect, it } from 'vitest'
import { run } from './helpers.js'

// The seventh round's attribution rules, on sentences of our own.

const claim = (text: string, words: string) => {
  const c = run(text, 'rules', []).claims.find((x) => x.text.includes(words))
  if (c === undefined) throw new Error(`no claim with "${words}"`)
  return c
}

describe('attribution, seventh round', () => {
  it('gives a quotation to the person named in apposition to a title after "said", not to the possessor', () => {
    const text = 'Prosecutors charged Marek Dolan on Monday. "My client has receipts for every load," said his lawyer, Hana Krausová. She said he would appeal.'
    expect(claim(text, 'receipts').speaker).toBe('hana-krausova')
    expect(claim(text, 'appeal').speaker).toBe('hana-krausova')
  })

  it('reads a denial verb with a plain object as a named, negative position, the tagger\'s noun "disputes" included', () => {
    for (const [text, speaker, cue] of [['The agency measured the noise. Per Lund disputes the result.', 'per-lund', 'disputes'], ['Ole Brandt disputed the figures on Friday.', 'ole-brandt', 'disputed'], ['Ida Moen refuted the account.', 'ida-moen', 'refuted']] as const) {
      const c = claim(text, cue)
      expect([c.speaker, c.sourceKind, c.cue, c.polarity]).toEqual([speaker, 'named', cue, 'negative'])
    }
  })

  it('leaves a denial that is itself denied in the article\'s voice', () => {
    const c = claim('Eva Lind does not dispute the figures.', 'dispute')
    expect(c.sourceKind).toBe('author')
  })
})
