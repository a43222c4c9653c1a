import { mkdirSync, renameSync, rmSync, writeFileSync, openSync, writeSync, closeSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'

// A synthetic corpus in the seed format (seed/actors.yaml, seed/articles/<id>.txt + .yaml),
// deterministic from (claims, seed): the same options give byte-identical files on every
// machine. Shapes follow the real annotation: articles of a few thousand characters under
// a title and section headings, 10 to 40 claims each (named, anonymous or the article's own
// voice, hedged to a certainty), events with participants, open questions, 1 to 3 evidence
// quotes per item, and a registry of shared actors whose mentions are long-tailed (a few
// actors appear in a large share of the articles, most in a handful).
//
// Annotations and the registry are written as JSON (`--format json`, the default: the seed
// reads `.json` beside `.txt` as it reads `.yaml`, much faster), or as block YAML
// (`--format yaml`, the hand-written form, to measure the YAML path).

/** Bump when the generated files change, so that cached corpora and databases are rebuilt. */
export const GENERATOR_VERSION = 1

export interface CorpusOptions { claims: number, seed: number, out: string, format: 'json' | 'yaml' }
export interface CorpusSummary {
  generatorVersion: number
  claims: number
  seed: number
  format: 'json' | 'yaml'
  articles: number
  actors: number
  events: number
  questions: number
  bytes: number
  ms: number
}

// ---------------------------------------------------------------- deterministic randomness

class Rng {
  private s: number
  constructor (seed: number) { this.s = (seed ^ 0x9e3779b9) >>> 0 }
  /** mulberry32: [0, 1) */
  next (): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [lo, hi]. */
  int (lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)) }
  chance (p: number): boolean { return this.next() < p }
  pick<T> (items: readonly T[]): T { return items[Math.floor(this.next() * items.length)] as T }
  /** One of `items` by its weight. */
  weighted<T> (items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0
    for (const [, w] of items) total += w
    let r = this.next() * total
    for (const [item, w] of items) { r -= w; if (r < 0) return item }
    return (items[items.length - 1] as readonly [T, number])[0]
  }
}

/** Samples ranks 0..n-1 with weight 1 / (rank + offset)^s: a long tail. */
class Zipf {
  private readonly cumulative: Float64Array
  constructor (n: number, s: number, offset: number) {
    this.cumulative = new Float64Array(n)
    let sum = 0
    for (let r = 0; r < n; r++) { sum += 1 / Math.pow(r + offset, s); this.cumulative[r] = sum }
  }

  sample (rng: Rng): number {
    const c = this.cumulative
    const x = rng.next() * (c[c.length - 1] as number)
    let lo = 0
    let hi = c.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((c[mid] as number) < x) lo = mid + 1; else hi = mid
    }
    return lo
  }
}

