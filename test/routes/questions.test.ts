import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QUESTION_KINDS, QUESTION_STATUSES } from '../../src/domain/enums.js'
import { ARTICLE_ID, CURATED, build, expectProblem, expectSpansMatch, getJson, ids, listAll, loadSeed, quoteOf, sorted, textMatches, type ListBody, type TestApp } from '../helpers/app.js'

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

type SeedQuestion = (typeof seed.questions)[number]
const where = (keep: (q: SeedQuestion) => boolean) => seed.questions.filter(keep).map((q) => q.id)
const expectIds = async (url: string, want: string[]) => {
  expect(sorted(ids(await listAll(t.app, url))), url).toEqual(sorted(want))
}

describe('GET /v1/questions', () => {
  it('lists every question of the annotation as annotated', async () => {
    const questions = await listAll(t.app, '/v1/questions')
    expect(sorted(ids(questions))).toEqual(sorted(seed.questions.map((q) => q.id)))
    for (const q of seed.questions) {
      const served = questions.find((d) => d.id === q.id)!
      const { evidence, ...fields } = q
      expect(served).toEqual({ ...fields, article: ARTICLE_ID, evidence: served.evidence, ...CURATED })
      expect(served.evidence.map((s: { quote: string }) => s.quote)).toEqual(evidence.map(quoteOf))
      expectSpansMatch(served.evidence, seed.text)
    }
  })

  it('filters by article', () => expectIds(`/v1/questions?article=${ARTICLE_ID}`, where(() => true)))

  it.each(QUESTION_STATUSES)('filters by status=%s', (status) => expectIds(`/v1/questions?status=${status}`, where((q) => q.status === status)))

  it.each(QUESTION_KINDS)('filters by kind=%s', (kind) => expectIds(`/v1/questions?kind=${kind}`, where((q) => q.kind === kind)))

  it('filters by actor, for every actor', async () => {
    for (const { id } of seed.actors) await expectIds(`/v1/questions?actor=${id}`, where((q) => q.actors.includes(id)))
  })

  it('filters by event, for every event', async () => {
    for (const { id } of seed.events) await expectIds(`/v1/questions?event=${id}`, where((q) => q.events.includes(id)))
  })

  it('filters by claim, for every claim', async () => {
    for (const { id } of seed.claims) await expectIds(`/v1/questions?claim=${id}`, where((q) => q.claims.includes(id)))
  })

  it.each(['NATO', 'China', 'guarant*', 'Zelensky', 'official*'])('searches text and resolution criteria with q=%s', async (q) => {
    const want = where((x) => textMatches(`${x.text} ${x.resolutionCriteria}`, q))
    expect(want.length).toBeGreaterThan(0)
    await expectIds(`/v1/questions?q=${encodeURIComponent(q)}`, want)
  })

  it('adds actors, events and claims under included with include=actors,events,claims', async () => {
    const { data, included } = await getJson<ListBody>(t.app, '/v1/questions?limit=3&include=actors,events,claims')
    for (const key of ['actors', 'events', 'claims']) {
      const wanted = new Set<string>(data.flatMap((q) => q[key] as string[]))
      expect(sorted(Object.keys(included![key]!)), key).toEqual(sorted([...wanted]))
    }
  })
})

describe('GET /v1/questions/{id}', () => {
  it('returns each question as the list does', async () => {
    for (const question of await listAll(t.app, '/v1/questions')) expect(await getJson(t.app, `/v1/questions/${question.id}`)).toEqual(question)
  })

  it('returns 404 for an unknown question', async () => {
    expectProblem(await t.app.inject('/v1/questions/why-not'), 404)
  })
})
