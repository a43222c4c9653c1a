import { describe, expect, it } from 'vitest'
import { RecordSplitter } from '../../client/src/pull/records.js'

// The pull's record splitter: whole records in batches of n, whatever the chunks, with
// CSV's quoted line breaks and its header, and only the last record of a batch decoded.

function split (text: string, chunkSize: number, n: number, csv: boolean, header: 'keep' | 'drop' | 'none') {
  const s = new RecordSplitter(n, csv, header)
  const bytes = Buffer.from(text)
  const batches = []
  for (let i = 0; i < bytes.length; i += chunkSize) batches.push(...s.push(bytes.subarray(i, i + chunkSize)))
  const end = s.flush()
  return { batches: [...batches, end.batch], incomplete: end.incomplete }
}

describe('RecordSplitter', () => {
  const ndjson = ['{"id":"a"}', '{"id":"é😀"}', '{"id":"c"}', '{"id":"d"}', '{"id":"e"}'].map((l) => `${l}\n`).join('')
  it.each([1, 2, 3, 7, 1000])('cuts NDJSON in chunks of %i bytes into batches of 2 whole lines', (size) => {
    const { batches, incomplete } = split(ndjson, size, 2, false, 'none')
    expect(incomplete).toBe(false)
    expect(batches.map((b) => b.records)).toEqual([2, 2, 1])
    expect(batches.map((b) => b.last)).toEqual(['{"id":"é😀"}', '{"id":"d"}', '{"id":"e"}'])
    expect(Buffer.concat(batches.flatMap((b) => b.parts)).toString()).toBe(ndjson)
  })

  it('says when the stream stops inside a record, keeping the whole ones', () => {
    const { batches, incomplete } = split(ndjson + '{"id":"f', 4, 10, false, 'none')
    expect(incomplete).toBe(true)
    expect(batches.at(-1)!.records).toBe(5)
    expect(Buffer.concat(batches.at(-1)!.parts).toString()).toBe(ndjson)
  })

  const csv = 'id,text\r\n"a","one\r\nline, ""two"""\r\nb,plain\r\n"c","x\ny"\r\n'
  it.each([1, 2, 5, 1000])('counts CSV records, not lines, in chunks of %i bytes; the header kept or dropped', (size) => {
    const kept = split(csv, size, 2, true, 'keep')
    expect(kept.batches.map((b) => b.records)).toEqual([2, 1])
    expect(kept.batches.map((b) => b.last)).toEqual(['b,plain', '"c","x\ny"'])
    expect(Buffer.concat(kept.batches.flatMap((b) => b.parts)).toString()).toBe(csv)
    const dropped = split(csv, size, 2, true, 'drop')
    expect(Buffer.concat(dropped.batches.flatMap((b) => b.parts)).toString()).toBe(csv.slice('id,text\r\n'.length))
    expect(dropped.batches.map((b) => b.records)).toEqual([2, 1])
  })
})
