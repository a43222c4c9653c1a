import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../helpers/server.js'

// The cursor secret a primary process makes at start and hands to its workers: a cursor
// one worker issued is accepted by every other.

describe('WORKERS=2 without CURSOR_SECRET', () => {
  let server: RunningServer
  beforeAll(async () => { server = await startServer({ WORKERS: '2' }) }, 60_000)
  afterAll(async () => { await server?.stop() })

  it('has every worker accept the cursors of the others: the primary hands them one secret', async () => {
    // a fresh connection per request: the primary deals connections to the workers in turn
    const fetchFresh = (path: string) => fetch(`${server.url}${path}`, { headers: { connection: 'close' } })
    const first = await (await fetchFresh('/v1/claims?limit=2')).json() as { page: { next: string } }
    const statuses = await Promise.all(Array.from({ length: 8 }, async () => (await fetchFresh(`/v1/claims?limit=2&cursor=${first.page.next}`)).status))
    expect(statuses).toEqual(Array(8).fill(200))
  })
})
