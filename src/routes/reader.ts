import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ReaderQueries } from '../db/reader.js'
import { toFtsQuery } from '../db/fts.js'
import { errorPage, page, sendPage } from '../html/page.js'
import { registerAssets } from '../reader/assets.js'
import { articleMain, articleTitle, cardsMain, type ArticleData } from '../reader/article-view.js'
import { actorMain } from '../reader/actor-view.js'
import { homeMain } from '../reader/home-view.js'
import { encodedPage, PageCache } from '../reader/page-cache.js'
import { CERTAINTIES, ORIGINS, type ActorDoc, type ArticleDoc, type ClaimDoc, type EventDoc, type Filters, type QuestionDoc } from '../reader/model.js'

// The reader view: server-rendered HTML from the same database as the API, for people
// reading an article with its structure marked. Hidden from the OpenAPI document (it is
// not part of the API's contract); its pages work without JavaScript.

/** The reader's routes, as registered (hidden from the OpenAPI document). */
export const READER_ROUTES = ['/', '/articles/:id', '/articles/:id/cards', '/actors/:id']
const PAGE_SIZE = 50
const CLAIMS_PAGE = 25

class BadQuery extends Error {}

/** One query parameter: absent, or given once (a list or an unexpected value is a 400). */
function param (request: FastifyRequest, name: string, allowed?: readonly string[]): string | null {
  const value = (request.query as Record<string, string | string[] | undefined>)[name]
  if (value === undefined || value === '') return null
  if (typeof value !== 'string') throw new BadQuery(`Give “${name}” once.`)
  if (allowed !== undefined && !allowed.includes(value)) throw new BadQuery(`“${name}” must be one of: ${allowed.join(', ')}.`)
  return value
}

function position (request: FastifyRequest, name: string): number | null {
  const value = param(request, name)
  if (value === null) return null
  if (!/^\d{1,15}$/.test(value)) throw new BadQuery(`“${name}” must be a position from a “Next page” link.`)
  return Number(value)
}

function badRequest (reply: FastifyReply, err: unknown) {
  if (err instanceof BadQuery) return sendPage(reply, 400, errorPage(400, 'This address has a mistake', err.message))
  throw err
}

