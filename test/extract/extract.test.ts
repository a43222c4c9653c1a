import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EXTRACTOR_VERSION } from '../../src/extract/index.js'
import { registry, run, unplaced } from './helpers.js'

const seedText = readFileSync('seed/articles/ukraine-security-guarantees.txt', 'utf8')

describe('extract', () => {
  it('marks every item extracted, with a confidence and the rule that made it', () => {
    const d = run(seedText, 'ukraine-security-guarantees', registry)
    for (const item of [...d.actors, ...d.events, ...d.claims, ...d.questions]) {
      expect(item.origin).toBe('extracted')
      expect(item.confidence).toBeGreaterThan(0)
      expect(item.confidence).toBeLessThanOrEqual(1)
      expect(item.extraction.version).toBe(EXTRACTOR_VERSION)
      expect(item.extraction.rule).not.toBe('')
    }
  })

  it('gives identical ids when the same text is extracted again', () => {
    const a = run(seedText, 'ukraine-security-guarantees', registry)
    const b = run(seedText, 'ukraine-security-guarantees', registry)
    expect(b).toEqual(a)
    const ids = [...a.events, ...a.claims, ...a.questions].map((x) => x.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100)
  })

  it('places every quote in the text, emoji and accents before the spans included', () => {
    const text = '🇫🇷 Prime Minister José Ñúñez said on Tuesday that the talks had failed. 🙂 Officials said Zoë Müller-Łukasz would attend. He said: “We will not sign.” The talks could resume next week.'
    const d = run(text)
    expect(unplaced(d, text)).toEqual([])
    expect(unplaced(run(seedText, 'ukraine-security-guarantees', registry), seedText)).toEqual([])
  })

  it('returns a valid empty or small draft for texts with little or nothing in them', () => {
    for (const text of ['', '  \n\n', 'Hello', '“”', '🇺🇦'.repeat(20), 'Title\r\n\r\nThe council met on Monday.\r\n', '"An unclosed quote said X. And more']) {
      const d = run(text)
      expect(d.article.language).toBe('en')
      expect(unplaced(d, text)).toEqual([])
    }
  })
})