// ---------------------------------------------------------------- vocabulary

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'h']
const VOWELS = ['a', 'e', 'i', 'o', 'u']
const SYLLABLES = CONSONANTS.flatMap((c) => VOWELS.map((v) => c + v)) // 75, all two letters
const FIRST_NAMES = [
  'Zoé', 'José', 'Jürgen', 'Renée', 'Chloé', 'Björn', 'Inés', 'Mónica', 'Ana', 'Lena', 'Omar', 'Yusuf', 'Mei', 'Kofi',
  'Ravi', 'Sofia', 'Marco', 'Elena', 'Tomas', 'Hana', 'Amir', 'Priya', 'Lukas', 'Nadia', 'Pavel', 'Jonas', 'Aiko',
  'Farid', 'Irina', 'Kwame', 'Lucía', 'André', 'Noor', 'Dmitri', 'Grace', 'Hugo', 'Ingrid', 'Jamal', 'Kenji', 'Leila'
]
const SURNAME_ENDINGS = ['ov', 'sen', 'ez', 'ski', 'ard', 'ini', 'ton']
const ORG_TYPES = ['Institute', 'Council', 'Bank', 'Agency', 'Foundation', 'Commission', 'Company', 'Ministry']
const ALLIANCE_TYPES = ['Pact', 'Alliance', 'Union', 'Compact']
const GROUP_TYPES = ['Movement', 'Front', 'Brigades', 'Coalition']
const TITLES = ['foreign minister', 'prime minister', 'president', 'defense minister', 'spokesperson', 'envoy', 'chief negotiator', 'governor', 'chair', 'ambassador']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const TOPICS = [
  'ceasefire', 'sanctions', 'tariffs', 'pipeline', 'elections', 'reforms', 'budget', 'corridor', 'referendum', 'inflation',
  'drought', 'reactor', 'vaccine', 'subsidies', 'embargo', 'blockade', 'treaty', 'protests', 'strike', 'mining', 'wheat',
  'fisheries', 'satellites', 'cyberattack', 'refugees', 'pensions', 'bonds', 'currency', 'railway', 'harbor', 'airspace',
  'troops', 'drones', 'grain', 'fertilizer', 'lithium', 'semiconductors', 'wildfires', 'floods', 'vaccination', 'housing',
  'wages', 'debt', 'aid', 'loans', 'exports', 'imports', 'shipping', 'fuel', 'electricity', 'dams', 'border', 'customs',
  'visas', 'asylum', 'policing', 'courts', 'media', 'broadcasting', 'telecoms', 'roaming', 'fishing', 'forestry', 'coal',
  'hydrogen', 'nuclear', 'uranium', 'copper', 'cobalt', 'rice', 'coffee', 'cotton', 'tourism', 'airlines', 'ports',
  'bridges', 'tunnels', 'highways', 'water', 'sewage', 'hospitals', 'schools', 'universities', 'research', 'patents',
  'pharmaceuticals', 'insurance', 'banking', 'pensions', 'taxation', 'royalties', 'sovereignty', 'autonomy', 'minorities',
  'detainees', 'prisoners', 'hostages', 'landmines', 'demining', 'peacekeepers', 'observers', 'monitors', 'inspections',
  'arsenal', 'missiles', 'artillery', 'warships', 'submarines', 'airbase', 'garrison', 'reservists', 'conscription'
] as const
const ADJECTIVES = ['new', 'proposed', 'disputed', 'revised', 'long-delayed', 'joint', 'regional', 'temporary', 'planned', 'controversial', 'expanded', 'bilateral']
const OBJECTS = ['deal', 'plan', 'framework', 'agreement', 'package', 'proposal', 'accord', 'roadmap', 'programme', 'arrangement']
const EVENT_FORMS: Record<string, { noun: string, kind: string }> = {
  summit: { noun: 'summit', kind: 'summit' },
  meeting: { noun: 'meeting', kind: 'meeting' },
  talks: { noun: 'round of talks', kind: 'negotiation' },
  deliberation: { noun: 'session', kind: 'deliberation' },
  statement: { noun: 'joint statement', kind: 'statement' },
  agreement: { noun: 'signing ceremony', kind: 'agreement' },
  clash: { noun: 'border clash', kind: 'armed_conflict' },
  attack: { noun: 'drone attack', kind: 'attack' },
  conference: { noun: 'conference', kind: 'other' }
}
const EVENT_VERBS: Record<string, string> = {
  occurred: 'held',
  ongoing: 'are holding',
  scheduled: 'are scheduled to hold',
  expected: 'are expected to hold',
  proposed: 'proposed',
  hypothetical: 'could hold',
  cancelled: 'cancelled'
}
const VERBS = [
  ['approve', 'approved'], ['reject', 'rejected'], ['sign', 'signed'], ['suspend', 'suspended'], ['expand', 'expanded'],
  ['review', 'reviewed'], ['finance', 'financed'], ['block', 'blocked'], ['endorse', 'endorsed'], ['renegotiate', 'renegotiated'],
  ['support', 'supported'], ['delay', 'delayed'], ['extend', 'extended'], ['challenge', 'challenged'], ['ratify', 'ratified']
] as const
const SECTION_HEADINGS = ['Background', 'What Happened', 'Why It Matters', 'Reactions', 'What Comes Next', 'The Details', 'Analysis', 'Outlook']
const FILLER = [
  'The issue has divided officials for months',
  'Markets reacted cautiously to the news',
  'Details of the timetable were not made public',
  'The talks took place behind closed doors',
  'Several delegations left without comment',
  'The announcement followed weeks of speculation'
]

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
/** Three syllables, a different stem for each i < 75^3 (the multiplier is prime to 75^3, so i ↦ j is a bijection). */
const stem = (i: number) => {
  const j = (i * 7919 + 123457) % 421875
  return cap(SYLLABLES[j % 75]! + SYLLABLES[Math.floor(j / 75) % 75]! + SYLLABLES[Math.floor(j / 5625) % 75]!)
}
/** Three or four capitals, unique per index. */
const acronym = (i: number) => {
  let s = ''
  let n = i
  for (let k = 0; k < 3; k++) { s += String.fromCharCode(65 + (n % 26)); n = Math.floor(n / 26) }
  return n > 0 ? s + String.fromCharCode(65 + (n % 26)) : s
}

// ---------------------------------------------------------------- actors

