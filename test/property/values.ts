import fc from 'fast-check'
import type { Operation, Parameter } from './openapi-document.js'

// Parameter values for the property tests: what a well-meaning client sends (real ids,
// enum values, the documented examples) and what a fuzzer or an attacker sends. Values
// come out percent-encoded, ready to put in a URL; the RAW_* fragments go in as they are.

export interface Pools { ids: Record<string, string[]>, cursors: Record<string, string> }

/** Percent-encoding that also writes lone surrogates (as WTF-8: bytes that are not UTF-8). */
export function encode (s: string): string {
  let out = ''
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    out += cp >= 0xd800 && cp <= 0xdfff
      ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
      : encodeURIComponent(ch)
  }
  return out
}

const HOSTILE = [
  '', ' ', '-1', '0', '-0', '00000000001', '1e309', '1e1', '0x10', ' 5', '5 ', '+5', 'NaN', 'Infinity', '9007199254740993',
  '9'.repeat(400), '3.5', 'true', 'null', 'undefined', '[]', '{}', '[object Object]',
  "' OR 1=1 --", '"; DROP TABLE claims; --', "1; ATTACH DATABASE '/tmp/x' AS x", 'x) UNION SELECT sql FROM sqlite_master --',
  'NEAR(a b)', 'NEAR(a', 'title:guarantee', 'body:x OR type:claim', '"unbalanced', '""', '*', '**', '^x', 'a OR', 'OR', 'AND', 'NOT x',
  '(', ')', '-x', 'a:b:c', '{a b}', 'a + b', "Putin's", 'NATO-style', 'U.S.',
  '../../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', 'file:///etc/passwd', '%2e%2e%2f', '..%2f..%2fetc',
  '%00', '\u0000', 'a\u0000b', '\r\nSet-Cookie: x=y', '\u0002mark\u0003', '\u202e\u0645\u0631\u062d\u0628\u0627', '\ufeff', '\ufffd', '\uffff',
  '\u{10ffff}', '😀🇺🇦👨‍👩‍👧', 'e\u0301', '\u0130stanbul', 'ß', 'ﬃ', '\ud800', '\udfff', 'a\ud800b',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '$' + '{7*7}', '{{7*7}}', '__proto__', 'constructor',
  'x'.repeat(201), 'x'.repeat(1001), 'y'.repeat(10_000), 'a '.repeat(40), 'none', 'NONE', 'ukraine', 'vladimir-putin'
]

/** Pieces of a query string as a broken client writes them: not encoded, or badly. */
export const RAW_QUERY = ['%zz', '%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF%FE', '%00', '%0D%0A', '%2e%2e%2f', '..%2f',
  '%25', '+', '%2B', '&', '=', '&&', ';', '%26', '%3D', 'a=b', '[]', '%5B%5D', 'limit=1', 'limit=-1', 'include=', 'q=%22']

/** Pieces of a path segment: bad escapes and encoded separators (never `/`, `.` or `..`: those move to another route). */
const RAW_PATH = ['%zz', '%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', '%00', '%2F', '%2f..%2f', '%5C', '%252e', '%0A', ';', ',', '@', ':', '%3F', '%23']

const QUERIES = ['Putin', 'NATO', 'guarantee', 'security guarant*', '"security guarantees"', 'Trump OR Putin', 'Ukraine summit', 'the']

const collectionOf = (op: Operation) => op.path.split('/')[2] ?? ''
const examplesOf = (p: Parameter): string[] => [p.example, ...(p.schema.examples ?? []), ...(p.schema.items?.examples ?? [])]
  .flatMap((e) => (e === undefined ? [] : Array.isArray(e) ? e.map(String) : [String(e)]))

/** A value a client would mean to be valid (unencoded). */
export function validValue (op: Operation, p: Parameter, pools: Pools): fc.Arbitrary<string> {
  if (p.name === 'limit') return fc.integer({ min: 1, max: 500 }).map(String)
  const schema = p.schema.type === 'array' ? p.schema.items : p.schema
  const values = [...(schema?.enum ?? []).map(String), ...examplesOf(p)]
  const ids = (c: string) => pools.ids[c] ?? []
  if (p.name === 'id') {
    // mostly an id of the right collection; sometimes another collection's, or none at all
    const own = ids(collectionOf(op))
    const other = Object.entries(pools.ids).filter(([c]) => c !== collectionOf(op)).flatMap(([, v]) => v.slice(0, 3))
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values, ...own) }, { weight: 1, arbitrary: fc.constantFrom('no-such-id', 'x', ...other) })
  }
  // a problem type's name: mostly one that exists
  if (p.name === 'name') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('no-such-type', 'internal-error') })
  switch (p.name) {
    case 'article': values.push(...ids('articles')); break
    case 'speaker': values.push(...ids('actors'), 'none'); break
    case 'subject': case 'actor': values.push(...ids('actors')); break
    case 'event': values.push(...ids('events')); break
    case 'claim': values.push(...ids('claims')); break
    case 'q': values.push(...QUERIES); break
    case 'cursor': { const c = pools.cursors[op.operationId]; if (c !== undefined) values.push(c); break }
    case 'include': { const all = (schema?.enum ?? []).map(String); values.push(all.join(','), all.slice(0, 2).join(',')); break }
  }
  return values.length > 0 ? fc.constantFrom(...values) : fc.string({ minLength: 1, maxLength: 10 })
}

/** A cursor that is not right here: another operation's, or one altered by a character. */
function wrongCursor (pools: Pools): fc.Arbitrary<string> {
  const cursors = Object.values(pools.cursors)
  return fc.tuple(fc.constantFrom(...cursors), fc.nat(), fc.constantFrom('A', '_', '-', '.', '=', '')).map(([c, i, ch]) =>
    c.slice(0, i % c.length) + ch + c.slice((i % c.length) + 1))
}

/** A value from anywhere on the spectrum, already encoded for `where` in the URL. */
export function hostileValue (op: Operation, p: Parameter, pools: Pools, where: 'path' | 'query'): fc.Arbitrary<string> {
  const value = fc.oneof(
    { weight: 3, arbitrary: validValue(op, p, pools).map(encode) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE).map(encode) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ unit: 'binary-ascii', maxLength: 20 })
      ).map(encode)
    },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n })).map((n) => encode(String(n))) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...(where === 'path' ? RAW_PATH : RAW_QUERY)), { minLength: 1, maxLength: 4 }).map((r) => r.join('')) },
    { weight: 1, arbitrary: wrongCursor(pools) }
  )
  // an empty, `.` or `..` segment is another route (a list, a parent), not this operation
  return where === 'path' ? value.filter((v) => v !== '' && v !== '.' && v !== '..') : value
}
