import type { SeedActor } from '../schemas/seed.js'
import type { Range } from '../seed/segment.js'
import { mentionFinder, type AliasSource } from '../seed/link.js'
import type { Analysis, Token } from './nlp.js'
import { nameRuns, type NameRun, type NameWord } from './names.js'
import { ANONYMOUS_HEADS, ALLIANCE_ACRONYMS, ALLIANCE_WORDS, GROUP_HEADS, INSTITUTION_HEADS, LOCATIVE, NOT_ACTOR_UNIONS, NOT_ACTOR_WORDS, ORG_DESCRIPTORS, ORG_WORDS, PARTY_PLURALS, REGION_ADJECTIVES, SPEAKS_FOR, isTitle } from './lexicon.js'
import { STATES } from './states.js'
import { slug } from './ids.js'
import { rolesFor, type RoleDraft } from './roles.js'

// Actors: the registry first (one actor, one id across articles), then states by name,
// alias or demonym, abbreviations the text defines, and names from runs of capitalised
// words, classified by their titles and head words. Surface forms of one actor are merged:
// "Zelensky" is "Volodymyr Zelensky" when the article names him in full.

type ActorKind = SeedActor['kind']
export interface Mention extends Range { actor: string, surface: string }
interface ActorDraft {
  id: string
  name: string
  kind: ActorKind
  registry: boolean
  rule: string
  confidence: number
  mentions: Mention[]
  roles: RoleDraft[]
  /** the common noun that introduced it ("the rail union X": union), for "the union" later */
  descriptor?: string
}
export interface ActorSet {
  actors: Map<string, ActorDraft>
  /** every mention, in text order */
  mentions: Mention[]
  /** the mentions inside a range */
  within: (r: Range) => Mention[]
}

/** What comes right before a name used as a place: "in", "near" ...; for a single word also "on",
 * "<a place noun> of" and a first place and "and" ("in Palma and Ibiza"). */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|near|outside|around|across)\s+$/u
const PLACE_BEFORE_SINGLE = /(?<![\p{L}])(?:(?:in|near|outside|around|across|on)\s+(?:\p{Lu}[\p{L}\p{M}]+\s+(?:and|or)\s+)?|(?:port|island|town|city|village|region|province|municipality|county|valley)\s+of\s+)$/u

/** Bodies named by their members: "the midwives' union", "the growers' association". */
const MEMBER_BODIES = new Set(['union', 'association', 'federation', 'council', 'cooperative', 'co-op'])

/** Capitals and seats of government that stand for their state in news copy. General knowledge. */
const CAPITALS = new Map<string, string>(`
  Washington = United States | White House = United States | Moscow = Russia | Kremlin = Russia
  Beijing = China | London = United Kingdom | Downing Street = United Kingdom | Whitehall = United Kingdom
  Paris = France | Élysée = France | Berlin = Germany | Brussels = European Union | Tokyo = Japan
  Kyiv = Ukraine | Kiev = Ukraine | Ankara = Turkey | Tehran = Iran | Warsaw = Poland | Madrid = Spain
  Rome = Italy | New Delhi = India | Ottawa = Canada | Canberra = Australia | Seoul = South Korea
  Pyongyang = North Korea | Riyadh = Saudi Arabia | Cairo = Egypt | Brasília = Brazil | Brasilia = Brazil
  Pretoria = South Africa | Islamabad = Pakistan | Kabul = Afghanistan | Baghdad = Iraq | Damascus = Syria
  Athens = Greece | Vienna = Austria | Bern = Switzerland | Stockholm = Sweden | Oslo = Norway
  Copenhagen = Denmark | Helsinki = Finland | Dublin = Ireland | Lisbon = Portugal | Prague = Czech Republic
  Budapest = Hungary | Bucharest = Romania | Belgrade = Serbia | Vilnius = Lithuania | Riga = Latvia
  Tallinn = Estonia | Minsk = Belarus | Tbilisi = Georgia | Yerevan = Armenia | Baku = Azerbaijan
  Hanoi = Vietnam | Jakarta = Indonesia | Manila = Philippines | Havana = Cuba | Caracas = Venezuela
  Bogotá = Colombia | Doha = Qatar | Abu Dhabi = United Arab Emirates | Amman = Jordan`.split(/\s*\|\s*|\s*\n\s*/).filter(Boolean).map((x) => x.split(/\s*=\s*/) as [string, string]))
