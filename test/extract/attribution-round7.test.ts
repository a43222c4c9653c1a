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

// Seventh round, continued: further cue classes.

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

describe('a denial of someone\'s assertion, seventh round', () => {
  it('keeps "X rejected the council\'s claim that ..." one negative claim by X', () => {
    const d = run('The Otter Trust rejected the council\'s claim that the beaver posed a risk to the dyke.', 'round7', [])
    expect(d.claims).toHaveLength(1)
    const c = d.claims[0]
    expect([d.actors.find((a) => a.id === c?.speaker)?.name, c?.cue, c?.polarity]).toEqual(['Otter Trust', 'rejected', 'negative'])
  })
})

describe('relative clauses that report, seventh round', () => {
  it('gives "..., who say <content>" to the noun phrase the relative clause hangs on', () => {
    const { c, name } = claimWith('The vote was forced by Anna Berg, who says the plan is unlawful.', 'plan is unlawful')
    expect(name).toBe('Anna Berg')
    expect(c.cue).toBe('says')
  })

  it('gives "which it says has ..." to the source the pronoun stands for', () => {
    const text = 'The Gelderland Provincial Council said a wolf killed 14 sheep. The council asked for a permit to shoot the animal, which it says has lost its fear of people.'
    const { c, name } = claimWith(text, 'lost its fear')
    expect(name).toBe('Gelderland Provincial Council')
    expect(c.cue).toBe('says')
  })
})

describe('a second reporting verb, seventh round', () => {
  it('keeps the source of "called X ... and said Y were expected to": the passive inside the report is no cue', () => {
    const { c, name } = claimWith('Anna Berg, who heads the agency, called the deal "a good start" and said more towns were expected to join.', 'more towns')
    expect(name).toBe('Anna Berg')
    expect(c.cue).toBe('said')
    expect(c.sourceKind).toBe('named')
  })
})

describe('a relative clause on the source, seventh round', () => {
  it('leaves "X, which speaks for Y," out of the evidence and text of what X\'s verb takes as its object', () => {
    const text = 'The Otter Trust, which speaks for nine groups, rejected the proposed cull, saying it would not work.'
    const { c, name } = claimWith(text, 'rejected the proposed cull')
    expect(name).toBe('Otter Trust')
    expect(c.polarity).toBe('negative')
    expect(c.text).not.toContain('speaks for')
    expect(c.evidence.map((q) => (typeof q === 'string' ? q : q.quote)).join(' | ')).not.toContain('speaks for')
    const rel = claimWith(text, 'speaks for nine groups').c
    expect([rel.speaker, rel.sourceKind]).toEqual([null, 'author'])
  })
})

describe('estimates and trailing clauses, seventh round', () => {
  it('gives "which analysts put at ..." to an unnamed source, the verb its cue', () => {
    const { c } = claimWith('The fund is small next to the cost of a new drug, which analysts put at more than 1 billion euros.', 'analysts put')
    expect([c.sourceKind, c.cue]).toEqual(['anonymous', 'put'])
  })

  it('does not let a negation in a trailing "after/because" clause negate the main clause', () => {
    expect(claimWith('A separate scheme was shelved in the spring after member states could not agree on its size.', 'shelved').c.polarity).toBe('positive')
    expect(claimWith('The mayor did not sign the order after the council met.', 'did not sign').c.polarity).toBe('negative')
  })
})

describe('organisations described, not named, seventh round', () => {
  it('makes "a farmers\' organisation in X" an unnamed source, and its participle after a denial its own cue', () => {
    const text = 'A farmers\' organisation in Ede disputed that, saying the offer had covered only a few farms.'
    const a = claimWith(text, 'disputed that').c
    expect([a.sourceKind, a.cue, a.polarity]).toEqual(['anonymous', 'disputed', 'negative'])
    const b = claimWith(text, 'covered only').c
    expect([b.sourceKind, b.cue]).toEqual(['anonymous', 'saying'])
  })

  it('still gives "a spokesman for X" to X', () => {
    expect(claimWith('A spokesman for the Otter Trust said the cull was cruel.', 'cull was cruel').name).toBe('Otter Trust')
  })
})

describe('a want stated by its holder, seventh round', () => {
  it('reads "X wants to <verb>" as X\'s position, "wants" the cue', () => {
    const { c, name } = claimWith('The Otter Trust wants to build a smaller dam by 2029.', 'smaller dam')
    expect([name, c.sourceKind, c.cue, c.kind]).toEqual(['Otter Trust', 'named', 'wants', 'position'])
  })
})

describe('a second reported predicate in an irregular past, seventh round', () => {
  it('splits "said the trust offered X and paid for Y" into two claims by the same source', () => {
    const d = run('Anna Berg said the trust offered the farmer free shares in 2024 and paid for a hedge along his field.', 'round7', [])
    const paid = d.claims.find((x) => x.text.includes('hedge'))
    const offered = d.claims.find((x) => x.text.includes('free shares'))
    expect(paid).toBeDefined()
    expect(offered?.text).not.toContain('hedge')
    expect(paid?.speaker).toBe(offered?.speaker)
    expect(paid?.cue).toBe('said')
  })
})
