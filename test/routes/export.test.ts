import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { build, expectProblem, getJson, type Doc, type ListBody, type TestApp } from '../helpers/app.js'
import { CSV_COLUMNS, csvRow } from '../../src/formats/csv.js'
import type { CollectionName as Collection } from '../../src/db/collections.js'
import { Repository } from '../../src/db/repository.js'

// Bulk pulls (src/formats/, src/db/repository.ts rows()): every list endpoint streams all matching rows as
// NDJSON or CSV, with the same filters; the rows are those of the paginated JSON, in order.

let t: TestApp
let version: string
let lists: string[] // every list endpoint the OpenAPI document offers CSV for, with its example parent id
let searchColumns: string[]
beforeAll(async () => {
  t = await build()
  version = (await getJson(t.app, '/v1')).datasetVersion
  const paths = (t.app.swagger() as Doc).paths as Record<string, Doc>
  const bulk = Object.entries(paths).filter(([, item]) => item.get?.responses?.['200']?.content?.['text/csv'] !== undefined)
  lists = bulk.map(([path, item]) => path.replace('{id}', (item.get.parameters as Doc[]).find((p) => p.in === 'path')?.example as string)).filter((p) => p !== '/v1/search')
  // the search CSV columns, as documented: "A header row (type, id, …), then one row per hit."
  searchColumns = /\(([^)]+)\)/.exec(paths['/v1/search']!.get.responses['200'].content['text/csv'].schema.description)![1]!.split(', ')
})
afterAll(async () => { await t.close() })

const FILTERED = [
  '/v1/actors?kind=person&kind=state', '/v1/actors?sort=-mentions', '/v1/events?status=occurred&sort=-position',
  '/v1/claims?certainty=possible&kind=prediction', '/v1/claims?speaker=none&sort=id', '/v1/claims?q=China&q=Trump',
  '/v1/questions?kind=unknown_fact&actor=vladimir-putin', '/v1/articles/ukraine-security-guarantees/claims?subject=ukraine&include=speaker'
]
const SEARCHES = ['/v1/search?q=Ukraine', '/v1/search?q=guarant*&type=claim&type=event']

const withQuery = (url: string, qs: string) => `${url}${url.includes('?') ? '&' : '?'}${qs}`
const collectionOf = (url: string) => /^\/v1\/(?:\w+\/[^/?]+\/)?(\w+)/.exec(url)![1]!

/** Every row, walking the JSON pages of 500. */
async function paginated (url: string): Promise<Doc[]> {
  const rows: Doc[] = []
  let cursor: string | null = null
  do {
    const body: ListBody = await getJson<ListBody>(t.app, withQuery(url, `limit=500${cursor === null ? '' : `&cursor=${cursor}`}`))
    rows.push(...body.data)
    cursor = body.page.next
  } while (cursor !== null)
  return rows
}

const ndjson = (body: string) => (body === '' ? [] : body.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l) as Doc))

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" for a quote. */
function parseCsv (text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') { field += '"'; i++ } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' } else if (c === '\r' && text[i + 1] === '\n') { rows.push([...row, field]); row = []; field = ''; i++ } else field += c
  }
  expect(field === '' && row.length === 0 && !quoted, 'the last record ends with CRLF').toBe(true)
  return rows
}

/** What the documented flattening (README, "Bulk pulls") makes of `column` of `doc`. */
function cell (doc: Doc, column: string): string {
  const pairs = (v: Doc[], a: string, b: string) => v.map((x) => `${x[a]}:${x[b]}`).join('; ')
  switch (column) {
    case 'evidence': return (doc.evidence as Doc[]).map((s) => s.quote).join(' | ')
    case 'evidenceOffsets': return (doc.evidence as Doc[]).map((s) => `${s.start}-${s.end}`).join('; ')
    case 'participants': return pairs(doc.participants, 'actor', 'role')
    case 'related': return pairs(doc.related, 'claim', 'relation')
    case 'roles': return (doc.roles as Doc[]).map((r) => `${r.relation}:${r.title ?? ''}:${r.of ?? ''}`).join('; ')
    case 'externalIds': return Object.entries(doc.externalIds as Doc).map(([k, v]) => `${k}=${v}`).join('; ')
    case 'addedFacts': return (doc.addedFacts as Doc[]).map((f) => f.field).join('; ')
  }
  const value = column.split('.').reduce<unknown>((v, k) => (v as Doc | undefined)?.[k], doc)
  if (Array.isArray(value)) return value.join('; ')
  return value === null || value === undefined ? '' : String(value)
}

