// NDJSON read as it arrives: one line at a time, so memory holds one chunk and one line
// however long the stream. A line longer than `maxLineLength` is refused rather than
// buffered without end, and a stream that stops inside a line (a dropped connection) is
// an error, never a silently shorter result.

export class NdjsonError extends Error {
  constructor (message: string, readonly line: number) {
    super(`NDJSON line ${line}: ${message}`)
    this.name = 'NdjsonError'
  }
}

export interface NdjsonOptions { maxLineLength?: number }
type Source = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>

/** The stream's lines, without their line ends; empty lines are skipped. */
export async function * ndjsonLines (source: Source, options: NdjsonOptions = {}): AsyncGenerator<string> {
  const max = options.maxLineLength ?? 16 * 1024 * 1024
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let rest = ''
  let line = 0
  for await (const chunk of source as AsyncIterable<Uint8Array>) {
    const text = rest + decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      line++
      const value = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end)
      start = end + 1
      if (value !== '') yield value
    }
    rest = text.slice(start)
    if (rest.length > max) throw new NdjsonError(`longer than ${max} characters`, line + 1)
  }
  rest += decoder.decode()
  if (rest.trim() !== '') throw new NdjsonError('the stream ended inside a line: the download was cut short', line + 1)
}

/** The stream's items, parsed; `T` is what the caller knows each line to be. */
export async function * readNdjson<T = unknown> (source: Source, options: NdjsonOptions = {}): AsyncGenerator<T> {
  let line = 0
  for await (const text of ndjsonLines(source, options)) {
    line++
    let item: T
    try {
      item = JSON.parse(text) as T
    } catch (err) {
      throw new NdjsonError(`not JSON (${(err as Error).message})`, line)
    }
    yield item
  }
}
