import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type TestApp } from '../helpers/app.js'
import { CSV_COLUMNS } from '../../src/routes/csv.js'

// Bulk pulls: every list streams all matching rows as NDJSON and CSV, with the same
// filters, and the rows are the paginated rows.

const LISTS = [
  '/v1/articles', '/v1/actors', '/v1/actors?kind=person&kind=state', '/v1/events?status=occurred', '/v1/claims',
  '/v1/claims?certainty=possible&kind=prediction', '/v1/claims?speaker=none', '/v1/questions?kind=unknown_fact',
  '/v1/actors/vladimir-putin/claims', '/v1/articles/ukraine-security-guarantees/events', '/v1/claims?q=guarant*'
]

/** RFC 4180, enough to read our own output back. */
function parseCsv (text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false; else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++ } else field += c
  }
  return rows
}

describe('bulk pulls', () => {
  let t: TestApp
  const paginated = async (url: string) => {
    const out: Array<Record<string, unknown>> = []
    let next: string | null = null
    do {
      const sep = url.includes('?') ? '&' : '?'
      const body = (await t.app.inject(`${url}${sep}limit=7${next === null ? '' : `&cursor=${next}`}`)).json() as { data: Array<Record<string, unknown>>, page: { next: string | null } }
      out.push(...body.data)
      next = body.page.next
    } while (next !== null)
    return out
  }
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })

  it.each(LISTS)('streams the paginated rows of %s as NDJSON, by format= and by Accept', async (url) => {
    const expected = await paginated(url)
    const sep = url.includes('?') ? '&' : '?'
    const byParam = await t.app.inject(`${url}${sep}format=ndjson`)
    const byAccept = await t.app.inject({ url, headers: { accept: 'application/x-ndjson' } })
    for (const res of [byParam, byAccept]) {
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/)
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z]+-[0-9a-f]{16}\.ndjson"$/)
      const rows = res.body === '' ? [] : res.body.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)
      expect(rows).toEqual(expected)
    }
  })

  it.each(LISTS)('streams the paginated rows of %s as CSV with the documented columns', async (url) => {
    const expected = await paginated(url)
    const res = await t.app.inject({ url, headers: { accept: 'text/csv' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    const collection = /\/v1\/(?:\w+\/[^/]+\/)?(\w+)/.exec(url)![1] as keyof typeof CSV_COLUMNS
    const [header, ...rows] = parseCsv(res.body)
    expect(header).toEqual(CSV_COLUMNS[collection].map(([name]) => name))
    expect(rows.map((r) => r[0])).toEqual(expected.map((d) => d.id))
    if (collection === 'claims') {
      const text = header!.indexOf('text')
      const subjects = header!.indexOf('subjects')
      rows.forEach((r, i) => {
        expect(r[text]).toBe(expected[i]!.text) // commas and quotes survive the round trip
        expect(r[subjects]).toBe((expected[i]!.subjects as string[]).join('; '))
      })
    }
  })

  it('answers a filter that matches nothing with the header alone, and a bad filter with a 400 problem', async () => {
    const empty = await t.app.inject('/v1/claims?format=csv&speaker=china&certainty=uncommitted')
    expect(empty.body).toBe(CSV_COLUMNS.claims.map(([n]) => n).join(',') + '\r\n')
    const bad = await t.app.inject('/v1/claims?format=csv&certainty=sure')
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('streams search hits too, best first', async () => {
    const page = (await t.app.inject('/v1/search?q=China&limit=500')).json() as { data: Array<{ id: string, type: string }> }
    const res = await t.app.inject('/v1/search?q=China&format=ndjson')
    expect(res.body.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(page.data.map((h) => h.id))
  })
})