function expectHeaders (res: { headers: Record<string, unknown> }, collection: string, ext: 'csv' | 'ndjson') {
  expect(res.headers['content-type']).toMatch(ext === 'csv' ? /^text\/csv; charset=utf-8/ : /^application\/x-ndjson; charset=utf-8/)
  expect(res.headers['content-disposition']).toBe(`attachment; filename="${collection}-${version}.${ext}"`)
  expect(res.headers['content-length'], 'streamed, not buffered').toBeUndefined()
}

describe('format=ndjson and Accept: application/x-ndjson', () => {
  it('is offered by every list endpoint', () => {
    expect(lists).toEqual(expect.arrayContaining(['/v1/claims', '/v1/actors/vladimir-putin/claims', '/v1/claims/putin-agreed-to-guarantees/questions']))
    expect(lists).toHaveLength(15)
  })

  it.each([0, 1, 2])('streams the paginated rows, in order (list endpoints, part %i)', async (part) => {
    for (const url of [...lists, ...FILTERED, ...SEARCHES].filter((_, i) => i % 3 === part)) {
      const expected = await paginated(url)
      const byParam = await t.app.inject(withQuery(url, 'format=ndjson'))
      const byAccept = await t.app.inject({ url, headers: { accept: 'application/x-ndjson' } })
      for (const res of [byParam, byAccept]) {
        expect(res.statusCode, url).toBe(200)
        expectHeaders(res, collectionOf(url), 'ndjson')
        expect(ndjson(res.body), url).toEqual(expected)
      }
    }
  })
})

describe('format=csv and Accept: text/csv', () => {
  it.each([0, 1, 2])('has the documented header and one row per entity, flattened as documented (part %i)', async (part) => {
    for (const url of [...lists, ...FILTERED].filter((_, i) => i % 3 === part)) {
      const collection = collectionOf(url) as Collection
      const expected = await paginated(url)
      for (const res of [await t.app.inject(withQuery(url, 'format=csv')), await t.app.inject({ url, headers: { accept: 'text/csv' } })]) {
        expect(res.statusCode, url).toBe(200)
        expectHeaders(res, collection, 'csv')
        const [header, ...rows] = parseCsv(res.body)
        expect(header).toEqual(CSV_COLUMNS[collection].map(([name]) => name))
        expect(rows.map((r) => r[0]), url).toEqual(expected.map((d) => d.id))
        rows.forEach((r, i) => expect(Object.fromEntries(header!.map((c, j) => [c, r[j]])), `${url} row ${i}`)
          .toEqual(Object.fromEntries(header!.map((c) => [c, cell(expected[i]!, c)]))))
      }
    }
  })

  it('joins arrays with "; " (claims\' subjects, actors\' aliases)', async () => {
    const claim = (await paginated('/v1/claims')).find((c) => c.subjects.length > 1)!
    const actor = (await paginated('/v1/actors')).find((a) => a.aliases.length > 1)!
    const row = async (url: string, id: string, column: string) => {
      const [header, ...rows] = parseCsv((await t.app.inject(withQuery(url, 'format=csv'))).body)
      return rows.find((r) => r[0] === id)![header!.indexOf(column)]
    }
    expect(await row('/v1/claims', claim.id, 'subjects')).toBe(claim.subjects.join('; '))
    expect(await row('/v1/actors', actor.id, 'aliases')).toBe(actor.aliases.join('; '))
  })

  it('round-trips a text with commas, quotes and line breaks', async () => {
    const doc = (await paginated('/v1/claims'))[0]!
    const text = 'He said, "no"; then\r\nleft,\nand "quoted, twice" ""'
    const [row] = parseCsv(csvRow('claims', { ...doc, text }))
    expect(row![CSV_COLUMNS.claims.findIndex(([n]) => n === 'text')]).toBe(text)
    // real data with commas and quotes survives the trip through the API
    const [header, ...rows] = parseCsv((await t.app.inject('/v1/questions?format=csv')).body)
    const criteria = (await paginated('/v1/questions')).map((q) => q.resolutionCriteria as string)
    expect(criteria.some((s) => s.includes('"') && s.includes(','))).toBe(true)
    expect(rows.map((r) => r[header!.indexOf('resolutionCriteria')])).toEqual(criteria)
  })

  it('streams search hits with the documented columns', async () => {
    for (const url of SEARCHES) {
      const expected = await paginated(url)
      const res = await t.app.inject(withQuery(url, 'format=csv'))
      expectHeaders(res, 'search', 'csv')
      const [header, ...rows] = parseCsv(res.body)
      expect(header).toEqual(searchColumns)
      expect(rows).toEqual(expected.map((h) => searchColumns.map((c) => cell(h, c))))
    }
  })
})

