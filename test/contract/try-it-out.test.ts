import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type TestApp } from '../helpers/app.js'

// Swagger UI's "Try it out" fills every parameter with its documented example. Each
// operation, called that way, must answer 200 with data: examples that contradict each
// other would show users an empty list on their first try.

interface Parameter { in: string, name: string, example?: unknown, schema?: { examples?: unknown[] } }

describe('documented examples', () => {
  let t: TestApp
  beforeAll(async () => { t = await build() })
  afterAll(async () => { await t.close() })

  it('answer 200 with data on every operation when all are filled in', async () => {
    const doc = t.app.swagger() as { paths: Record<string, { get: { operationId: string, parameters?: Parameter[] } }> }
    for (const [path, item] of Object.entries(doc.paths)) {
      let url = path
      const query = new URLSearchParams()
      for (const p of item.get.parameters ?? []) {
        const example = p.example ?? p.schema?.examples?.[0]
        if (example === undefined) continue
        if (p.in === 'path') url = url.replace(`{${p.name}}`, String(example))
        else for (const v of ([] as unknown[]).concat(example)) query.append(p.name, String(v))
      }
      const res = await t.app.inject(`${url}?${query.toString()}`)
      expect(res.statusCode, `${item.get.operationId}: ${url}?${query.toString()}`).toBe(200)
      if (String(res.headers['content-type']).startsWith('application/json')) {
        const body = res.json() as { data?: unknown[] }
        if (Array.isArray(body.data)) expect(body.data.length, `${item.get.operationId} returns no data with its examples`).toBeGreaterThan(0)
      }
    }
  })
})
