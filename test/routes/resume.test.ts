import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, expectProblem, listAll, type Doc, type TestApp } from '../helpers/app.js'

// Restartable exports: every export says in Total-Count how many items it is about to
// stream, and `after=<key of the last item received>` continues exactly after it: the
// rest of the same export, no duplicate, no gap, for every list, format and sort.

let t: TestApp
beforeAll(async () => { t = await build() })
afterAll(async () => { await t.close() })

const LISTS = [
  '/v1/claims', '/v1/claims?certainty=possible,probable&sort=-id', '/v1/actors?sort=-mentions', '/v1/events', '/v1/questions',
  '/v1/articles', '/v1/articles/ukraine-security-guarantees/claims?subject=ukraine', '/v1/search?q=Ukraine', '/v1/search?q=guarant*&type=claim,article'
]
const withQuery = (url: string, qs: string) => `${url}${url.includes('?') ? '&' : '?'}${qs}`
/** The resume key of an item, as documented for `after`. */
const keyOf = (url: string, item: Doc) => (url.startsWith('/v1/search')
  ? `${item.type as string}:${item.id as string}${item.type === 'article' ? `@${item.span.start as number}` : ''}`
  : item.id as string)

async function exported (url: string, format: string) {
  const res = await t.app.inject({ url: withQuery(url, `format=${format}`) })
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
  const lines = res.body.split(format === 'csv' ? '\r\n' : '\n').filter((l) => l !== '')
  return { lines: format === 'csv' ? lines.slice(1) : lines, total: Number(res.headers['total-count']), header: format === 'csv' ? lines[0] : undefined }
}

describe('exports announce their length and restart after any item', () => {
  for (const url of LISTS) {
    it(url, async () => {
      const items = await listAll(t.app, url)
      expect(items.length).toBeGreaterThan(0)
      const formats = url.startsWith('/v1/search') ? ['ndjson', 'csv'] : ['ndjson', 'csv', 'jsonld-ndjson']
      for (const format of formats) {
        const full = await exported(url, format)
        expect(full.total).toBe(items.length)
        expect(full.lines).toHaveLength(items.length) // no CSV value here holds a line break
        for (const cut of new Set([0, 1, Math.floor(items.length / 2), items.length - 2, items.length - 1].filter((i) => i >= 0 && i < items.length))) {
          const rest = await exported(withQuery(url, `after=${encodeURIComponent(keyOf(url, items[cut]!))}`), format)
          expect(rest.total, `${format} after item ${cut}`).toBe(items.length - cut - 1)
          expect(rest.lines).toEqual(full.lines.slice(cut + 1))
          expect(rest.header).toBe(full.header)
        }
      }
    })
  }

  it('pages take `after` too, and send Total-Count as page.total', async () => {
    const items = await listAll(t.app, '/v1/claims')
    const res = await t.app.inject({ url: `/v1/claims?limit=3&after=${items[4]!.id as string}` })
    expect(res.json().data.map((d: Doc) => d.id)).toEqual(items.slice(5, 8).map((d) => d.id))
    expect(res.headers['total-count']).toBe(String(items.length))
    expect(res.headers['access-control-expose-headers']).toMatch(/Total-Count/)
  })

  it('an `after` that names no item of the list, or comes with a cursor, is a 400 naming it', async () => {
    expect(expectProblem(await t.app.inject({ url: '/v1/claims?format=ndjson&after=no-such-claim' }), 400).errors).toEqual([expect.objectContaining({ in: 'query', name: 'after' })])
    const items = await listAll(t.app, '/v1/claims?certainty=certain')
    const other = (await listAll(t.app, '/v1/claims?certainty=possible'))[0]!.id as string
    const res = await t.app.inject({ url: `/v1/claims?certainty=certain&format=ndjson&after=${other}` })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0]).toMatchObject({ in: 'query', name: 'after' })
    expect(items.length).toBeGreaterThan(0)
    const page = await t.app.inject({ url: '/v1/claims?limit=1' })
    const both = await t.app.inject({ url: `/v1/claims?limit=1&cursor=${page.json().page.next as string}&after=${items[0]!.id as string}` })
    expect(both.statusCode).toBe(400)
    expect(both.json().errors[0]).toMatchObject({ name: 'after' })
  })
})