describe('bulk pulls that match nothing or are wrong', () => {
  it('answers no match with the header alone, or an empty body', async () => {
    for (const url of ['/v1/claims?speaker=china&certainty=uncommitted', '/v1/search?q=zzyzx']) {
      expect((await getJson<ListBody>(t.app, url)).page.total, url).toBe(0)
      const csv = await t.app.inject(withQuery(url, 'format=csv'))
      expect(csv.statusCode).toBe(200)
      expect(parseCsv(csv.body)).toHaveLength(1)
      const nd = await t.app.inject(withQuery(url, 'format=ndjson'))
      expect(nd.statusCode).toBe(200)
      expect(nd.body).toBe('')
    }
  })

  it.each([
    ['/v1/claims?format=csv&certainty=sure', 400, 'certainty'],
    ['/v1/claims?format=ndjson&speaker=nobody', 400, 'speaker'],
    ['/v1/events?format=csv&limit=0', 400, 'limit'],
    ['/v1/search?q=%22&format=csv', 400, 'q'],
    ['/v1/search?q=Putin&article=nowhere&format=ndjson', 400, 'article'],
    ['/v1/claims?format=xml', 400, 'format'],
    ['/v1/actors/nobody/claims?format=csv', 404, undefined]
  ])('still answers %s with a %i problem', async (url, status, name) => {
    const body = expectProblem(await t.app.inject(url), status)
    if (name !== undefined) expect(body.errors[0].name).toBe(name)
  })

  it('is a problem, not a stream, with Accept too', async () => {
    const res = await t.app.inject({ url: '/v1/claims?certainty=sure', headers: { accept: 'text/csv' } })
    expectProblem(res, 400)
    expect(res.headers['content-disposition']).toBeUndefined()
  })
})

describe('reading in batches', () => {
  it.each([['/v1/claims', 'claims'], ['/v1/search?q=Ukraine', 'search']])('asks the repository for batches of 1000 of %s and chains them by keyset', async (url, collection) => {
    const expected = await paginated(url)
    const page = Repository.prototype.page
    // serve each batch of 1000 as 4 rows, so a small dataset takes several batches (an
    // export reads on a connection of its own: any repository's)
    const spy = vi.spyOn(Repository.prototype, 'page').mockImplementation(function (this: Repository, c, query) { return page.call(this, c, { ...query, limit: 4 }) })
    try {
      const res = await t.app.inject(withQuery(url, 'format=ndjson'))
      expect(ndjson(res.body)).toEqual(expected)
      expect(spy.mock.calls.length).toBe(Math.ceil(expected.length / 4))
      spy.mock.calls.forEach(([c, query], i) => {
        expect(c).toBe(collection)
        expect(query.limit).toBe(1000)
        expect(query.after).toEqual(i === 0 ? null : spy.mock.results[i - 1]!.value.next)
      })
    } finally {
      spy.mockRestore()
    }
  })
})
