import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTOR_KINDS } from '../../src/domain/enums.js'
import { ARTICLE_ID, build, expectProblem, expectSpansMatch, getJson, ids, listAll, loadSeed, sorted, textMatches, type TestApp } from '../helpers/app.js'

const seed = loadSeed()
let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

describe('GET /v1/actors', () => {
  it('lists every actor of actors.yaml as annotated', async () => {
    const actors = await listAll(t.app, '/v1/actors')
    expect(sorted(ids(actors))).toEqual(sorted(seed.actors.map((a) => a.id)))
    for (const a of seed.actors) {
      const served = actors.find((d) => d.id === a.id)!
      expect(served).toMatchObject({
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        description: a.description,
        externalIds: a.externalIds ?? {},
        addedFacts: a.addedFacts ?? [],
        articleCount: 1
      })
      expect(served).not.toHaveProperty('mentions')
      expect(served.roles.map((r: Record<string, unknown>) => ({ relation: r.relation, title: r.title, of: r.of, note: r.note })))
        .toEqual((a.roles ?? []).map((r) => ({ relation: r.relation, title: r.title, of: r.of, note: r.note ?? null })))
      expect(served.roles.flatMap((r: { evidence: Array<{ quote: string }> }) => r.evidence.map((s) => s.quote)))
        .toEqual((a.roles ?? []).flatMap((r) => r.evidence.map((e) => e.quote)))
      expectSpansMatch(served.roles, seed.text)
    }
  })

  it.each(ACTOR_KINDS)('filters by kind=%s', async (kind) => {
    const want = seed.actors.filter((a) => a.kind === kind).map((a) => a.id)
    expect(sorted(ids(await listAll(t.app, `/v1/actors?kind=${kind}`)))).toEqual(sorted(want))
  })

  it('filters by article (the actors it mentions)', async () => {
    const want = seed.actors.filter((a) => a.aliases.some((alias) => seed.text.includes(alias))).map((a) => a.id)
    expect(sorted(ids(await listAll(t.app, `/v1/actors?article=${ARTICLE_ID}`)))).toEqual(sorted(want))
  })

  it.each(['Putin', 'European', 'Trump', 'NATO', 'Ukrainian', 'Vlad*'])('searches names and aliases with q=%s', async (q) => {
    const want = seed.actors.filter((a) => textMatches([a.name, ...a.aliases].join(' · '), q)).map((a) => a.id)
    expect(want.length).toBeGreaterThan(0)
    expect(sorted(ids(await listAll(t.app, `/v1/actors?q=${encodeURIComponent(q)}`)))).toEqual(sorted(want))
  })

  it('sorts by -mentions, most mentioned first, ties in order of appearance', async () => {
    const byPosition = await listAll(t.app, '/v1/actors')
    const rank = new Map(ids(byPosition).map((id, i) => [id, i]))
    const expected = [...byPosition].sort((a, b) => b.mentionCount - a.mentionCount || rank.get(a.id)! - rank.get(b.id)!)
    expect(ids(await listAll(t.app, '/v1/actors?sort=-mentions'))).toEqual(ids(expected))
  })

  it('sorts by name', async () => {
    const names = (await listAll(t.app, '/v1/actors?sort=name')).map((a) => a.name as string)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })
})

describe('GET /v1/actors/{id}', () => {
  it.each(seed.actors.map((a) => a.id))('returns %s with every mention as a span of one of its aliases', async (id) => {
    const detail = await getJson(t.app, `/v1/actors/${id}`)
    const actor = seed.actors.find((a) => a.id === id)!
    const listed = (await listAll(t.app, '/v1/actors')).find((a) => a.id === id)
    expect(detail).toEqual({ ...listed, articles: [ARTICLE_ID], mentions: detail.mentions })
    expect(detail.mentions.length).toBeGreaterThan(0)
    expect(detail.mentionCount).toBe(detail.mentions.length)
    for (const m of detail.mentions) {
      expect(actor.aliases).toContain(m.alias)
      expect(m.quote).toBe(m.alias)
    }
    expect(expectSpansMatch(detail.mentions, seed.text)).toBe(detail.mentions.length)
  })

  it('returns 404 for an unknown actor', async () => {
    expectProblem(await t.app.inject('/v1/actors/nobody'), 404)
  })
})

describe('GET /v1/actors/{id}/claims|events|questions', () => {
  const expected = {
    claims: (id: string) => seed.claims.filter((c) => c.speaker === id || c.subjects.includes(id)).map((c) => c.id),
    events: (id: string) => seed.events.filter((e) => e.participants.some((p) => p.actor === id)).map((e) => e.id),
    questions: (id: string) => seed.questions.filter((q) => q.actors.includes(id)).map((q) => q.id)
  }
  for (const [collection, want] of Object.entries(expected)) {
    it(`lists the ${collection} of every actor, as /v1/${collection}?actor= does`, async () => {
      for (const { id } of seed.actors) {
        const nested = await listAll(t.app, `/v1/actors/${id}/${collection}`)
        expect(sorted(ids(nested)), id).toEqual(sorted(want(id)))
        expect(nested).toEqual(await listAll(t.app, `/v1/${collection}?actor=${id}`))
      }
    })

    it(`returns 404 for the ${collection} of an unknown actor`, async () => {
      expectProblem(await t.app.inject(`/v1/actors/nobody/${collection}`), 404)
    })
  }
})
