import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type Doc, type TestApp } from '../helpers/app.js'

// Swagger UI's "Try it out" fills every parameter that has an example or a default.
// Filters have neither (their examples are in their descriptions), so "Execute" on a
// list shows the unfiltered first page: the whole dataset's, not one row that happens to
// match every example at once.

interface Parameter { in: string, name: string, required?: boolean, example?: unknown, schema?: { examples?: unknown[], default?: unknown } }

describe('Try it out, then Execute', () => {
  let t: TestApp
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })

  /** The request Swagger UI sends when nothing is changed after "Try it out". */
  function prefilled (path: string, parameters: Parameter[]): string {
    let url = path
    const query = new URLSearchParams()
    for (const p of parameters) {
      const value = p.example ?? p.schema?.examples?.[0] ?? p.schema?.default
      if (value === undefined) continue
      if (p.in === 'path') url = url.replace(`{${p.name}}`, String(value))
      else for (const v of ([] as unknown[]).concat(value)) query.append(p.name, String(v))
    }
    return query.size === 0 ? url : `${url}?${query.toString()}`
  }

  it('answers 200 on every operation, and a list with the unfiltered first page', async () => {
    const doc = t.app.swagger() as { paths: Record<string, { get: { operationId: string, parameters?: Parameter[] } }> }
    for (const [path, item] of Object.entries(doc.paths)) {
      const url = prefilled(path, item.get.parameters ?? [])
      const res = await t.app.inject(url)
      expect(res.statusCode, `${item.get.operationId}: ${url}`).toBe(200)
      const body = String(res.headers['content-type']).startsWith('application/json') ? res.json() as Doc : {}
      // search and the changes feed need their required parameter: there is no bare page to compare with
      if (!Array.isArray(body.data) || path === '/v1/search' || path === '/v1/changes') continue
      // the same page as the path alone, with no parameter at all
      const bare = (await t.app.inject(url.split('?')[0]!)).json() as Doc
      expect(body.data, `${item.get.operationId}: ${url} is filtered`).toEqual(bare.data)
      expect(body.page.total, item.get.operationId).toBe(bare.page.total)
      expect(body.data.length, item.get.operationId).toBe(Math.min(50, bare.page.total))
    }
  })

  it('shows the whole first page of claims', async () => {
    const doc = t.app.swagger() as Doc
    const url = prefilled('/v1/claims', doc.paths['/v1/claims'].get.parameters)
    const body = (await t.app.inject(url)).json() as Doc
    const total = (t.app.repo.meta.counts as Record<string, number>).claims!
    expect(body.page.total).toBe(total)
    expect(body.data).toHaveLength(Math.min(50, total))
  })
})
