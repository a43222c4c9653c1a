import { describe, expect, it } from 'vitest'
import { run } from './helpers.js'

// Seventh round: speaker attribution and denials, each rule on sentences of our own.

const claimWith = (text: string, words: string) => {
  const d = run(text, 'round7', [])
  const c = d.claims.find((x) => x.text.includes(words))
  if (c === undefined) throw new Error(`no claim with "${words}" in ${JSON.stringify(d.claims.map((x) => x.text))}`)
  return { d, c, name: d.actors.find((a) => a.id === c.speaker)?.name ?? null }
}

describe('denials and refusals, seventh round', () => {
  it('reads "doubts <clause>" as a negative report by its source, past a relative clause on the source', () => {
    const { c } = claimWith('A senior engineer, who asked not to be named, doubts the bridge will open on time.', 'bridge will open')
    expect(c.sourceKind).toBe('anonymous')
    expect(c.cue).toBe('doubts')
    expect(c.polarity).toBe('negative')
  })

  it('makes "declined to say whether" and "refused to confirm" negative, never "declined to comment"', () => {
    expect(claimWith('The airline declined to say whether the pilots would be paid.', 'declined to say').c.polarity).toBe('negative')
    expect(claimWith('The bank refused to confirm the figure.', 'refused to confirm').c.polarity).toBe('negative')
    expect(claimWith('The bank declined to comment.', 'declined to comment').c.polarity).toBe('positive')
  })
})

describe('sources after their content, seventh round', () => {
  it('takes "..., says X, who chairs Y." as X\'s report, the relative clause a fact in the article\'s voice', () => {
    const text = 'Every flat in the block was offered a new boiler, says Anna Lindqvist, who chairs the tenants association.'
    const { d, c, name } = claimWith(text, 'offered a new boiler')
    expect(name).toBe('Anna Lindqvist')
    expect(c.cue).toBe('says')
    const rel = d.claims.find((x) => x.text.includes('chairs the tenants'))
    expect(rel?.speaker ?? null).toBeNull()
  })
})
