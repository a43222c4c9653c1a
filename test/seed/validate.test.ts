import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTOR_KINDS, CERTAINTIES } from '../../src/domain/enums.js'
import type { SeedActor, SeedAnnotation } from '../../src/schemas/seed.js'
import { buildDb, copySeed, dbState, MINI_SEED, mutateYaml, removeTempDirs, seedError, seedFileName } from '../helpers/seed.js'

// Each case breaks one thing in a copy of test/fixtures/mini and runs the real pipeline over
// it, at the --db path of a database built before from the good fixture.

type Loose<T> = T & Record<string, unknown>
const annotation = (change: (a: Loose<SeedAnnotation>) => void) => (seed: string) => mutateYaml(seed, 'articles/mini.yaml', change)
const actors = (change: (a: Array<Loose<SeedActor>>) => void) => (seed: string) => mutateYaml(seed, 'actors.yaml', change)
const ARTICLE = 'articles/mini.yaml'
const ACTORS = 'actors.yaml'

const cases = [
  { name: 'an unknown field', file: ARTICLE, entity: 'claim deal-is-good', problem: 'unknown field(s) strength', break: annotation((a) => { (a.claims[0] as Loose<object>).strength = 'high' }) },
  { name: 'a confidence above 1', file: ARTICLE, entity: 'claim deal-is-good', problem: 'confidence: must be <= 1', break: annotation((a) => { Object.assign(a.claims[0]!, { origin: 'extracted', confidence: 1.5, extraction: { version: 'v', rule: 'r' } }) }) },
  { name: 'an extracted claim without its confidence', file: ARTICLE, entity: 'claim deal-is-good', problem: 'an extracted item needs its confidence (0 to 1)', break: annotation((a) => { Object.assign(a.claims[0]!, { origin: 'extracted', extraction: { version: 'v', rule: 'r' } }) }) },
  { name: 'an extracted question without its extraction', file: ARTICLE, entity: 'question will-chief-resign', problem: 'an extracted item needs its extraction (the extractor\'s version and rule)', break: annotation((a) => { Object.assign(a.questions[0]!, { origin: 'extracted', confidence: 0.5 }) }) },
  { name: 'an origin outside the list', file: ARTICLE, entity: 'event deal', problem: 'origin: must be equal to one of the allowed values (curated, extracted)', break: annotation((a) => { (a.events[0] as Loose<object>).origin = 'guessed' }) },
  { name: 'an extracted actor in the registry', file: ACTORS, entity: 'actor ana', problem: 'an actor of the registry is reviewed: origin must be curated', break: actors((a) => { Object.assign(a[2]!, { origin: 'extracted', confidence: 0.5, extraction: { version: 'v', rule: 'r' } }) }) },
  { name: 'an article-local actor listed twice', file: ARTICLE, entity: 'actor bo', problem: 'listed twice in this article', break: annotation((a) => { const bo = { id: 'bo', name: 'Bo', kind: 'person' as const, aliases: ['Bo'], description: null }; a.actors = [bo, bo] }) },
  { name: 'an article-local alias of two actors', file: ARTICLE, entity: 'actor cy', problem: 'alias "Bo" is also an alias of bo in this article', break: annotation((a) => { a.actors = [{ id: 'bo', name: 'Bo', kind: 'person', aliases: ['Bo'], description: null }, { id: 'cy', name: 'Cy', kind: 'person', aliases: ['Bo'], description: null }] }) },
  { name: 'an extracted local actor without its confidence', file: ARTICLE, entity: 'actor bo', problem: 'an extracted item needs its confidence', break: annotation((a) => { a.actors = [{ id: 'bo', name: 'Bo', kind: 'person', aliases: ['Bo'], description: null, origin: 'extracted', extraction: { version: 'v', rule: 'r' } }] }) },
  { name: 'an unknown field of an actor', file: ACTORS, entity: 'actor zoe-karppa', problem: 'unknown field(s) nickname', break: actors((a) => { a[1]!.nickname = 'Zo' }) },
  { name: 'a certainty outside the list', file: ARTICLE, entity: 'claim non-members-disagree', problem: `certainty: must be equal to one of the allowed values (${CERTAINTIES.join(', ')})`, break: annotation((a) => { (a.claims[1] as Loose<object>).certainty = 'sure' }) },
  { name: 'an actor kind outside the list', file: ACTORS, entity: 'actor acme', problem: `kind: must be equal to one of the allowed values (${ACTOR_KINDS.join(', ')})`, break: actors((a) => { a[0]!.kind = 'company' as never }) },
  { name: 'a missing field', file: ARTICLE, entity: 'claim deal-is-good', problem: 'missing required field(s) polarity', break: annotation((a) => { delete (a.claims[0] as Partial<SeedAnnotation['claims'][number]>).polarity }) },
  { name: 'a duplicate claim id', file: ARTICLE, entity: 'claim deal-is-good', problem: 'duplicate id', break: annotation((a) => { a.claims[3]!.id = 'deal-is-good' }) },
  { name: 'a duplicate actor id', file: ACTORS, entity: 'actor ana', problem: 'duplicate id', break: actors((a) => { a.push({ ...a[2]! }) }) },
  { name: 'an unknown speaker', file: ARTICLE, entity: 'claim deal-is-good', problem: 'speaker: unknown actor "nobody"', break: annotation((a) => { a.claims[0]!.speaker = 'nobody' }) },
  { name: 'an unknown participant', file: ARTICLE, entity: 'event deal', problem: 'participants.0.actor: unknown actor "nobody"', break: annotation((a) => { a.events[0]!.participants[0]!.actor = 'nobody' }) },
  { name: 'an unknown event', file: ARTICLE, entity: 'claim deal-is-good', problem: 'events.0: unknown event "no-event"', break: annotation((a) => { a.claims[0]!.events = ['no-event'] }) },
  { name: 'an unknown claim', file: ARTICLE, entity: 'question will-chief-resign', problem: 'claims.0: unknown claim "no-claim"', break: annotation((a) => { a.questions[0]!.claims = ['no-claim'] }) },
  { name: 'an unknown actor in a role', file: ACTORS, entity: 'actor zoe-karppa', problem: 'roles.0.of: unknown actor "nobody"', break: actors((a) => { a[1]!.roles![0]!.of = 'nobody' }) },
  { name: 'a cue not in the article', file: ARTICLE, entity: 'claim deal-is-good', problem: 'cue: "claimed" does not occur in the article', break: annotation((a) => { a.claims[0]!.cue = 'claimed' }) },
  { name: 'an author claim with a speaker', file: ARTICLE, entity: 'claim chief-may-resign', problem: 'sourceKind author (the article\'s own voice) takes speaker: null and cue: null', break: annotation((a) => { a.claims[2]!.speaker = 'ana' }) },
  { name: 'a named claim without a speaker', file: ARTICLE, entity: 'claim deal-is-good', problem: 'sourceKind named needs a speaker', break: annotation((a) => { a.claims[0]!.speaker = null }) },
  { name: 'an open question with a resolution', file: ARTICLE, entity: 'question will-chief-resign', problem: 'an open question has resolution: null', break: annotation((a) => { a.questions[0]!.resolution = 'Yes.' }) },
  { name: 'an article id other than the file name', file: ARTICLE, entity: 'article', problem: 'id "maxi" must equal the file name "mini"', break: annotation((a) => { a.article.id = 'maxi' }) },
  { name: 'an alias shared by two actors', file: ACTORS, entity: 'actor ana', problem: 'alias "ACME" is also an alias of acme: mentions would be ambiguous', break: actors((a) => { a[2]!.aliases.push('ACME') }) }
]

describe('validate', () => {
  let dbPath: string
  let before: ReturnType<typeof dbState>
  beforeAll(() => {
    dbPath = join(buildDb(MINI_SEED).dir, 'claims.db')
    before = dbState(dbPath)
  })
  afterAll(removeTempDirs)

  it.each(cases)('rejects $name, naming the file, the entity and the problem', ({ file, entity, problem, break: breakSeed }) => {
    const seed = copySeed()
    breakSeed(seed)
    const err = seedError(seed, dbPath)
    expect(err.message).toContain(`${seedFileName(seed, file)}: ${entity}: ${problem}`)
    expect(err.issues).toContainEqual(expect.objectContaining({ file: seedFileName(seed, file), entity }))
    expect(dbState(dbPath)).toEqual(before) // the previous database is untouched, no temporary is left
  })

  it('reports every problem of a file at once', () => {
    const seed = copySeed()
    annotation((a) => { a.claims[0]!.speaker = 'nobody'; a.questions[0]!.claims = ['no-claim'] })(seed)
    expect(seedError(seed, dbPath).issues.map((i) => i.entity)).toEqual(['claim deal-is-good', 'question will-chief-resign'])
  })
})
