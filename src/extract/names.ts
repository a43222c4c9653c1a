import type { Range } from '../seed/segment.js'
import type { Sentence } from './nlp.js'
import { NON_NAMES } from './lexicon.js'

// Runs of capitalised words: the raw material of names. A run is broken by punctuation, by
// a possessive ("Trump's" ends a run) and by a lower-case word other than the particles
// inside names ("Secretary of State", "Alliance of Small Island States", "Ursula von der
// Leyen"). "NATO-style" yields NATO; "non-NATO" yields nothing (a word starting after a
// hyphen is not a name).

export interface NameWord extends Range { text: string }
export interface NameRun extends Range { words: NameWord[], possessive: boolean, sentence: Sentence }

const WORD = /(?<![\p{L}\p{M}\p{N}'’-])(?:\p{Lu}\.){2,}|(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*/gu
const PARTICLES = new Set(['of', 'of the', 'for', 'for the', 'de', 'del', 'da', 'van', 'von', 'von der', 'van der', 'der', 'bin', 'al', 'la', 'le', 'du', 'dos', 'di'])
const DOTTED = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Prof', 'Adm', 'Sgt'])

function wordsOf (text: string, s: Sentence): Array<NameWord & { possessive: boolean }> {
  const out: Array<NameWord & { possessive: boolean }> = []
  const body = text.slice(s.start, s.end)
  for (const m of body.matchAll(WORD)) {
    let w = m[0]
    const start = s.start + (m.index ?? 0)
    let possessive = false
    const poss = /['’]s?$/.exec(w)
    if (poss !== null && /^['’]s?$/.test(poss[0]) && (w.endsWith('s') || w.endsWith('’') || w.endsWith("'"))) {
      if (/['’]s$/.test(w)) { w = w.slice(0, -2); possessive = true }
    }
    // "NATO-style": the lower-case tail is not part of the name
    const tail = /-\p{Ll}/u.exec(w)
    let cut = false
    if (tail !== null) { w = w.slice(0, tail.index); cut = true }
    // "Mr." and middle initials keep their dot
    if (text[start + w.length] === '.' && !cut && !possessive && (DOTTED.has(w) || /^\p{Lu}$/u.test(w))) w += '.'
    if (w === '') continue
    out.push({ start, end: start + w.length, text: w, possessive: possessive || cut })
  }
  return out
}

/** Every run of capitalised words in a sentence, leading non-name words ("The", "However") dropped. */
export function nameRuns (text: string, s: Sentence): NameRun[] {
  const words = wordsOf(text, s)
  const runs: NameRun[] = []
  let current: NameWord[] = []
  let possessive = false
  const flush = () => {
    // leading function words and a sentence-initial word the tagger does not call a name
    while (current.length > 0) {
      const first = current[0] as NameWord
      const lower = first.text.toLowerCase().replace(/\.$/, '')
      const token = s.tokens.find((t) => t.start === first.start)
      const initial = first.start === s.start || /["“‘(]\s*$/.test(text.slice(s.start, first.start))
      if (NON_NAMES.has(lower) && !(lower === 'mr' || lower === 'mrs' || lower === 'ms' || lower === 'dr')) { current.shift(); continue }
      if (initial && token !== undefined && token.pos !== 'PROPN' && current.length === 1) { current.shift(); continue }
      break
    }
    const first = current[0]
    const last = current.at(-1)
    if (first !== undefined && last !== undefined) runs.push({ start: first.start, end: last.end, words: current, possessive, sentence: s })
    current = []
    possessive = false
  }
  for (const w of words) {
    const prev = current.at(-1)
    if (prev !== undefined) {
      const gap = text.slice(prev.end, w.start)
      // ("Cider Makers' Association", "Farmers' Union": a plural possessive inside a name)
      const joined = gap === ' ' || (gap.startsWith(' ') && gap.endsWith(' ') && PARTICLES.has(gap.trim())) || (/^['’] $/.test(gap) && /s$/.test(prev.text))
      if (!joined || possessive) flush()
    }
    current.push({ start: w.start, end: w.end, text: w.text })
    if (w.possessive) possessive = true
  }
  flush()
  return runs
}
