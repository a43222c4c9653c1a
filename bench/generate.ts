import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

// npm run bench:data -- --claims N [--seed S] [--out DIR]
// A synthetic corpus in our own seed format, deterministic from the seed: articles of a
// few thousand characters with 10 to 40 claims each, a shared registry of actors whose
// mentions follow a long-tailed (Zipf-like) distribution, events and questions, 1 to 3
// evidence spans per item. Annotations are written as JSON (the loader reads YAML or
// JSON), so the real pipeline can build a million claims.

export function mulberry32 (seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tor', 'sa', 'del', 'ru', 'nik', 'os', 'ba', 'len', 'tis', 'gor', 'ma', 'vi', 'an', 'zer', 'pol', 'ek', 'dra', 'mon', 'ul', 'fer']
const NOUNS = ['ceasefire', 'trade agreement', 'security guarantee', 'border treaty', 'sanctions package', 'peace plan', 'energy deal', 'aid programme', 'election reform', 'defence pact']
const VERBS = ['support', 'oppose', 'delay', 'expand', 'review', 'finalize', 'reject', 'fund']
const HEDGES: Array<[string, string]> = [['could', 'possible'], ['may', 'possible'], ['is expected to', 'probable'], ['will', 'certain']]
const ACTOR_KINDS = ['person', 'person', 'person', 'state', 'organization', 'alliance', 'group']

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export interface GenerateOptions { claims: number, seed: number, out: string }

export function generate ({ claims, seed, out }: GenerateOptions): { articles: number, actors: number, claims: number } {
  const rand = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))

  // actors: unique two-word names; the surname alone is a second alias
  const actorCount = Math.max(20, Math.round(claims / 50))
  const actors: Array<{ id: string, name: string, surname: string, kind: string }> = []
  const used = new Set<string>()
  while (actors.length < actorCount) {
    const word = (n: number) => cap(Array.from({ length: n }, () => pick(SYLLABLES)).join(''))
    const given = word(2)
    const surname = word(int(2, 4))
    if (used.has(surname) || used.has(given)) continue
    used.add(surname)
    actors.push({ id: `${given}-${surname}`.toLowerCase(), name: `${given} ${surname}`, surname, kind: pick(ACTOR_KINDS) })
  }
  // long tail: a few actors take most mentions
  const actorAt = () => actors[Math.min(actors.length - 1, Math.floor(actors.length * rand() ** 3))]!

  rmSync(out, { recursive: true, force: true })
  mkdirSync(join(out, 'articles'), { recursive: true })
  writeFileSync(join(out, 'actors.json'), JSON.stringify(actors.map((a) => ({
    id: a.id, name: a.name, kind: a.kind, aliases: [a.name, a.surname], description: `Synthetic ${a.kind}`, roles: [], addedFacts: []
  }))))

  let made = 0
  let articleNo = 0
  while (made < claims) {
    const n = Math.min(int(10, 40), claims - made)
    const id = `bench-${seed}-${articleNo}`
    const sentences: Array<{ text: string, speaker: typeof actors[number], subject: typeof actors[number], hedge: [string, string] }> = []
    const lines: string[] = []
    const count = n * 2
    for (let k = 0; k < count; k++) {
      if (k % 8 === 0) lines.push(`Part ${k / 8 + 1}: ${cap(pick(NOUNS))}`, '')
      const speaker = actorAt()
      const subject = actorAt()
      const hedge = pick(HEDGES)
      const text = `On day ${k + 1}, ${speaker.name} said that ${subject.surname} ${hedge[0]} ${pick(VERBS)} the ${pick(NOUNS)} with ${pick(actors).surname}'s envoys.`
      sentences.push({ text, speaker, subject, hedge })
      lines[lines.length - 1] += (lines[lines.length - 1] === '' ? '' : ' ') + text
      if (k % 8 === 7) lines.push('')
    }
    const text = lines.filter((l, i) => l !== '' || i < lines.length - 1).join('\n').trimEnd()
    const evidence = (k: number) => Array.from(new Set([k, ...Array.from({ length: int(0, 2) }, () => int(0, count - 1))])).map((i) => sentences[i]!.text)
    const eventCount = Math.max(1, Math.round(n / 5))
    const events = Array.from({ length: eventCount }, (_, e) => {
      const s = sentences[e * 2]!
      return {
        id: `${id}-e${e}`,
        title: `Talks on the ${pick(NOUNS)} (${e + 1})`,
        kind: pick(['meeting', 'negotiation', 'agreement', 'statement']),
        status: pick(['occurred', 'ongoing', 'scheduled', 'expected', 'proposed', 'hypothetical']),
        when: { text: null },
        location: null,
        participants: [{ actor: s.speaker.id, role: 'initiator' }],
        evidence: evidence(e * 2)
      }
    })
    const claimsOut = Array.from({ length: n }, (_, c) => {
      const s = sentences[c * 2 + 1]!
      const named = rand() < 0.7
      return {
        id: `${id}-c${c}`,
        text: s.text.replace(/^On day \d+, /, ''),
        kind: pick(['report', 'assessment', 'prediction', 'position']),
        speaker: named ? s.speaker.id : null,
        sourceKind: named ? 'named' : 'author',
        cue: named ? 'said' : null,
        certainty: s.hedge[1],
        polarity: rand() < 0.85 ? 'positive' : 'negative',
        subjects: [s.subject.id],
        events: rand() < 0.5 ? [events[int(0, eventCount - 1)]!.id] : [],
        evidence: evidence(c * 2 + 1),
        related: c > 0 && rand() < 0.2 ? [{ claim: `${id}-c${c - 1}`, relation: pick(['supports', 'qualifies', 'elaborates', 'contradicts']) }] : []
      }
    })
    const questions = Array.from({ length: Math.max(1, Math.round(n / 8)) }, (_, q) => {
      const c = claimsOut[q]!
      return {
        id: `${id}-q${q}`,
        text: `Will ${c.text.replace(/\.$/, '')}?`,
        kind: pick(['forecast', 'unknown_fact', 'watch']),
        status: 'open',
        resolutionCriteria: 'Resolved when a later report confirms or denies it.',
        actors: c.subjects,
        events: c.events,
        claims: [c.id],
        evidence: [c.evidence[0]!],
        resolution: null
      }
    })
    writeFileSync(join(out, 'articles', `${id}.txt`), text)
    writeFileSync(join(out, 'articles', `${id}.json`), JSON.stringify({
      article: { id, title: `Synthetic article ${articleNo}`, publisher: null, url: null, publishedAt: null, language: 'en' },
      events,
      claims: claimsOut,
      questions
    }))
    made += n
    articleNo++
  }
  return { articles: articleNo, actors: actors.length, claims: made }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } })
  const claims = Number(values.claims.replace(/k$/i, '000').replace(/m$/i, '000000'))
  const seed = Number(values.seed)
  if (!Number.isInteger(claims) || claims < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run bench:data -- --claims N (e.g. 1000, 10k, 1m) [--seed S] [--out DIR]')
    process.exit(2)
  }
  const out = values.out ?? join('bench', 'data', `seed-${claims}-s${seed}`)
  const t0 = performance.now()
  const made = generate({ claims, seed, out })
  console.log(`wrote ${out}: ${made.articles} articles, ${made.actors} actors, ${made.claims} claims in ${Math.round(performance.now() - t0)} ms`)
}