interface GenActor {
  rank: number
  id: string
  name: string
  kind: 'person' | 'state' | 'organization' | 'alliance' | 'group'
  aliases: string[]
  /** how the text refers to it after the first, full mention */
  short: string
  excludes?: string[]
  description: string
  role?: { title: string, of: number }
  roleEvidence?: { article: string, quote: string, occurrence?: number }
  used: boolean
  /** bookkeeping while articles are written */
  introduced?: boolean
  roleEvidenceIndex?: number | undefined
  roleArticle?: string
}

function makeActor (rank: number, rng: Rng, total: number): GenActor {
  const kind = rng.weighted([['person', 60], ['state', 14], ['organization', 16], ['alliance', 3], ['group', 7]] as const)
  const st = stem(rank)
  switch (kind) {
    case 'person': {
      const surname = st + SURNAME_ENDINGS[rank % SURNAME_ENDINGS.length]!
      const name = `${rng.pick(FIRST_NAMES)} ${surname}`
      const title = rng.pick(TITLES)
      const actor: GenActor = { rank, id: slug(name), name, kind, aliases: [name, surname], short: surname, description: cap(title), used: false }
      if (rng.chance(0.3) && total > 1) actor.role = { title, of: rng.int(0, total - 1) }
      return actor
    }
    case 'state': {
      const name = `${st}ia`
      return { rank, id: slug(name), name, kind, aliases: [name, `${name}n`], short: name, description: 'A state', used: false }
    }
    case 'organization': {
      const name = `${st} ${ORG_TYPES[rank % ORG_TYPES.length]!}`
      const acr = acronym(rank)
      return { rank, id: slug(name), name, kind, aliases: [name, acr], short: acr, description: `An organization known as the ${acr}`, used: false }
    }
    case 'alliance': {
      const name = `${st} ${ALLIANCE_TYPES[rank % ALLIANCE_TYPES.length]!}`
      const acr = acronym(rank)
      return { rank, id: slug(name), name, kind, aliases: [name, acr], short: acr, excludes: [`non-${acr}`], description: `An alliance of states known as the ${acr}`, used: false }
    }
    default: {
      const name = `${st} ${GROUP_TYPES[rank % GROUP_TYPES.length]!}`
      return { rank, id: slug(name), name, kind, aliases: [name], short: name, description: 'An armed or political group', used: false }
    }
  }
}

// ---------------------------------------------------------------- one article

interface Quote { quote: string, occurrence?: number }
type QuoteSpec = string | Quote

interface Piece { text: string, actor?: GenActor }
interface Sentence { pieces: Piece[], marks: Map<string, [number, number]>, offset: number }

/** Builds a sentence from pieces, remembering where named parts (quotes) start and end. */
class SentenceBuilder {
  readonly pieces: Piece[] = []
  readonly marks = new Map<string, [number, number]>()
  private length = 0
  private open = new Map<string, number>()
  add (text: string, actor?: GenActor): this {
    this.pieces.push(actor === undefined ? { text } : { text, actor })
    this.length += text.length
    return this
  }

  begin (name: string): this { this.open.set(name, this.length); return this }
  end (name: string): this { this.marks.set(name, [this.open.get(name) ?? 0, this.length]); return this }
  build (): Sentence { return { pieces: this.pieces, marks: this.marks, offset: 0 } }
}

interface Refs {
  /** mention text for an actor: the full name the first time in the article, then the short alias */
  ref: (a: GenActor) => string
}

interface Article {
  id: string
  text: string
  annotation: Record<string, unknown>
  counts: { claims: number, events: number, questions: number }
}

class ArticleWriter {
  readonly introduced = new Set<number>()
  constructor (private readonly rng: Rng) {}

  readonly refs: Refs = {
    ref: (a) => {
      a.used = true
      if (this.introduced.has(a.rank)) return a.short
      this.introduced.add(a.rank)
      return a.kind === 'organization' || a.kind === 'alliance' ? `the ${a.name}` : a.name
    }
  }

  /** "the ACR" / "Kalovia" / "Name" with the article where the text needs it. */
  mention (b: SentenceBuilder, a: GenActor, capitalise = false): void {
    let text = this.refs.ref(a)
    if (a.kind === 'group' && !text.startsWith('the ')) text = `the ${text}`
    if ((a.kind === 'organization' || a.kind === 'alliance') && !text.startsWith('the ')) text = `the ${text}`
    if (capitalise) text = cap(text)
    b.add(text, a)
  }

  topicPhrase (topic: string): string {
    return `the ${this.rng.pick(ADJECTIVES)} ${topic} ${this.rng.pick(OBJECTS)}`
  }
}

