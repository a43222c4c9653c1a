import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_TERMS, toFtsQuery } from '../../src/db/fts.js'
import { ROOT, loadSeed } from '../helpers/app.js'

// toFtsQuery (src/db/fts.ts): whatever a user types becomes a safe FTS5 query, or a reason.

const query = (input: string) => {
  const r = toFtsQuery(input)
  if (!r.ok) throw new Error(`not ok: ${r.reason}`)
  return r.query
}

describe('toFtsQuery', () => {
  it.each([
    ['security guarantees', '"security" "guarantees"'],
    ['"territorial concessions"', '"territorial concessions"'],
    ['guarant*', '"guarant"*'],
    ['security guarant*', '"security" "guarant"*'],
    ['Zelensky OR Rubio', '"Zelensky" OR "Rubio"'],
    ['"European allies" OR guarant*', '"European allies" OR "guarant"*'],
    ['zelensky or rubio', '"zelensky" "or" "rubio"'] // only upper-case OR is the operator
  ])('turns %j into %j', (input, expected) => {
    expect(query(input)).toBe(expected)
  })

  it.each([
    ["Putin's", '"Putin s"'],
    ['Putin\u2019s', '"Putin s"'],
    ['NATO-style', '"NATO style"'],
    ['U.S', '"U S"'],
    ['non-NATO*', '"non NATO"*']
  ])('searches %j, which the tokenizer splits, as a phrase: %j', (input, expected) => {
    expect(query(input)).toBe(expected)
  })

  it.each([
    ['OR Rubio', '"Rubio"'],
    ['Rubio OR', '"Rubio"'],
    ['Rubio OR OR Zelensky', '"Rubio" OR "Zelensky"'],
    ['OR OR Rubio', '"Rubio"']
  ])('keeps OR only between two terms: %j → %j', (input, expected) => {
    expect(query(input)).toBe(expected)
  })

  // A doubled OR at the end must not keep its first OR: '"Rubio" OR' is an FTS5 syntax
  // error (GET /v1/search?q=NATO%20OR%20OR was once a 500).
  it('drops the ORs of a doubled OR at the end', () => {
    expect(query('Rubio OR OR')).toBe('"Rubio"')
  })

  it.each([
    ['NEAR(a b)', '"NEAR" "a" "b"'],
    ['title:China', '"title" "China"'],
    ['^China', '"China"'],
    ['(China)', '"China"'],
    ['+Russia', '"Russia"'],
    ['"territorial concessions', '"territorial concessions"'],
    ['say "a b" c "d', '"say" "a b" "c" "d"'],
    ['"it""s"', '"it" "s"']
  ])('reads the other FTS5 syntax in %j as plain words: %j', (input, expected) => {
    expect(query(input)).toBe(expected)
  })

  it.each([
    ['China AND Russia', '"China" "Russia"'], // AND is what words do anyway: not a word
    ['China AND NOT Russia', '("China") NOT "Russia"'],
    ['China NOT Russia', '("China") NOT "Russia"'],
    ['China -Russia', '("China") NOT "Russia"'],
    ['-Russia China', '("China") NOT "Russia"'],
    ['China -"security guarantees" -NATO', '("China") NOT "security guarantees" NOT "NATO"'],
    ['China OR Rubio -Russia', '("China" OR "Rubio") NOT "Russia"'],
    ['NATO-style -non-NATO', '("NATO style") NOT "non NATO"'],
    ['China and not Russia', '"China" "and" "not" "Russia"'], // only upper-case operators
    ['China - Russia', '"China" "Russia"'] // a lone dash excludes nothing
  ])('reads the operators in %j: %j', (input, expected) => {
    expect(query(input)).toBe(expected)
  })

  it.each(['-Russia', 'NOT Russia', 'AND', 'NOT', '-"a b" -c'])('refuses %j, which only excludes, with a hint', (input) => {
    const r = toFtsQuery(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(/add at least one word|no words/)
  })

  it.each(['', '   ', '"', '""', '*', '()', '^', ':', 'OR', 'OR OR', '😀', '\u0001\u0007'])('says %j has no words', (input) => {
    const r = toFtsQuery(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(/no words/)
  })

  it(`accepts ${MAX_TERMS} terms and refuses ${MAX_TERMS + 1}, counting a phrase as one`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`)
    expect(toFtsQuery(words(MAX_TERMS).join(' ')).ok).toBe(true)
    const over = toFtsQuery(words(MAX_TERMS + 1).join(' '))
    expect(over).toEqual({ ok: false, reason: `has ${MAX_TERMS + 1} terms; at most ${MAX_TERMS} are searched` })
    expect(toFtsQuery(`"${words(100).join(' ')}"`).ok).toBe(true)
    expect(toFtsQuery(words(MAX_TERMS).join(' OR ')).ok).toBe(true) // operators are not terms
  })
})

describe('toFtsQuery against a real FTS5 table', () => {
  // the table of migrations/002_search.sql (same tokenizer and prefix indexes), holding the article's lines
  const db = new Database(':memory:')
  db.exec(readFileSync(join(ROOT, 'migrations', '002_search.sql'), 'utf8'))
  const insert = db.prepare("INSERT INTO search_index (type, item_id, title, body) VALUES ('article', ?, '', ?)")
  loadSeed().text.split('\n').forEach((line, i) => insert.run(String(i), line))
  const search = db.prepare("SELECT snippet(search_index, -1, '[', ']', '…', 16) AS s, bm25(search_index, 0, 0, 0, 0, 2.0, 1.0) AS score FROM search_index WHERE search_index MATCH ?")
  afterAll(() => db.close())

  /** mulberry32: the same 500 strings on every run. */
  function prng (seed: number) {
    let a = seed
    return () => {
      a = (a + 0x6d2b79f5) | 0
      let t = Math.imul(a ^ (a >>> 15), 1 | a)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
  const PIECES = ['"', '*', '(', ')', ':', '^', '-', '+', "'", '\u2019', '.', ',', '{', '}', '\\', ' ', ' ', ' ', '\t',
    'OR', 'AND', 'NOT', 'NEAR', 'or', 'title', 'body', 'Putin', 'guarant', 'NATO', 'a', 'x1', '_', 'é', '\u0301', 'ß', '中', '😀', '\u0002']
  const strings = (seed: number) => {
    const rnd = prng(seed)
    return Array.from({ length: 500 }, () => Array.from({ length: Math.floor(rnd() * 16) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(''))
  }
  const run = (input: string, match: string) => {
    try { search.all(match); return [] } catch (err) { return [{ input, match, error: (err as Error).message }] }
  }
  const failures = (inputs: string[]) => inputs.flatMap((input) => {
    const r = toFtsQuery(input)
    return r.ok ? run(input, r.query) : []
  })

  it('runs every query of the article\'s own words and of the documented syntax', () => {
    for (const q of ['security guarant*', '"territorial concessions"', 'Zelensky OR Rubio', "Putin's", 'NATO-style', 'non-NATO']) {
      expect(search.all(query(q)).length, q).toBeGreaterThan(0)
    }
  })

  it('never produces a query FTS5 rejects, for 500 random strings of syntax characters', () => {
    const inputs = strings(42)
    expect(inputs.filter((s) => toFtsQuery(s).ok).length, 'most strings have words').toBeGreaterThan(300)
    expect(failures(inputs)).toEqual([])
  })

  it('never produces a query FTS5 rejects when two are joined as a repeated q is ((a) OR (b))', () => {
    const queries = strings(42).flatMap((s) => { const r = toFtsQuery(s); return r.ok ? [{ s, q: r.query }] : [] })
    expect(queries.slice(1).flatMap((b, i) => run(`${queries[i]!.s} | ${b.s}`, `(${queries[i]!.q}) OR (${b.q})`))).toEqual([])
  })

  // a dangling OR makes FTS5 throw 'syntax error near ""' (see above)
  it('never produces a query FTS5 rejects when the input ends in a doubled OR', () => {
    expect(failures(['Rubio OR OR', 'NATO OR OR OR', 'a OR "" OR', ',_(OR\u0002((^{OR'])).toEqual([])
  })
})
