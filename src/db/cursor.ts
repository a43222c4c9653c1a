import { createHmac, timingSafeEqual } from 'node:crypto'

// Opaque keyset cursors: the sort key of the last row served, bound to the query it came
// from (a hash of its canonical filters and sort) and signed, so that a cursor reused
// with other filters, or edited, is refused rather than silently misread. The key is
// derived from the dataset version: every process serving the same data accepts the
// same cursors, and a rebuilt dataset retires the old ones.

export type CursorKey = Array<string | number>
export type CursorResult = { ok: true, key: CursorKey } | { ok: false, reason: string }

export class Cursors {
  private readonly secret: Buffer
  constructor (datasetVersion: string) {
    this.secret = createHmac('sha256', 'structured-claims-cursor').update(datasetVersion).digest()
  }

  private sign (payload: string): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest().subarray(0, 12)
  }

  private queryHash (queryKey: string): string {
    return createHmac('sha256', this.secret).update(queryKey).digest('base64url').slice(0, 10)
  }

  encode (queryKey: string, key: CursorKey): string {
    const payload = Buffer.from(JSON.stringify([this.queryHash(queryKey), key])).toString('base64url')
    return `${payload}.${this.sign(payload).toString('base64url')}`
  }

  decode (queryKey: string, token: string): CursorResult {
    const [payload, mac, ...rest] = token.split('.')
    if (payload === undefined || mac === undefined || rest.length > 0 || payload === '') return { ok: false, reason: 'is not a cursor this API issued' }
    const given = Buffer.from(mac, 'base64url')
    const expected = this.sign(payload)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'has been altered or comes from another dataset version' }
    let parsed: unknown
    try { parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) } catch { return { ok: false, reason: 'is not a cursor this API issued' } }
    if (!Array.isArray(parsed) || parsed.length !== 2 || !Array.isArray(parsed[1])) return { ok: false, reason: 'is not a cursor this API issued' }
    if (parsed[0] !== this.queryHash(queryKey)) return { ok: false, reason: 'belongs to another query: a cursor is only valid with the filters and sort it was issued for' }
    return { ok: true, key: parsed[1] as CursorKey }
  }
}
