import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CERTAINTIES, CLAIM_KINDS, POLARITIES, SOURCE_KINDS } from '../../src/domain/enums.js'
import { ARTICLE_ID, CURATED, build, expectProblem, expectSpansMatch, getJson, ids, listAll, loadSeed, quoteOf, sorted, textMatches, type ListBody, type TestApp } from '../helpers/app.js'

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

type SeedClaim = (typeof seed.claims)[number]
const where = (keep: (c: SeedClaim) => boolean) => seed.claims.filter(keep).map((c) => c.id)
const expectIds = async (url: string, want: string[]) => {
  expect(sorted(ids(await listAll(t.app, url))), url).toEqual(sorted(want))
}

describe('GET /v1/claims', () => {
  it('lists every claim of the annotation as annotated', async () => {
    const claims = await listAll(t.app, '/v1/claims')
    expect(sorted(ids(claims))).toEqual(sorted(seed.claims.map((c) => c.id)))
    for (const c of seed.claims) {
      const served = claims.find((d) => d.id === c.id)!
      const { evidence, related, ...fields } = c
      expect(served).toEqual({ ...fields, article: ARTICLE_ID, related: related ?? [], evidence: served.evidence, ...CURATED })
      expect(served.evidence.map((s: { quote: string }) => s.quote)).toEqual(evidence.map(quoteOf))
      expectSpansMatch(served.evidence, seed.text)
    }
  })

  it('filters by article', () => expectIds(`/v1/claims?article=${ARTICLE_ID}`, where(() => true)))

  it('filters by speaker, for every actor and none', async () => {
    for (const { id } of seed.actors) await expectIds(`/v1/claims?speaker=${id}`, where((c) => c.speaker === id))
    const none = where((c) => c.speaker === null)
    expect(none.length).toBeGreaterThan(0)
    await expectIds('/v1/claims?speaker=none', none)
  })

  it('filters by subject, for every actor', async () => {
    for (const { id } of seed.actors) await expectIds(`/v1/claims?subject=${id}`, where((c) => c.subjects.includes(id)))
  })

  it('filters by actor (speaker or subject), for every actor', async () => {
    for (const { id } of seed.actors) await expectIds(`/v1/claims?actor=${id}`, where((c) => c.speaker === id || c.subjects.includes(id)))
  })

  it('filters by event, for every event', async () => {
    for (const { id } of seed.events) await expectIds(`/v1/claims?event=${id}`, where((c) => c.events.includes(id)))
  })

  const enums = { kind: CLAIM_KINDS, certainty: CERTAINTIES, sourceKind: SOURCE_KINDS, polarity: POLARITIES } as const
  for (const [name, values] of Object.entries(enums)) {
    it.each(values)(`filters by ${name}=%s`, (value) =>
      expectIds(`/v1/claims?${name}=${value}`, where((c) => c[name as keyof typeof enums] === value)))
  }

  it.each(['guarant*', 'China', 'Trump', 'peace deal', 'NATO'])('searches the claim text with q=%s', async (q) => {
    const want = where((c) => textMatches(c.text, q))
    expect(want.length).toBeGreaterThan(0)
    await expectIds(`/v1/claims?q=${encodeURIComponent(q)}`, want)
  })

  it('combines speaker=none with an actor id as OR', async () => {
    const speaker = seed.claims.find((c) => c.speaker !== null)!.speaker!
    await expectIds(`/v1/claims?speaker=none&speaker=${speaker}`, where((c) => c.speaker === null || c.speaker === speaker))
  })

  it('adds the speaker and subjects under included.actors with include=speaker,subjects, data unchanged', async () => {
    const plain = await getJson<ListBody>(t.app, '/v1/claims?limit=10')
    const body = await getJson<ListBody>(t.app, '/v1/claims?limit=10&include=speaker,subjects')
    expect(body.data).toEqual(plain.data)
    expect(body.page).toEqual(plain.page)
    const wanted = new Set(plain.data.flatMap((c) => [...(c.speaker === null ? [] : [c.speaker]), ...c.subjects]))
    const actors = await listAll(t.app, '/v1/actors')
    expect(Object.keys(body.included!)).toEqual(['actors'])
    expect(body.included!.actors).toEqual(Object.fromEntries(actors.filter((a) => wanted.has(a.id)).map((a) => [a.id, a])))
  })

  it('adds events and related claims with include=events&include=related', async () => {
    const body = await getJson<ListBody>(t.app, '/v1/claims?limit=500&include=events&include=related')
    const events = new Set(body.data.flatMap((c) => c.events as string[]))
    const related = new Set(body.data.flatMap((c) => (c.related as Array<{ claim: string }>).map((r) => r.claim)))
    expect(sorted(Object.keys(body.included!.events!))).toEqual(sorted([...events]))
    expect(sorted(Object.keys(body.included!.claims!))).toEqual(sorted([...related]))
  })
})

describe('GET /v1/claims/{id}', () => {
  it('returns each claim as the list does', async () => {
    for (const claim of await listAll(t.app, '/v1/claims')) expect(await getJson(t.app, `/v1/claims/${claim.id}`)).toEqual(claim)
  })

  it('returns 404 for an unknown claim', async () => {
    expectProblem(await t.app.inject('/v1/claims/never-said'), 404)
  })
})

describe('GET /v1/claims/{id}/questions', () => {
  it('lists the questions of every claim, as /v1/questions?claim= does', async () => {
    for (const { id } of seed.claims) {
      const nested = await listAll(t.app, `/v1/claims/${id}/questions`)
      expect(sorted(ids(nested)), id).toEqual(sorted(seed.questions.filter((q) => q.claims.includes(id)).map((q) => q.id)))
      expect(nested).toEqual(await listAll(t.app, `/v1/questions?claim=${id}`))
    }
  })

  it('returns 404 for the questions of an unknown claim', async () => {
    expectProblem(await t.app.inject('/v1/claims/never-said/questions'), 404)
  })
})
