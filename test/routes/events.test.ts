import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVENT_KINDS, EVENT_STATUSES } from '../../src/domain/enums.js'
import { ARTICLE_ID, CURATED, build, expectProblem, expectSpansMatch, getJson, ids, listAll, loadSeed, quoteOf, sorted, textMatches, type ListBody, type TestApp } from '../helpers/app.js'

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

const expectIds = async (url: string, want: string[]) => {
  expect(sorted(ids(await listAll(t.app, url))), url).toEqual(sorted(want))
}

describe('GET /v1/events', () => {
  it('lists every event of the annotation as annotated', async () => {
    const events = await listAll(t.app, '/v1/events')
    expect(sorted(ids(events))).toEqual(sorted(seed.events.map((e) => e.id)))
    for (const e of seed.events) {
      const served = events.find((d) => d.id === e.id)!
      expect(served).toEqual({
        id: e.id,
        article: ARTICLE_ID,
        title: e.title,
        kind: e.kind,
        cameo: e.cameo ?? null,
        status: e.status,
        when: { text: e.when?.text ?? null, start: e.when?.start ?? null, end: e.when?.end ?? null },
        location: e.location ?? null,
        participants: e.participants,
        evidence: served.evidence,
        ...CURATED
      })
      expect(served.evidence.map((s: { quote: string }) => s.quote)).toEqual(e.evidence.map(quoteOf))
      expectSpansMatch(served.evidence, seed.text)
    }
  })

  it('filters by article', () => expectIds(`/v1/events?article=${ARTICLE_ID}`, seed.events.map((e) => e.id)))

  it.each(EVENT_STATUSES)('filters by status=%s', (status) =>
    expectIds(`/v1/events?status=${status}`, seed.events.filter((e) => e.status === status).map((e) => e.id)))

  it.each(EVENT_KINDS)('filters by kind=%s', (kind) =>
    expectIds(`/v1/events?kind=${kind}`, seed.events.filter((e) => e.kind === kind).map((e) => e.id)))

  it('filters by actor (participant), for every actor', async () => {
    for (const { id } of seed.actors) {
      await expectIds(`/v1/events?actor=${id}`, seed.events.filter((e) => e.participants.some((p) => p.actor === id)).map((e) => e.id))
    }
  })

  it.each(['summit*', 'China', 'Ukraine', 'guarant*', 'White House'])('searches titles and evidence with q=%s', async (q) => {
    const want = seed.events.filter((e) => textMatches([e.title, ...e.evidence.map(quoteOf)].join(' … '), q)).map((e) => e.id)
    expect(want.length).toBeGreaterThan(0)
    await expectIds(`/v1/events?q=${encodeURIComponent(q)}`, want)
  })

  it('adds the participants under included.actors with include=participants, data unchanged', async () => {
    const plain = await getJson<ListBody>(t.app, '/v1/events?limit=500')
    const body = await getJson<ListBody>(t.app, '/v1/events?limit=500&include=participants')
    expect(body.data).toEqual(plain.data)
    expect(body.page).toEqual(plain.page)
    const actors = await listAll(t.app, '/v1/actors')
    const wanted = new Set(seed.events.flatMap((e) => e.participants.map((p) => p.actor)))
    expect(Object.keys(body.included!)).toEqual(['actors'])
    expect(body.included!.actors).toEqual(Object.fromEntries(actors.filter((a) => wanted.has(a.id)).map((a) => [a.id, a])))
    expect(plain).not.toHaveProperty('included')
  })
})

describe('GET /v1/events/{id}', () => {
  it('returns each event as the list does', async () => {
    for (const event of await listAll(t.app, '/v1/events')) expect(await getJson(t.app, `/v1/events/${event.id}`)).toEqual(event)
  })

  it('returns 404 for an unknown event', async () => {
    expectProblem(await t.app.inject('/v1/events/nothing-happened'), 404)
  })
})

describe('GET /v1/events/{id}/claims|questions', () => {
  const expected = {
    claims: (id: string) => seed.claims.filter((c) => c.events.includes(id)).map((c) => c.id),
    questions: (id: string) => seed.questions.filter((q) => q.events.includes(id)).map((q) => q.id)
  }
  for (const [collection, want] of Object.entries(expected)) {
    it(`lists the ${collection} of every event, as /v1/${collection}?event= does`, async () => {
      for (const { id } of seed.events) {
        const nested = await listAll(t.app, `/v1/events/${id}/${collection}`)
        expect(sorted(ids(nested)), id).toEqual(sorted(want(id)))
        expect(nested).toEqual(await listAll(t.app, `/v1/${collection}?event=${id}`))
      }
    })

    it(`returns 404 for the ${collection} of an unknown event`, async () => {
      expectProblem(await t.app.inject(`/v1/events/nothing-happened/${collection}`), 404)
    })
  }
})