const METONYMS = new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?(?:${[...CAPITALS.keys()].sort((x, y) => y.length - x.length).join('|')})(?![\\p{L}])`, 'gu')

const ABBREVIATION = /((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:(?:of|the|for|and|on|in)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)+)\s+\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/gu

function kindOf (name: string, titled: boolean): { kind: ActorKind, confidence: number, rule: string } | null {
  const words = name.split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  if (!lower.some((w) => ORG_WORDS.has(w)) && NOT_ACTOR_WORDS.has(lower.at(-1) as string)) return null
  if (ALLIANCE_ACRONYMS.has(name) || lower.some((w) => ALLIANCE_WORDS.has(w))) return { kind: 'alliance', confidence: 0.8, rule: 'name-alliance-word' }
  if (lower.some((w) => ORG_WORDS.has(w))) return { kind: 'organization', confidence: 0.75, rule: 'name-organisation-word' }
  if (/^[\p{Lu}\p{N}&.-]{2,8}$/u.test(name)) return { kind: 'organization', confidence: 0.6, rule: 'name-acronym' }
  if (titled) return { kind: 'person', confidence: 0.85, rule: 'name-after-title' }
  if (words.length >= 2 && words.length <= 4) return { kind: 'person', confidence: 0.7, rule: 'name-person-shape' }
  return { kind: 'organization', confidence: 0.35, rule: 'name-single-word' }
}

function titleWords (words: NameWord[], text: string): number {
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const t = text.slice((words[0] as NameWord).start, (words[n - 1] as NameWord).end).toLowerCase().replace(/\s+/g, ' ')
    if (n < words.length && isTitle(t)) return n
  }
  return 0
}

export function findActors (a: Analysis, registry: readonly SeedActor[], exclude: Range | null = null): ActorSet {
  const { text } = a
  const actors = new Map<string, ActorDraft>()
  const add = (id: string, init: () => Omit<ActorDraft, 'mentions' | 'roles'>): ActorDraft => {
    let actor = actors.get(id)
    if (actor === undefined) { actor = { ...init(), mentions: [], roles: [] }; actors.set(id, actor) }
    return actor
  }
  const registryIds = new Set(registry.map((r) => r.id))
  const registryByName = new Map<string, SeedActor>()
  for (const r of registry) for (const n of [r.name, ...r.aliases]) registryByName.set(n, r)

  // Known forms: the registry, states, and abbreviations the article defines.
  const sources: AliasSource[] = registry.map((r) => ({ id: r.id, aliases: r.aliases, excludes: r.excludes }))
  const kinds = new Map<string, { name: string, kind: ActorKind, rule: string, confidence: number, registry: boolean }>()
  for (const r of registry) kinds.set(r.id, { name: r.name, kind: r.kind, rule: 'registry-alias', confidence: 0.95, registry: true })
  for (const s of STATES) {
    const known = registryByName.get(s.name)
    const id = known?.id ?? slug(s.name)
    const forms = [s.name, ...s.aliases, ...s.demonyms].filter((f) => registryByName.get(f) === undefined || registryByName.get(f)?.id === id)
    sources.push({ id, aliases: forms })
    if (!kinds.has(id)) kinds.set(id, { name: s.name, kind: 'state', rule: 'state-gazetteer', confidence: 0.9, registry: registryIds.has(id) })
  }
  for (const m of text.matchAll(ABBREVIATION)) {
    // "Ireland's Data Protection Commission (DPC)": the possessor is an actor of its own
    const long = (m[1] as string).replace(/^(?:The|A|An)\s+/, '').replace(/^.*['’]s\s+/, '')
    const short = m[2] as string
    if (!long.split(/\s+/).some((w) => w[0] === short[0])) continue
    const known = registryByName.get(long) ?? registryByName.get(short)
    const id = known?.id ?? slug(long)
    sources.push({ id, aliases: [long, short] })
    const k = kindOf(long, false) ?? { kind: 'organization' as const, confidence: 0.6, rule: '' }
    if (!kinds.has(id)) kinds.set(id, { ...k, confidence: 0.85, name: long, rule: 'abbreviation-defined', registry: false })
  }
  // "the Estonian Greens", "Swedish Social Democrats": a party named by a demonym and a
  // plural is an organisation of its own, not a mention of the state
  const demonyms = new Set(STATES.flatMap((x) => x.demonyms))
  // (a lookahead, so "The Latvian Greens" is tried at "Latvian" too)
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}\p{M}]+)(?=(\s+)((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+s)(?![\p{L}]))/gu)) {
    if (!demonyms.has(m[1] as string) || !PARTY_PLURALS.test(m[3] as string)) continue
    const surface = `${m[1] as string}${m[2] as string}${m[3] as string}`
    const name = surface.replace(/\s+/g, ' ')
    const id = registryByName.get(name)?.id ?? slug(name)
    if (kinds.has(id)) continue
    sources.push({ id, aliases: [surface] })
    kinds.set(id, { name, kind: 'organization', rule: 'party-demonym', confidence: 0.75, registry: registryIds.has(id) })
  }
  const found = mentionFinder(sources)(text)
  const mentions: Mention[] = []
  for (const m of found) {
    const k = kinds.get(m.actorId)
    if (k === undefined) continue
    add(m.actorId, () => ({ id: m.actorId, ...k }))
    mentions.push({ start: m.range.start, end: m.range.end, actor: m.actorId, surface: text.slice(m.range.start, m.range.end) })
  }
  // "Washington said", "Brussels has pressed", "the Kremlin denied": a capital or a seat of
  // government standing for its state when it is the subject of a verb (never after "in"/"at":
  // "talks in Warsaw" is a place)
  for (const s of a.sentences) {
    for (const m of s.text.matchAll(METONYMS)) {
      const start = s.start + (m.index ?? 0)
      const end = start + (m[0] as string).length
      const state = CAPITALS.get((m[0] as string).replace(/^the\s+/i, '')) as string
      const prev = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(s.start, start - 12), start))?.[1]?.toLowerCase()
      const next = s.tokens.find((x) => x.start >= end)
      // (a possessive is left alone: "Tallinn's old harbour" is the city's)
      const subject = next !== undefined && next.start - end <= 1 && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.lower)
      // ("Denzel Washington said": a surname, not the capital)
      const inName = /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(text.slice(Math.max(s.start, start - 20), start)) && !/(?:^|\s)The\s+$/.test(text.slice(Math.max(s.start, start - 5), start))
      if (!subject || inName || (prev !== undefined && LOCATIVE.has(prev)) || mentions.some((x) => x.start < end && start < x.end)) continue
      const id = registryByName.get(state)?.id ?? slug(state)
      const k = kinds.get(id) ?? { name: state, kind: 'organization' as const, rule: 'capital-metonym', confidence: 0.7, registry: registryIds.has(id) }
      add(id, () => ({ id, ...k }))
      mentions.push({ start, end, actor: id, surface: text.slice(start, end) })
    }
  }
  // which characters known mentions cover, kept as a mask so each test is as long as the range
  const mask = new Uint8Array(text.length)
  const mark = (r: Range) => mask.fill(1, r.start, r.end)
  for (const m of mentions) mark(m)
  const covered = (r: Range) => { for (let i = r.start; i < r.end; i++) if (mask[i] === 1) return true; return false }

  // Groups: "European allies", "Western officials".
  for (const s of a.sentences) {
    for (const g of s.text.matchAll(/(?<![\p{L}])((?:Latin American|[\p{Lu}][\p{Ll}]+)\s+(\p{Ll}+))/gu)) {
      const adj = (g[1] as string).split(/\s+/).slice(0, -1).join(' ')
      if (!REGION_ADJECTIVES.has(adj) || !GROUP_HEADS.has(g[2] as string)) continue
      const start = s.start + (g.index ?? 0)
      const r = { start, end: start + (g[1] as string).length }
      if (covered(r)) continue
      const name = g[1] as string
      const id = registryByName.get(name)?.id ?? slug(name)
      add(id, () => ({ id, name, kind: 'group', rule: 'group-region-plural', confidence: 0.7, registry: registryIds.has(id) }))
      mentions.push({ ...r, actor: id, surface: name })
      mark(r)
    }
  }

  // Institutions named by a description: "the regional transport authority", "Riverton city
  // council", "Kyrgyzstan's foreign ministry": a head noun and up to three modifiers before it.
  for (const s of a.sentences) {
    s.tokens.forEach((t, i) => {
      const next = s.tokens[i + 1]
      // (the tagger calls a phrase-final "cooperative" an adjective: "the Harju fishing cooperative")
      const head = t.pos === 'NOUN' || (t.lower === 'cooperative' && (next === undefined || !['NOUN', 'PROPN'].includes(next.pos)))
      if (!INSTITUTION_HEADS.has(t.lower) || !head) return
      let from = i
      while (from > 0 && i - from < 3) {
        const p = s.tokens[from - 1] as Token
        if (!['ADJ', 'NOUN', 'PROPN'].includes(p.pos) || /^\p{Lu}/u.test(p.text) !== (from - 1 === i - 3 || /^\p{Lu}/u.test(p.text)) || p.lower === 'the') break
        from--
      }
      // "the public prosecutor's office", "the harbour master's office": an office named by its holder's title
      const poss = s.tokens[i - 1]
      const holder = s.tokens[i - 2]
      if (from === i && poss !== undefined && /^['’]s$/.test(poss.text) && holder !== undefined && holder.pos === 'NOUN' && /^\p{Ll}/u.test(holder.text) && t.lower === 'office') {
        from = i - 2
        while (from > 0 && i - from < 4 && ['ADJ', 'NOUN'].includes((s.tokens[from - 1] as Token).pos) && /^\p{Ll}/u.test((s.tokens[from - 1] as Token).text)) from--
      }
      // "the midwives' union", "the engineers' union": a body named by its members, a plural possessive
      const apostrophe = s.tokens[i - 1]
      const members = s.tokens[i - 2]
      if (from === i && MEMBER_BODIES.has(t.lower) && apostrophe !== undefined && /^['’]$/u.test(apostrophe.text) && members !== undefined &&
        apostrophe.start === members.end && members.pos === 'NOUN' && /^\p{Ll}+s$/u.test(members.text)) {
        from = i - 2
        const m = s.tokens[from - 1]
        if (m !== undefined && ['ADJ', 'NOUN'].includes(m.pos) && /^\p{Ll}/u.test(m.text)) from--
      }
      if (from === i) return
      const modifiers = s.tokens.slice(from, i)
      // a family is named by its surname ("the Etxeberria family"), never by a description ("the royal family")
      if (t.lower === 'family' && !modifiers.every((x) => /^\p{Lu}/u.test(x.text))) return
      // "the pilots' union ZPL", "the consumer federation Federacja Konsumentów": a description
      // right before a name says what the name is (the name is the actor)
      if (next !== undefined && next.start === t.end + 1 && /^\p{Lu}/u.test(next.text) && ['PROPN', 'NOUN', 'X'].includes(next.pos)) return
      // "the customs union" is an arrangement between states, not a body that acts
      if (t.lower === 'union' && modifiers.some((x) => NOT_ACTOR_UNIONS.has(x.lower))) return
      let end = t.end
      const of = /^\s+(?:of|for)(?:\s+the)?\s+\p{Lu}[\p{L}\p{M}]+/u.exec(text.slice(t.end, t.end + 40))
      if (of !== null) end += of[0].length
      const r = { start: (s.tokens[from] as Token).start, end }
      if (covered(r) || (exclude !== null && r.start < exclude.end && exclude.start < r.end)) return
      const name = text.slice(r.start, r.end)
      const id = registryByName.get(name)?.id ?? slug(name)
      add(id, () => t.lower === 'family'
        ? { id, name, kind: 'group', rule: 'family-name', confidence: 0.6, registry: registryIds.has(id) }
        : { id, name, kind: 'organization', rule: 'institution-description', confidence: 0.5, registry: registryIds.has(id) })
      mentions.push({ ...r, actor: id, surface: name })
      mark(r)
    })
  }

  // Names from capitalised runs, minus what is already known.
  interface Candidate { run: NameRun, words: NameWord[], titled: boolean, locative: boolean, described: boolean, descriptor?: string }
  const candidates: Candidate[] = []
  for (const s of a.sentences) {
    for (const run of nameRuns(text, s)) {
      if (exclude !== null && run.start < exclude.end && exclude.start < run.end) continue
      // split the run around known mentions: "President" + "Volodymyr Zelensky"
      let piece: NameWord[] = []
      const pieces: NameWord[][] = []
      for (const w of run.words) {
        if (covered(w)) { if (piece.length > 0) pieces.push(piece); piece = []; continue }
        piece.push(w)
      }
      if (piece.length > 0) pieces.push(piece)
      for (const p of pieces) {
        const t = titleWords(p, text)
        const words = p.slice(t)
        if (words.length === 0) continue
        const before = text.slice(Math.max(s.start, (words[0] as NameWord).start - 12), (words[0] as NameWord).start)
        const prevWord = /(\p{L}+)\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase()
        // ("a statement from X", "a spokesman for X", "officials at X": the one who speaks, not a place)
        const speaksFor = SPEAKS_FOR.test(text.slice(Math.max(s.start, (words[0] as NameWord).start - 40), (words[0] as NameWord).start))
        const locative = t === 0 && prevWord !== undefined && LOCATIVE.has(prevWord) && !speaksFor && !/according\s+to\s+$/.test(text.slice(Math.max(s.start, (words[0] as NameWord).start - 16), (words[0] as NameWord).start))
        // "the rail union X", "Terminal operator X": a common noun right before says what X is
        // "a Brotzeit spokesperson", "Portlink officials": an organisation speaks through them
        const initialWord = run.start === s.start || /["“‘(]\s*$/.test(text.slice(s.start, run.start))
        const spokes = !(initialWord && words.length === 1) && /^\s+(?:spokesperson|spokesman|spokeswoman|spokespeople|officials?|executives?|representatives?)\b/.test(text.slice((words.at(-1) as NameWord).end, (words.at(-1) as NameWord).end + 20)) && kindOf(text.slice((words[0] as NameWord).start, (words.at(-1) as NameWord).end), false)?.kind !== 'state'
        // "a residents' group, X,": the descriptor in apposition, the name closed by a comma
        const lastEnd = (words.at(-1) as NameWord).end
        const appositive = /^\s*,/.test(text.slice(lastEnd, lastEnd + 2)) ? /(\p{L}[\p{L}-]*),\s+$/u.exec(text.slice(Math.max(s.start, (words[0] as NameWord).start - 24), (words[0] as NameWord).start))?.[1]?.toLowerCase() : undefined
        const descriptor = appositive ?? /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(s.start, (words[0] as NameWord).start - 24), (words[0] as NameWord).start))?.[1]?.toLowerCase() ?? ''
        const described = spokes || (t === 0 && ORG_DESCRIPTORS.has(descriptor))
        candidates.push({ run, words, titled: t > 0 || /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(before), locative, described, ...(t === 0 && ORG_DESCRIPTORS.has(descriptor) ? { descriptor } : {}) })
      }
    }
  }
  // multi-word names first, so single words can resolve to them as surnames
  candidates.sort((x, y) => y.words.length - x.words.length || x.run.start - y.run.start)
  const persons: ActorDraft[] = []
  const surnames = new Map<string, ActorDraft>()
  const placeLike: Array<{ r: Range, name: string }> = []
  // a single unknown word is a name only where the article uses it as one more than once,
  // or makes it a speaker or a possessor ("Lumora denied", "Lumora's chief executive")
  const lowerWords = new Set(text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? [])
  const singles = new Map<string, number>()
  for (const c of candidates) if (c.words.length === 1 && !c.locative) singles.set((c.words[0] as NameWord).text, (singles.get((c.words[0] as NameWord).text) ?? 0) + 1)
  // after "in", "near"...; for a single word also "on" ("on Ibiza"), "<a place noun> of" ("the
  // island of Vis") and the second of two places ("in Palma and Ibiza"). Every candidate name is
  // found in one pass with the linker's alias trie, not one scan of the text per name: an
  // article of a megabyte has thousands of names.
  const placeUse = new Map<string, { plain: boolean, single: boolean }>()
  const names = [...new Set(candidates.map((c) => text.slice((c.words[0] as NameWord).start, (c.words.at(-1) as NameWord).end).replace(/\s+/g, ' ')))]
  for (const m of mentionFinder(names.map((n) => ({ id: n, aliases: [n] })))(text)) {
    const before = text.slice(Math.max(0, m.range.start - 48), m.range.start)
    const use = placeUse.get(m.actorId) ?? { plain: false, single: false }
    use.plain ||= PLACE_BEFORE.test(before)
    use.single ||= PLACE_BEFORE_SINGLE.test(before)
    placeUse.set(m.actorId, use)
  }
  const usedAsPlace = (name: string, single = false) => placeUse.get(name)?.[single ? 'single' : 'plain'] === true
  const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')
  for (const c of candidates) {
    const r = { start: (c.words[0] as NameWord).start, end: (c.words.at(-1) as NameWord).end }
    const name = text.slice(r.start, r.end).replace(/\s+/g, ' ')
    const known = registryByName.get(name)
    const surname = c.words.length === 1 ? surnames.get(name) : undefined
    let actor: ActorDraft | undefined
    if (known !== undefined) actor = add(known.id, () => ({ id: known.id, name: known.name, kind: known.kind, rule: 'registry-name', confidence: 0.9, registry: true }))
    else if (surname !== undefined) actor = surname
    else if (c.locative) {
      placeLike.push({ r, name })
      continue
    } else if (c.words.length === 1 && [...actors.values()].some((x) => x.name === name && !x.registry)) {
      // a name already made an actor ("the operator Nordline") is that actor wherever it recurs
      actor = [...actors.values()].find((x) => x.name === name) as ActorDraft
    } else {
      const k = c.described && !c.titled ? { kind: 'organization' as const, confidence: 0.7, rule: 'name-after-descriptor' } : kindOf(name, c.titled)
      if (k === null) continue
      // "in Banská Štiavnica" elsewhere: a name of a person's shape the article uses as a place is one
      if (k.rule === 'name-person-shape' && usedAsPlace(name)) continue
      const acronymOf = k.rule === 'name-acronym' ? [...actors.values()].find((x) => x.kind !== 'person' && x.name.includes(' ') && initials(x.name) === name.replace(/\./g, '')) : undefined
      if (acronymOf !== undefined) {
        mentions.push({ ...r, actor: acronymOf.id, surface: name })
        continue
      }
      if (k.rule === 'name-single-word') {
        const followedByVerb = /^\s+(?:has|have|had|is|was|said|says|denied|did|will|would|could)\b/.test(text.slice(r.end, r.end + 12))
        const initial = c.run.start === c.run.sentence.start || /["“‘(]\s*$/.test(text.slice(c.run.sentence.start, r.start))
        // "Diplomats said", "Residents have": a common noun starting a sentence
        const common = lowerWords.has(name.toLowerCase()) || lowerWords.has(name.toLowerCase().replace(/s$/, '')) || ANONYMOUS_HEADS.has(name.toLowerCase())
        if (common || (!c.run.possessive && (initial || !followedByVerb) && (singles.get(name) ?? 0) < 2)) continue
        // "on the island of Vis", "in Palma and Ibiza": a word the article uses as a place is
        // one, unless it speaks ("Vis said" would make it the municipality)
        const speaks = /^\s+(?:said|says|denied|rejected|announced|argued|warned)\b/.test(text.slice(r.end, r.end + 12))
        if (!speaks && usedAsPlace(name, true)) continue
        // "the Rauhkogel lift" beside "Rauhkogel Bergbahnen": the first word of another actor's
        // name, used as a modifier, is the place both are named after
        const modifier = /^\s+\p{Ll}/u.test(text.slice(r.end, r.end + 3)) && !c.run.possessive
        if (modifier && !followedByVerb && [...actors.values()].some((x) => x.name.startsWith(`${name} `))) continue
        k.confidence = 0.5
      }
      const id = slug(name, 10)
      actor = add(id, () => ({ id, name, registry: registryIds.has(id), ...k }))
      if (actor.kind === 'person' && !surnames.has(name.split(' ').at(-1) as string)) { persons.push(actor); surnames.set(name.split(' ').at(-1) as string, actor) }
    }
    if (c.titled && actor.kind === 'person') actor.confidence = Math.max(actor.confidence, 0.85)
    if (c.descriptor !== undefined && actor.descriptor === undefined && !actor.registry) actor.descriptor = c.descriptor
    mentions.push({ ...r, actor: actor.id, surface: name })
  }
  // "an investigation into SolaraVerde" before "SolaraVerde rejected ...": after a preposition, a word
  // the article makes an organisation elsewhere is that organisation, not a place
  const orgByName = new Map<string, ActorDraft>()
  for (const x of actors.values()) if (x.kind === 'organization' && !x.registry && !orgByName.has(x.name)) orgByName.set(x.name, x)
  for (const { r, name } of placeLike) {
    const org = orgByName.get(name)
    if (org !== undefined && !covered(r)) mentions.push({ ...r, actor: org.id, surface: name })
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end)
  // "the environment office" after "the Federal Office for the Environment": a description whose
  // words all stand in an organisation's name, named earlier, is that organisation
  for (const d of [...actors.values()].filter((x) => x.rule === 'institution-description' && !x.registry)) {
    const words = d.name.toLowerCase().split(/\s+/)
    const first = mentions.find((m) => m.actor === d.id)?.start ?? 0
    const named = [...actors.values()].find((x) => x !== d && x.kind !== 'person' && x.name.split(/\s+/).length > words.length &&
      words.every((w) => x.name.toLowerCase().split(/\s+/).includes(w)) && mentions.some((m) => m.actor === x.id && m.start < first))
    if (named === undefined) continue
    for (const m of mentions) if (m.actor === d.id) m.actor = named.id
    actors.delete(d.id)
  }
  for (const m of mentions) actors.get(m.actor)?.mentions.push(m)
  const set: ActorSet = {
    actors,
    mentions,
    within: (r) => {
      // binary search for the first mention at or after r.start: mentions are sorted by start
      let lo = 0
      let hi = mentions.length
      while (lo < hi) { const mid = (lo + hi) >> 1; if ((mentions[mid] as Mention).start < r.start) lo = mid + 1; else hi = mid }
      const out: Mention[] = []
      for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < r.end; i++) if ((mentions[i] as Mention).end <= r.end) out.push(mentions[i] as Mention)
      return out
    }
  }
  for (const [id, roles] of rolesFor(a, set)) actors.get(id)?.roles.push(...roles)
  return set
}
