import { createHmac, timingSafeEqual } from 'node:crypto'
import type { SortColumn, SqlParam } from './collections.js'

// Opaque keyset cursors: the sort key of the last row served and the dataset version it
// was read in, bound to the query it came from (a hash of its canonical filters and sort)
// and signed with a secret that never
// leaves the servers (CURSOR_SECRET, or one the primary process makes at start), so a
// cursor reused with other filters, or edited, is refused rather than misread. Whatever
// the signature says, every field of a decoded key is checked against the column it
// stands for before it reaches SQL.

export type CursorKey = SqlParam[]
type CursorResult = { ok: true, key: CursorKey, version: string } | { ok: false, reason: string }

/** Longest text a cursor may carry for a text column (an id or a name). */
const MAX_TEXT = 1000

export class Cursors {
  private readonly secret: Buffer
  constructor (secret: string) {
    this.secret = createHmac('sha256', 'structured-claims-cursor').update(secret).digest()
  }

  private sign (payload: string): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest().subarray(0, 12)
  }

  private queryHash (queryKey: string): string {
    return createHmac('sha256', this.secret).update(queryKey).digest('base64url').slice(0, 10)
  }

  encode (queryKey: string, key: CursorKey, version: string): string {
    const payload = Buffer.from(JSON.stringify([this.queryHash(queryKey), key, version])).toString('base64url')
    return `${payload}.${this.sign(payload).toString('base64url')}`
  }

  decode (queryKey: string, token: string, columns: readonly SortColumn[]): CursorResult {
    const foreign = { ok: false, reason: 'is not a cursor this API issued' } as const
    const [payload, mac, ...rest] = token.split('.')
    if (payload === undefined || mac === undefined || rest.length > 0 || payload === '') return foreign
    const given = Buffer.from(mac, 'base64url')
    const expected = this.sign(payload)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'has been altered or was issued by another server' }
    let parsed: unknown
    try { parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) } catch { return foreign }
    if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || typeof parsed[2] !== 'string') return foreign
    if (parsed[0] !== this.queryHash(queryKey)) return { ok: false, reason: 'belongs to another query: a cursor is only valid with the filters and sort it was issued for' }
    const key: unknown = parsed[1]
    if (!Array.isArray(key) || key.length !== columns.length || !columns.every((c, i) => fits(c, key[i]))) return foreign
    return { ok: true, key: key as CursorKey, version: parsed[2] }
  }
}

function fits (column: SortColumn, value: unknown): boolean {
  switch (column.type) {
    case 'integer': return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    case 'number': return typeof value === 'number' && Number.isFinite(value)
    case 'text': return typeof value === 'string' && value.length <= MAX_TEXT && !value.includes('\u0000')
  }
}
