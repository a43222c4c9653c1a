import { describe, expect, it } from 'vitest'
import { NdjsonError, readNdjson } from '@structured-claims/client'

// The NDJSON reader on awkward chunkings: lines and multi-byte characters split across
// chunks, CRLF, blank lines, a cut-off stream, an endless line.

async function * chunks (text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}
async function all<T> (it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('readNdjson', () => {
  const items = [{ id: 'a', text: 'Zelensky 🇺🇦 said “no”' }, { id: 'b', text: 'Café, naïve' }, { id: 'c', text: '' }]
  const text = items.map((i) => JSON.stringify(i)).join('\n') + '\n'

  it('yields the same items whatever the chunk size', async () => {
    for (const size of [1, 2, 3, 7, 64, 4096]) expect(await all(readNdjson(chunks(text, size)))).toEqual(items)
  })

  it('accepts CRLF line ends and skips blank lines', async () => {
    expect(await all(readNdjson(chunks('{"a":1}\r\n\r\n{"a":2}\r\n', 3)))).toEqual([{ a: 1 }, { a: 2 }])
  })

  it('reads a web ReadableStream', async () => {
    const stream = new Response(text).body!
    expect(await all(readNdjson(stream))).toEqual(items)
  })

  it('refuses a stream cut off inside a line', async () => {
    await expect(all(readNdjson(chunks(text + '{"id":"d","te', 5)))).rejects.toThrow(/ended inside a line/)
  })

  it('refuses a line longer than maxLineLength instead of buffering it', async () => {
    const err = await all(readNdjson(chunks(`{"a":1}\n{"long":"${'x'.repeat(1000)}"}\n`, 16), { maxLineLength: 100 })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NdjsonError)
    expect((err as NdjsonError).line).toBe(2)
  })

  it('names the line that is not JSON', async () => {
    await expect(all(readNdjson(chunks('{"a":1}\nnot json\n', 4)))).rejects.toThrow(/line 2: not JSON/)
  })
})