export default async function reader (fastify: FastifyInstance) {
  // the reader's queries on the connection in service now (it changes when a new database
  // file is picked up); every query of a page runs in the same turn of the event loop
  let db: ReaderQueries = fastify.repo.reader
  fastify.addHook('onRequest', async () => { db = fastify.repo.reader })
  const parse = <T>(json: string) => JSON.parse(json) as T
  const actorMap = (ids: Iterable<string>) => new Map(db.actors([...new Set(ids)]).map((d) => parse<ActorDoc>(d)).map((a) => [a.id, a]))

  /** An article's items and the names of their actors, from its stored doc. */
  function load (id: string, detail: string, filters: Filters): { data: ArticleData, title: string } {
    const article = parse<ArticleDoc & { sentences: Array<{ span: { quote: string } }> }>(detail)
    const claims = db.entities('claims', id).map((d) => parse<ClaimDoc>(d))
    const events = db.entities('events', id).map((d) => parse<EventDoc>(d))
    const questions = db.entities('questions', id).map((d) => parse<QuestionDoc>(d))
    const mentions = db.mentions(id)
    const actors = actorMap([
      ...mentions.map((m) => m.actor), ...claims.flatMap((c) => [...(c.speaker === null ? [] : [c.speaker]), ...c.subjects]),
      ...events.flatMap((e) => e.participants.map((p) => p.actor)), ...questions.flatMap((q) => q.actors)
    ])
    return { data: { article, claims, events, questions, mentions, actors, filters }, title: articleTitle(article, article.sentences[0]?.span.quote ?? null) }
  }

  const articlePages = new PageCache()
  registerAssets(fastify)

  fastify.get('/', { schema: { hide: true } }, async (request, reply) => {
    let q: string, after: number | null
    try { q = param(request, 'q') ?? ''; after = position(request, 'after') } catch (err) { return badRequest(reply, err) }
    const fts = q === '' ? null : toFtsQuery(q)
    const match = fts !== null && fts.ok ? fts.query : null
    const problem = fts !== null && !fts.ok ? fts.reason : null
    const { found, origins, total } = fastify.snapshot(reply, () => {
      const found = problem === null ? db.articles(match, after, PAGE_SIZE) : { rows: [], next: null }
      return { found, origins: db.origins(found.rows.map((r) => r.id)), total: problem === null ? db.articleCount(match) : 0 }
    })
    const items = found.rows.map((r) => {
      const doc = parse<ArticleDoc>(r.doc)
      return { id: r.id, title: doc.title, first: r.first, publisher: doc.publisher, publishedAt: doc.publishedAt, counts: doc.counts, origins: origins.get(r.id) }
    })
    return sendPage(reply, 200, page({ title: 'Articles', main: homeMain({ items, total, q, next: found.next, after, problem }) }))
  })

  fastify.get('/articles/:id', { schema: { hide: true } }, async (request, reply) => {
    const cached = articlePages.get(fastify.live.latestVersion(), request.url)
    if (cached !== undefined) return sendPage(reply, 200, await encodedPage(request, reply, cached))
    const { id } = request.params as { id: string }
    let filters: Filters | undefined
    let error: unknown
    const loaded = fastify.snapshot(reply, () => {
      const detail = db.article(id)
      if (detail === undefined) return undefined
      try {
        filters = { speaker: param(request, 'speaker'), certainty: param(request, 'certainty', CERTAINTIES), origin: param(request, 'origin', ORIGINS) }
      } catch (err) { error = err; return null }
      return load(id, detail, filters)
    })
    if (loaded === undefined) return sendPage(reply, 404, errorPage(404, 'No such article', `There is no article with id “${id}”.`))
    if (loaded === null) return badRequest(reply, error)
    const { data, title } = loaded
    const document = page({
      title,
      scripts: ['/assets/article.js'],
      main: articleMain(data, title)
    })
    const kept = articlePages.set(fastify.repo.version, request.url, document)
    return sendPage(reply, 200, await encodedPage(request, reply, kept))
  })

  fastify.get('/articles/:id/cards', { schema: { hide: true } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const loaded = fastify.snapshot(reply, () => {
      const detail = db.article(id)
      return detail === undefined ? undefined : load(id, detail, { speaker: null, certainty: null, origin: null })
    })
    if (loaded === undefined) return sendPage(reply, 404, errorPage(404, 'No such article', `There is no article with id “${id}”.`))
    const { data, title } = loaded
    return sendPage(reply, 200, page({ title: `${title}: every item`, main: cardsMain(data, title) }))
  })

  fastify.get('/actors/:id', { schema: { hide: true } }, async (request, reply) => {
    // every query of the page on one snapshot
    return fastify.snapshot(reply, () => {
      const { id } = request.params as { id: string }
      const detail = db.actor(id)
      if (detail === undefined) return sendPage(reply, 404, errorPage(404, 'No such actor', `There is no actor with id “${id}”.`))
      let cursors: { by: number | null, about: number | null }
      try { cursors = { by: position(request, 'by'), about: position(request, 'about') } } catch (err) { return badRequest(reply, err) }
      const actor = parse<ActorDoc & { articles?: string[] }>(detail)
      const toClaims = (p: { rows: Array<{ doc: string }>, next: number | null }) => ({ rows: p.rows.map((r) => parse<ClaimDoc>(r.doc)), next: p.next })
      const by = toClaims(db.claimsBy(id, cursors.by, CLAIMS_PAGE))
      const about = toClaims(db.claimsAbout(id, cursors.about, CLAIMS_PAGE))
      const others = [...about.rows.map((c) => c.speaker), ...actor.roles.map((r) => r.of)].filter((x): x is string => x !== null)
      const names = new Map([...actorMap(others)].map(([k, v]) => [k, v.name]))
      return sendPage(reply, 200, page({
        title: actor.name,
        scripts: ['/assets/vendor/d3.min.js', '/assets/actor.js'],
        main: actorMain({ actor, by, about, counts: db.claimCounts(id), cursors, edges: db.speaksAbout(id), names })
      }))
    })
  })
}
