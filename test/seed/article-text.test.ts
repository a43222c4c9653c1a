import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeArticle, guessLanguage, parseByteCount } from '../../src/seed/article-text.js'
import { DEFAULT_MAX_ARTICLE_BYTES, maxArticleBytesFromEnv } from '../../src/config.js'
import { MINI_SEED, REAL_SEED } from '../helpers/seed.js'

const bytes = (s: string) => Buffer.from(s, 'utf8')

describe('decodeArticle', () => {
  it('keeps the text exactly as given, a byte order mark and CRLF included', () => {
    const text = '\uFEFFTitle\r\nThe 🇺🇦 flag flew. Zoé spoke.\r\n'
    expect(decodeArticle(bytes(text), 1000)).toEqual({ ok: true, text })
  })

  it('accepts the seed articles', () => {
    for (const file of [join(REAL_SEED, 'articles', 'ukraine-security-guarantees.txt'), join(MINI_SEED, 'articles', 'mini.txt')]) {
      expect(decodeArticle(readFileSync(file), DEFAULT_MAX_ARTICLE_BYTES).ok).toBe(true)
    }
  })

  it('names the offset where a sequence breaks, at its lead byte', () => {
    const at = (b: number[]) => decodeArticle(Buffer.from(b), 100)
    expect(at([0x41, 0xc3, 0xa9, 0x80, 0x2e])).toMatchObject({ problem: expect.stringContaining('offset 3') }) // a stray continuation after a whole "é"
    expect(at([0x41, 0x42, 0xe2, 0x82, 0x41])).toMatchObject({ problem: expect.stringContaining('offset 2') }) // a sequence cut short
    expect(at([0x41, 0x2e, 0xf0, 0x9f])).toMatchObject({ problem: expect.stringContaining('offset 2') }) // cut at the end of the file
  })

  it('takes the limit exactly: a text of the maximum size passes', () => {
    const text = 'Officials said the talks would resume next week in the capital. '.repeat(10).trim()
    expect(decodeArticle(bytes(text), Buffer.byteLength(text)).ok).toBe(true)
    expect(decodeArticle(bytes(text), Buffer.byteLength(text) - 1).ok).toBe(false)
  })
})

describe('guessLanguage', () => {
  // short English texts that a trigram guesser alone takes for French or Dutch
  it.each([
    'KYIV, March 4 (Reuters) - Ukraine said on Tuesday it would not cede territory.',
    'The minister denied the report. Officials said talks would resume next week.',
    'North: 1,200 homes (up 12 percent)',
    'Will the talks succeed?'
  ])('takes short English for English: %s', (text) => {
    expect(guessLanguage(text)).toBeNull()
  })

  it.each([
    ['deu', 'Der Minister bestritt den Bericht. Die Gespräche sollen nächste Woche in Berlin fortgesetzt werden, sagte ein Sprecher.'],
    ['spa', 'El ministro negó el informe y dijo que las conversaciones seguirían la próxima semana en Madrid con los aliados.'],
    ['rus', 'Министр опроверг сообщение. Переговоры возобновятся на следующей неделе, сказал представитель.']
  ])('names another language: %s', (code, text) => {
    expect(guessLanguage(text)).toBe(code)
  })

  // long enough for the function-word count: it answers for English, never for another language
  it.each([
    ['deu', 'Der Minister bestritt den Bericht, und es war nicht klar, ob die Regierung den Plan unterstützen will. Die Gespräche sollen nächste Woche in Berlin fortgesetzt werden, sagte ein Sprecher. '],
    ['nld', 'De minister ontkende het bericht en het was niet duidelijk of de regering het plan steunt. Het overleg wordt volgende week hervat, zei een woordvoerder van het ministerie in Den Haag. '],
    ['pol', 'Minister zaprzeczył doniesieniom i nie było jasne, czy rząd poprze ten plan. To nie jest prawda, powiedział rzecznik, a rozmowy będą kontynuowane w przyszłym tygodniu w Warszawie. ']
  ])('names another language in a long text: %s', (code, paragraph) => {
    expect(guessLanguage(paragraph.repeat(6))).toBe(code)
  })

  it('takes a long English text with few function words for English (a table of results that reads as French to the guesser)', () => {
    const text = 'Tour de France, stage 12 results: 1. Pogacar, UAE Emirates, 4h 12min 03s. 2. Vingegaard, Visma, same time. 3. Evenepoel, Soudal Quick-Step, at 12s. 4. Roglic, Bora, at 45s. 5. Ayuso, UAE Emirates, at 1min 02s. 6. Rodriguez, Ineos, at 1min 10s. 7. Gaudu, Groupama-FDJ, at 1min 30s. 8. Bardet, DSM, at 1min 41s. 9. Martinez, Bora, at 2min. 10. Vauquelin, Arkea, at 2min 12s. General classification: Pogacar leads Vingegaard by 1min 06s; Evenepoel third. Mountains: Pogacar. Points: Girmay. Youth: Evenepoel. Teams: UAE Emirates. Stage 13, Saturday: Agen to Pau, 165 km.'
    expect(guessLanguage(text)).toBeNull()
  })

  it('takes a long English text for English', () => {
    const text = 'The minister denied the report on Monday. Officials said that the talks, which stalled after the vote, would resume next week, and that both sides had agreed on most of the chapters. '.repeat(5)
    expect(guessLanguage(text)).toBeNull()
  })
})

describe('the maximum article size', () => {
  it('is 1 MB unless MAX_ARTICLE_BYTES says otherwise', () => {
    expect(maxArticleBytesFromEnv({})).toBe(1_000_000)
    expect(maxArticleBytesFromEnv({ MAX_ARTICLE_BYTES: '2048' })).toBe(2048)
    expect(() => maxArticleBytesFromEnv({ MAX_ARTICLE_BYTES: '1e3x' })).toThrow('MAX_ARTICLE_BYTES must be a whole number of bytes above 0, not "1e3x"')
    expect(() => parseByteCount('--max-article-bytes', '0')).toThrow('--max-article-bytes must be a whole number of bytes above 0, not "0"')
  })
})
