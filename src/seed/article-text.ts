import { francAll } from 'franc-min'
import { segment } from './segment.js'

// What an article text must be before anything reads it: UTF-8 (decoded strictly, so a
// wrong encoding is an error, never U+FFFD), not empty, not binary, within the maximum
// size, with at least one sentence, and in English (the segmenter's abbreviations and the
// extractor's rules are English). The load stage and `npm run extract` both use this.

// A trigram guesser confuses short English text with its neighbours (a wire dateline reads
// as French to it), so a short text (or a long one of few function words) passes as English
// when its score is near the best, not only when first.
const ENGLISH_MIN_SCORE = 0.85
// Enough text for the guess to settle; reading more only costs time on large articles.
const LANGUAGE_SAMPLE_CHARS = 4000
// English function words that are not common words of another language written in Latin
// letters ("was" and "will" are German, "to" Polish, "for" and "her" Danish, "of" Dutch,
// "he" Finnish). In English news they are 16–25% of the words (the curated article 17%,
// every development article 17–25%); in German, French, Dutch or Polish prose, none.
const ENGLISH_WORDS = new Set(['the', 'and', 'that', 'with', 'from', 'said', 'has', 'have', 'been', 'were', 'are', 'would', 'not', 'this', 'which', 'their', 'its', 'his', 'they', 'she', 'who', 'after', 'about', 'than', 'but'])
// The same for the languages an article is most often written in instead: prose in one of
// them is a fifth or more its own function words, a list or a table of results hardly any
const OTHER_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries({
  deu: 'der die und nicht ist das mit sich des auf für ein eine dem den zu von wird sind auch',
  fra: 'le la les et des est une pour dans qui que pas sur au du avec ce il sont',
  spa: 'el los las y del que en una por con para es no se al lo como más',
  ita: 'il di che e la per un una non sono del della con gli le nel è si',
  nld: 'de het een en van niet dat op te zijn met voor aan er ook bij wordt',
  por: 'o os as e do da que em um uma para com não é se na no dos',
  pol: 'i w na nie się z do że to jest o jak ale po przez od za',
  rus: 'и в не на что с по как это из к за от о был его'
}).map(([code, words]) => [code, new Set(words.split(' '))])
// In a sample of at least this many words, the shares decide: English from this share of
// English function words; another language from OTHER_SHARE of its own. A text with few of
// either (a list, a table) is left to the trigram guesser, as a short one is: its scores
// alone cannot decide prose (they bunch up as a text grows, a 120-word German paragraph
// scoring English at 0.98 of German's best). The shares cost a pass over the words; the
// guesser about 1.4 ms an article, 16% of a build's CPU, now spent on few texts.
const ENGLISH_MIN_WORDS = 60
const ENGLISH_MIN_SHARE = 0.08
const OTHER_SHARE = 0.12

export type Decoded = { ok: true, text: string } | { ok: false, problem: string }

/** Decodes and checks an article's bytes: its text, or what is wrong with it in one sentence. */
export function decodeArticle (bytes: Uint8Array, maxBytes: number): Decoded {
  const fail = (problem: string): Decoded => ({ ok: false, problem })
  if (bytes.length === 0) return fail('empty file: an article needs text')
  if (bytes.length > maxBytes) return fail(`${bytes.length} bytes, over the maximum article size of ${maxBytes} bytes (MAX_ARTICLE_BYTES, or --max-article-bytes)`)
  const control = bytes.findIndex((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)
  if (control !== -1) return fail(`binary file (byte 0x${bytes[control]!.toString(16).padStart(2, '0')} at offset ${control}): an article is plain UTF-8 text`)
  let text: string
  try {
    // ignoreBOM keeps a byte order mark in the text: the text is stored exactly as given
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return fail(`not UTF-8 (an invalid byte sequence at offset ${invalidUtf8At(bytes)}): save the article as UTF-8`)
  }
  if (text.trim() === '') return fail('empty file: only white space')
  if (!segment(text).sentences.some((s) => /\p{L}/u.test(text.slice(s.range.start, s.range.end)))) {
    return fail('no sentence: the text has no words')
  }
  const language = guessLanguage(text)
  if (language !== null) return fail(`not English (it reads as ${language}): only English articles can be read`)
  return { ok: true, text }
}

/** A byte count from a flag or the environment: a whole number above 0. */
export function parseByteCount (name: string, raw: string): number {
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number of bytes above 0, not "${raw}"`)
  return n
}

/** The ISO 639-3 code of the language the text is in when that is clearly not English, else null. */
export function guessLanguage (text: string): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS)
  const { words, english, other } = functionWords(sample)
  if (words >= ENGLISH_MIN_WORDS) {
    if (english >= ENGLISH_MIN_SHARE * words) return null
    if (other.count >= OTHER_SHARE * words) return other.code
  }
  const scores = francAll(sample)
  const best = scores[0]
  if (best === undefined || best[0] === 'und' || best[0] === 'eng') return null
  const englishScore = scores.find(([code]) => code === 'eng')?.[1] ?? 0
  return englishScore >= ENGLISH_MIN_SCORE ? null : best[0]
}

/** How many words a sample has, how many are English function words, and which other language's function words are the most of it. */
function functionWords (sample: string): { words: number, english: number, other: { code: string, count: number } } {
  let words = 0
  let english = 0
  const counts = new Map<string, number>()
  for (const [word] of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++
    if (ENGLISH_WORDS.has(word)) english++
    for (const [code, set] of OTHER_WORDS) if (set.has(word)) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  let other = { code: 'und', count: 0 }
  for (const [code, count] of counts) if (count > other.count) other = { code, count }
  return { words, english, other }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function invalidUtf8At (bytes: Uint8Array): number {
  // the shortest prefix that fails to decode ends at it (stream mode allows a sequence cut
  // at the end of a prefix, so only a truly invalid byte fails; none: the file is cut short)
  let lo = 0
  let hi = bytes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    try { new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true }); lo = mid + 1 } catch { hi = mid }
  }
  // the bad sequence starts at a lead byte just before, when that sequence was left open
  for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) {
    const b = bytes[k] as number
    if ((b & 0xc0) === 0x80) continue
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return k + length > lo ? k : lo
  }
  return lo
}