interface ArticleContext {
  index: number
  id: string
  nClaims: number
  actors: GenActor[]
  allActors: GenActor[]
  topics: string[]
  rng: Rng
  counter: { claim: number, event: number, question: number }
}

function when (rng: Rng): { text: string, start: string } {
  const month = rng.int(0, 11)
  const day = rng.int(1, 28)
  const year = rng.int(2019, 2027)
  return { text: `${MONTHS[month]!} ${day}, ${year}`, start: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
}

const placeName = (rng: Rng) => `${rng.pick(['Port', 'Lake', 'Fort', 'New', 'Upper', 'San'])} ${stem(rng.int(0, 421874))}`

/** An article in the making: its sentences, its annotation and the quotes still to place. */
interface Draft {
  ctx: ArticleContext
  rng: Rng
  w: ArticleWriter
  sentences: Sentence[]
  ann: { events: Array<Record<string, unknown>>, claims: Array<Record<string, unknown>>, questions: Array<Record<string, unknown>> }
  /** quotes are resolved to strings (or { quote, occurrence }) once the text is laid out */
  quoteOf: Array<{ sentence: Sentence, mark: string }>
  events: Array<{ id: string, ref: string, quote: number, extra: number[] }>
  claimQuotes: number[]
  topic: () => string
  pickActor: () => GenActor
  other: (a: GenActor) => GenActor
}

function newDraft (ctx: ArticleContext): Draft {
  const { rng, actors } = ctx
  const pickActor = () => actors[Math.min(actors.length - 1, Math.floor(Math.pow(rng.next(), 1.6) * actors.length))]!
  return {
    ctx,
    rng,
    w: new ArticleWriter(rng),
    sentences: [],
    ann: { events: [], claims: [], questions: [] },
    quoteOf: [],
    events: [],
    claimQuotes: [],
    topic: () => rng.pick(ctx.topics),
    pickActor,
    other: (a) => { for (let i = 0; i < 8; i++) { const b = pickActor(); if (b !== a) return b } return actors.find((b) => b !== a) ?? a }
  }
}

/** Registers a quote to place later; returns its index. */
function evidence (d: Draft, sentence: Sentence, mark: string): number {
  d.quoteOf.push({ sentence, mark })
  return d.quoteOf.length - 1
}

function writeArticle (ctx: ArticleContext): Article {
  const d = newDraft(ctx)
  writeRoleSentences(d)
  const firstClaim = d.sentences.length
  const eventSentences = writeEvents(d)
  for (let k = 0; k < ctx.nClaims; k++) writeClaim(d)
  d.events.forEach((e, i) => { d.ann.events[i]!.evidence = [e.quote, ...e.extra] })
  // the events' sentences are spread over the first half of the article
  for (const e of eventSentences) {
    const at = firstClaim + d.rng.int(0, Math.floor((d.sentences.length - firstClaim) / 2))
    d.sentences.splice(Math.max(0, at), 0, e)
  }
  writeQuestions(d)
  const { title, text } = layOut(d)
  placeQuotes(d, text)
  return {
    id: ctx.id,
    text,
    annotation: {
      article: {
        id: ctx.id,
        title,
        publisher: d.rng.pick(['The Daily Ledger', 'Northern Courier', 'Global Wire', null]),
        url: `https://news.example.org/${ctx.id}`,
        publishedAt: when(d.rng).start,
        language: 'en'
      },
      ...d.ann
    },
    counts: { claims: d.ann.claims.length, events: d.ann.events.length, questions: d.ann.questions.length }
  }
}

/** A sentence for each person whose role is first evidenced in this article. */
function writeRoleSentences (d: Draft): void {
  const { rng, w, ctx } = d
  for (const a of ctx.actors) {
    if (a.role === undefined || a.roleEvidence !== undefined || a.introduced === true) continue
    const of = ctx.allActors[a.role.of]!
    if (of === a) continue
    const b = new SentenceBuilder().begin('q').add(a.name, a).add(`, the ${a.role.title} of `)
    w.refs.ref(a) // now introduced
    w.mention(b, of)
    b.end('q').add(`, arrived for ${rng.pick(['consultations', 'talks', 'a visit', 'meetings'])} on ${d.topic()}.`)
    const s = b.build()
    d.sentences.push(s)
    a.roleEvidenceIndex = evidence(d, s, 'q')
    a.roleArticle = ctx.id
  }
}

/** The article's events, each with the sentence that reports it (placed later). */
function writeEvents (d: Draft): Sentence[] {
  const { rng, w } = d
  const eventSentences: Sentence[] = []
  const nEvents = rng.int(1, 2 + Math.floor(d.ctx.nClaims / 8))
  for (let e = 0; e < nEvents; e++) {
    const form = rng.pick(Object.keys(EVENT_FORMS))
    const { noun, kind } = EVENT_FORMS[form]!
    const status = rng.weighted([['occurred', 40], ['ongoing', 8], ['scheduled', 15], ['expected', 15], ['proposed', 10], ['hypothetical', 7], ['cancelled', 5]] as const)
    const a = d.pickActor()
    const c = d.other(a)
    const t = d.topic()
    const place = placeName(rng)
    const date = rng.chance(0.6) ? when(rng) : null
    const b = new SentenceBuilder()
    w.mention(b, a, true)
    b.add(' and ')
    w.mention(b, c)
    b.add(' ').begin('q').add(`${EVENT_VERBS[status]!} a ${noun} on ${t} in `).begin('place').add(place).end('place')
    if (date !== null) b.add(' on ').begin('date').add(date.text).end('date')
    b.end('q').add('.')
    const s = b.build()
    eventSentences.push(s)
    const id = `${slug(`${noun} ${t}`)}-${(d.ctx.counter.event++).toString(36)}`
    d.events.push({ id, ref: `the ${noun} on ${t} in ${place}`, quote: evidence(d, s, 'q'), extra: [] })
    d.ann.events.push({
      id,
      title: `${cap(noun)} on ${t} in ${place}`,
      kind,
      status,
      when: { text: date?.text ?? null, start: date?.start ?? null, end: null },
      location: place,
      participants: [{ actor: a.id, role: rng.pick(['initiator', 'participant', 'host']) }, { actor: c.id, role: rng.pick(['participant', 'target', 'mediator']) }],
      evidence: [] as unknown[]
    })
  }
  return eventSentences
}

/** What a claim asserts, drawn before its sentence is written. */
interface ClaimPlan {
  sourceKind: 'named' | 'anonymous' | 'author'
  certainty: 'certain' | 'probable' | 'possible' | 'uncommitted'
  negative: boolean
  base: string
  past: string
  topic: string
  subject: GenActor | null
  withActor: GenActor | null
  event: Draft['events'][number] | null
  speaker: GenActor | null
  template: number
}

function planClaim (d: Draft): ClaimPlan {
  const { rng } = d
  const sourceKind = rng.weighted([['named', 60], ['anonymous', 15], ['author', 25]] as const)
  const certainty = rng.weighted([['certain', 50], ['probable', 22], ['possible', 22], ['uncommitted', 6]] as const)
  const negative = rng.chance(0.15)
  const [base, past] = rng.pick(VERBS)
  const topic = d.topic()
  const subject = rng.chance(0.75) ? d.pickActor() : null
  const withActor = rng.chance(0.3) ? (subject === null ? d.pickActor() : d.other(subject)) : null
  const event = d.events.length > 0 && rng.chance(0.35) ? rng.pick(d.events) : null
  const speaker = sourceKind === 'named' ? d.pickActor() : null
  const template = sourceKind === 'named' ? rng.int(0, 4) : sourceKind === 'anonymous' ? rng.int(0, 1) : 0
  return { sourceKind, certainty, negative, base, past, topic, subject, withActor, event, speaker, template }
}

/** The claim's sentence, its content marked `q`, and the cue that attributes it. */
function claimSentence (d: Draft, p: ClaimPlan): { sentence: Sentence, cue: string | null } {
  const { rng, w } = d
  const b = new SentenceBuilder()
  const content = (initial: boolean) => {
    b.begin('q')
    if (p.certainty === 'uncommitted') b.add(initial ? 'It is unclear whether ' : 'it is unclear whether ')
    if (p.subject === null) b.add(initial && p.certainty !== 'uncommitted' ? 'The government' : 'the government')
    else w.mention(b, p.subject, initial && p.certainty !== 'uncommitted')
    const not = p.negative ? ' not' : ''
    if (p.certainty === 'certain') b.add(` has${not} ${p.past} `)
    else if (p.certainty === 'probable') b.add(` is${not} ${rng.pick(['expected', 'likely'])} to ${p.base} `)
    else if (p.certainty === 'possible') b.add(` ${rng.pick(['could', 'may', 'might'])}${not} ${p.base} `)
    else b.add(` will${not} ${p.base} `)
    b.add(w.topicPhrase(p.topic))
    if (p.withActor !== null) { b.add(' with '); w.mention(b, p.withActor) }
    if (p.event !== null) b.add(` after ${p.event.ref}`)
    else b.add(rng.chance(0.5) ? ` worth ${rng.int(1, 90)}.${rng.int(0, 9)} billion` : ` before ${rng.pick(MONTHS)} ${rng.int(2024, 2030)}`)
    b.end('q')
  }
  let cue: string | null = null
  const speaker = p.speaker
  if (p.sourceKind === 'named' && speaker !== null) {
    switch (p.template) {
      case 0: w.mention(b, speaker, true); cue = 'said'; b.add(' said '); content(false); b.add('.'); break
      case 1: cue = 'According to'; b.add('According to '); w.mention(b, speaker); b.add(', '); content(false); b.add('.'); break
      case 2: w.mention(b, speaker, true); cue = 'warned'; b.add(' warned that '); content(false); b.add('.'); break
      case 3: content(true); b.add(', '); w.mention(b, speaker); cue = 'told reporters'; b.add(' told reporters.'); break
      default: w.mention(b, speaker, true); cue = 'expressed caution'; b.add(' expressed caution, noting that '); content(false); b.add('.')
    }
  } else if (p.sourceKind === 'anonymous') {
    if (p.template === 0) { content(true); cue = 'officials familiar with the matter'; b.add(', according to officials familiar with the matter.') } else { cue = 'Observers say'; b.add('Observers say '); content(false); b.add('.') }
  } else {
    content(true)
    b.add('.')
  }
  return { sentence: b.build(), cue }
}

/** One claim: its sentence (now and then followed by filler) and its annotation. */
function writeClaim (d: Draft): void {
  const { rng, ann } = d
  const p = planClaim(d)
  const { sentence: s, cue } = claimSentence(d, p)
  d.sentences.push(s)
  if (rng.chance(0.12)) d.sentences.push(new SentenceBuilder().add(`${rng.pick(FILLER)}.`).build())
  const q = evidence(d, s, 'q')
  d.claimQuotes.push(q)
  const quotes = [q]
  if (p.event !== null && rng.chance(0.5)) { quotes.push(p.event.quote); if (p.event.extra.length < 2) p.event.extra.push(q) }
  if (rng.chance(0.15) && d.claimQuotes.length > 1) quotes.push(d.claimQuotes[rng.int(0, d.claimQuotes.length - 2)]!)
  const kind = p.certainty === 'probable' || p.certainty === 'possible' ? 'prediction' : p.template === 4 || p.template === 2 ? 'position' : p.sourceKind === 'anonymous' ? 'assessment' : 'report'
  const text = plainText(s, 'q')
  const id = `${slug(text.split(' ').slice(0, 6).join(' '))}-${(d.ctx.counter.claim++).toString(36)}`
  const subjects = [...new Set([p.subject, p.withActor].filter((a): a is GenActor => a !== null).map((a) => a.id))]
  const claim: Record<string, unknown> = {
    id,
    text: `${cap(text)}.`,
    kind,
    speaker: p.speaker?.id ?? null,
    sourceKind: p.sourceKind,
    cue,
    certainty: p.certainty,
    polarity: p.negative ? 'negative' : 'positive',
    subjects,
    events: p.event === null ? [] : [p.event.id],
    evidence: [...new Set(quotes)]
  }
  const previous = ann.claims.length > 0 && rng.chance(0.1) ? rng.pick(ann.claims) : null
  if (previous !== null) claim.related = [{ claim: previous.id, relation: rng.pick(['supports', 'contradicts', 'qualifies', 'elaborates']) }]
  ann.claims.push(claim)
}

/** Questions about actors the article mentions, raised by its claims and events. */
function writeQuestions (d: Draft): void {
  const { rng, ann, ctx } = d
  const mentioned = ctx.actors.filter((a) => d.w.introduced.has(a.rank))
  const nQuestions = rng.int(1, 1 + Math.floor(ctx.nClaims / 8))
  for (let k = 0; k < nQuestions; k++) {
    const a = rng.pick(mentioned.length > 0 ? mentioned : ctx.actors)
    const [base, past] = rng.pick(VERBS)
    const phrase = d.w.topicPhrase(d.topic())
    const year = rng.int(2024, 2030)
    const status = rng.weighted([['open', 80], ['resolved', 15], ['annulled', 5]] as const)
    const claimIdx = ann.claims.length > 0 ? rng.int(0, ann.claims.length - 1) : -1
    const event = d.events.length > 0 && rng.chance(0.4) ? rng.pick(d.events) : null
    const quotes = [claimIdx >= 0 ? d.claimQuotes[claimIdx]! : d.events[0]!.quote]
    if (event !== null) quotes.push(event.quote)
    ann.questions.push({
      id: `${slug(`will ${a.short} ${base} ${phrase}`)}-${(ctx.counter.question++).toString(36)}`,
      text: `Will ${a.name} ${base} ${phrase} by ${year}?`,
      kind: rng.pick(['forecast', 'unknown_fact', 'disputed', 'watch']),
      status,
      resolutionCriteria: `Resolves yes if ${a.name} has ${past} ${phrase} by the end of ${year}, as confirmed by an official statement.`,
      actors: [a.id],
      events: event === null ? [] : [event.id],
      claims: claimIdx >= 0 ? [ann.claims[claimIdx]!.id] : [],
      evidence: [...new Set(quotes)],
      resolution: status === 'open' ? null : status === 'resolved' ? `${a.name} ${past} it in ${year}.` : 'The question no longer applies.'
    })
  }
}

/** The text: a title, then sections of one or two paragraphs; records each sentence's offset. */
function layOut (d: Draft): { title: string, text: string } {
  const { rng, sentences } = d
  const head = d.ann.events[0]
  const title = head === undefined ? `${cap(d.topic())} in focus` : String(head.title)
  const lines: string[] = [title]
  let offset = title.length + 1
  const nSections = Math.min(sentences.length, rng.int(2, 4))
  const perSection = Math.ceil(sentences.length / nSections)
  const headings = [...SECTION_HEADINGS]
  for (let s = 0; s < nSections; s++) {
    const chunk = sentences.slice(s * perSection, (s + 1) * perSection)
    if (chunk.length === 0) break
    if (s > 0) {
      const h = headings.splice(rng.int(0, headings.length - 1), 1)[0]!
      lines.push(h)
      offset += h.length + 1
    }
    const split = chunk.length > 3 && rng.chance(0.5) ? rng.int(1, chunk.length - 1) : chunk.length
    for (const para of [chunk.slice(0, split), chunk.slice(split)]) {
      if (para.length === 0) continue
      let line = ''
      for (const sentence of para) {
        if (line !== '') { line += ' '; offset += 1 }
        sentence.offset = offset
        const t = sentence.pieces.map((p) => p.text).join('')
        line += t
        offset += t.length
      }
      lines.push(line)
      offset += 1
    }
  }
  return { title, text: lines.join('\n') + '\n' }
}

/** Turns every registered quote into its text (with an occurrence where it repeats) and puts it in place. */
function placeQuotes (d: Draft, text: string): void {
  const { ctx, ann } = d
  // the seed compares quotes with white space folded: with one space inside lines and one
  // newline between them, the folded text has the same offsets as the text
  const folded = text.replace(/\s/g, ' ')
  const resolved = d.quoteOf.map(({ sentence, mark }): QuoteSpec => {
    const [from, to] = sentence.marks.get(mark)!
    const start = sentence.offset + from
    const quote = text.slice(start, sentence.offset + to)
    let n = 0
    let occurrence = 0
    for (let i = folded.indexOf(quote); i !== -1; i = folded.indexOf(quote, i + 1)) { n++; if (i === start) occurrence = n }
    return n === 1 ? quote : { quote, occurrence }
  })
  const spec = (i: unknown) => resolved[i as number]!
  for (const e of ann.events) e.evidence = (e.evidence as number[]).map(spec)
  for (const c of ann.claims) c.evidence = (c.evidence as number[]).map(spec)
  for (const q of ann.questions) q.evidence = (q.evidence as number[]).map(spec)
  for (const a of ctx.actors) {
    if (a.roleArticle === ctx.id && a.roleEvidenceIndex !== undefined) {
      const r = resolved[a.roleEvidenceIndex]!
      a.roleEvidence = typeof r === 'string' ? { article: ctx.id, quote: r } : { article: ctx.id, quote: r.quote, ...(r.occurrence === undefined ? {} : { occurrence: r.occurrence }) }
      a.roleEvidenceIndex = undefined
    }
    a.introduced = true
  }
}

function plainText (s: Sentence, mark: string): string {
  // the claim in plain words: the quoted clause with every actor named in full
  const [from, to] = s.marks.get(mark)!
  let out = ''
  let pos = 0
  for (const p of s.pieces) {
    const end = pos + p.text.length
    if (end > from && pos < to) {
      let piece = p.text.slice(Math.max(0, from - pos), Math.min(p.text.length, to - pos))
      if (p.actor !== undefined && piece === p.text) piece = /^the /i.test(piece) || p.actor.kind === 'organization' || p.actor.kind === 'alliance' || p.actor.kind === 'group' ? `the ${p.actor.name}` : p.actor.name
      out += piece
    }
    pos = end
  }
  return out
}

// ---------------------------------------------------------------- the corpus

function writeAnnotation (data: unknown, format: 'json' | 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(data)}\n` : stringify(data, { lineWidth: 0 })
}

/** Generates the corpus into `out` (replaced whole, written beside it first). */
export function generateCorpus (opts: CorpusOptions): CorpusSummary {
  const started = performance.now()
  if (!Number.isInteger(opts.claims) || opts.claims < 1) throw new Error('claims must be a whole number of at least 1')
  const rng = new Rng(opts.seed)
  const tmp = `${opts.out}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(join(tmp, 'articles'), { recursive: true })

  const nActors = Math.max(40, Math.round(opts.claims / 40))
  const actors: GenActor[] = []
  for (let r = 0; r < nActors; r++) actors.push(makeActor(r, rng, nActors))
  // a role points at a state or an organisation
  const institutions = actors.filter((a) => a.kind === 'state' || a.kind === 'organization')
  for (const a of actors) if (a.role !== undefined) a.role.of = rng.pick(institutions).rank
  const actorZipf = new Zipf(nActors, 1.05, 4)
  const topicZipf = new Zipf(TOPICS.length, 1, 2)

  const counter = { claim: 0, event: 0, question: 0 }
  const totals = { articles: 0, events: 0, questions: 0, bytes: 0 }
  let remaining = opts.claims
  const width = String(Math.ceil(opts.claims / 10)).length
  while (remaining > 0) {
    let nClaims = rng.int(10, 40)
    if (remaining - nClaims < 10) nClaims = remaining <= 40 ? remaining : remaining - 10
    remaining -= nClaims
    const index = totals.articles++
    const picked = new Set<number>()
    const want = Math.min(nActors, Math.max(4, Math.min(16, Math.round(nClaims / 3) + rng.int(1, 4))))
    while (picked.size < want) picked.add(actorZipf.sample(rng))
    const articleActors = [...picked].sort((a, b) => a - b).map((r) => actors[r]!)
    const topics = Array.from({ length: 4 }, () => TOPICS[topicZipf.sample(rng)]!)
    const id = `article-${String(index + 1).padStart(width, '0')}`
    const article = writeArticle({ index, id, nClaims, actors: articleActors, allActors: actors, topics, rng, counter })
    const yaml = writeAnnotation(article.annotation, opts.format)
    writeFileSync(join(tmp, 'articles', `${id}.txt`), article.text)
    writeFileSync(join(tmp, 'articles', `${id}.${opts.format}`), yaml)
    totals.bytes += Buffer.byteLength(article.text) + Buffer.byteLength(yaml)
    totals.events += article.counts.events
    totals.questions += article.counts.questions
  }

  // the registry: every actor the articles mention, and every actor a role points at
  for (const a of actors) if (a.role !== undefined && a.roleEvidence !== undefined) actors[a.role.of]!.used = true
  const registry = actors.filter((a) => a.used).map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    ...(a.excludes === undefined ? {} : { excludes: a.excludes }),
    description: a.description,
    roles: a.role !== undefined && a.roleEvidence !== undefined
      ? [{ relation: 'holds_post', title: a.role.title, of: actors[a.role.of]!.id, evidence: [a.roleEvidence], note: null }]
      : []
  }))
  // written entry by entry: the registry of a large corpus is never one string
  const fd = openSync(join(tmp, `actors.${opts.format}`), 'w')
  if (opts.format === 'json') {
    registry.forEach((a, i) => writeSync(fd, `${i === 0 ? '[' : ','}${JSON.stringify(a)}\n`))
    writeSync(fd, registry.length === 0 ? '[]\n' : ']\n')
  } else {
    for (const a of registry) writeSync(fd, stringify([a], { lineWidth: 0 }))
  }
  closeSync(fd)

  const summary: CorpusSummary = {
    generatorVersion: GENERATOR_VERSION,
    claims: opts.claims,
    seed: opts.seed,
    format: opts.format,
    articles: totals.articles,
    actors: registry.length,
    events: totals.events,
    questions: totals.questions,
    bytes: totals.bytes,
    ms: Math.round(performance.now() - started)
  }
  writeFileSync(join(tmp, 'corpus.json'), `${JSON.stringify(summary, null, 2)}\n`)
  if (existsSync(opts.out)) rmSync(opts.out, { recursive: true, force: true })
  renameSync(tmp, opts.out)
  return summary
}
