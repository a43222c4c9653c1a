// The export's bytes cut into batches of whole records without decoding or copying them: a
// record ends at a line feed (in CSV, one outside a quoted field), so counting records is a
// scan for line feeds (and quotes) with Buffer.indexOf; a batch is the received chunks
// themselves (views of them where a batch ends inside one), written as they came with one
// vectored write, and only the last record of a batch is ever decoded, for its resume key.

export interface RecordBatch {
  /** whole records, as received: views of the chunks, in order */
  parts: Buffer[]
  /** their length in bytes */
  bytes: number
  records: number
  /** the batch's last record, without its line end (null when it holds none) */
  last: string | null
}

const LF = 10
const QUOTE = 34

export class RecordSplitter {
  private parts: Buffer[] = []
  private partBytes = 0
  /** records complete in `parts`, and where the last one starts and the first incomplete one starts (offsets in parts) */
  private records = 0
  private lastStart = 0
  private recordStart = 0
  private quoted = false
  private skipFirst: boolean

  /**
   * `batchSize` records a batch; `csv` for quote-aware record ends; `header`: what to do with
   * the first record (a CSV header): keep it (written, not counted), drop it, or none.
   */
  constructor (private readonly batchSize: number, private readonly csv: boolean, private header: 'keep' | 'drop' | 'none') {
    this.skipFirst = header !== 'none'
  }

  /** Takes a chunk; returns the batches it completes. */
  push (chunk: Buffer): RecordBatch[] {
    const out: RecordBatch[] = []
    let segment = 0
    let pos = 0
    for (;;) {
      const nl = chunk.indexOf(LF, pos)
      if (this.csv) {
        // quotes up to the line feed (or the chunk's end) flip the quoted state
        const end = nl === -1 ? chunk.length : nl
        for (let q = chunk.indexOf(QUOTE, pos); q !== -1 && q < end; q = chunk.indexOf(QUOTE, q + 1)) this.quoted = !this.quoted
      }
      if (nl === -1) break
      pos = nl + 1
      if (this.quoted) continue // a line break inside a field
      const end = this.partBytes + (nl + 1 - segment)
      if (this.skipFirst) {
        this.skipFirst = false
        if (this.header === 'drop') {
          this.parts = []
          this.partBytes = 0
          segment = nl + 1
        }
        this.recordStart = this.header === 'drop' ? 0 : end
        this.lastStart = this.recordStart
        continue
      }
      this.records++
      this.lastStart = this.recordStart
      this.recordStart = end
      if (this.records >= this.batchSize) {
        this.take(chunk.subarray(segment, nl + 1))
        segment = nl + 1
        out.push(this.cut())
      }
    }
    this.take(chunk.subarray(segment))
    return out
  }

  /** The complete records held (a partial batch), and whether bytes of an incomplete record remain. */
  flush (): { batch: RecordBatch, incomplete: boolean } {
    return { batch: this.cut(), incomplete: this.partBytes > 0 }
  }

  private take (bytes: Buffer) {
    if (bytes.length === 0) return
    this.parts.push(bytes)
    this.partBytes += bytes.length
  }

  /** The whole records held as one batch; what follows them stays. */
  private cut (): RecordBatch {
    const complete = this.recordStart
    const [parts, rest] = splitAt(this.parts, complete)
    const batch: RecordBatch = {
      parts,
      bytes: complete,
      records: this.records,
      last: this.records === 0 ? null : decode(parts, this.lastStart, complete).replace(/\r?\n$/, '')
    }
    this.parts = rest
    this.partBytes -= complete
    this.records = 0
    this.lastStart = 0
    this.recordStart = 0
    return batch
  }
}

/** The parts before byte `at` and those after it (a part that spans it is cut into two views). */
function splitAt (parts: Buffer[], at: number): [Buffer[], Buffer[]] {
  let offset = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (offset + part.length <= at) { offset += part.length; continue }
    const head = parts.slice(0, i)
    if (at > offset) head.push(part.subarray(0, at - offset))
    return [head, [part.subarray(at - offset), ...parts.slice(i + 1)]]
  }
  return [parts, []]
}

/** Bytes `from` to `to` of the parts as text (one record: copied only when it spans parts). */
function decode (parts: Buffer[], from: number, to: number): string {
  const [, tail] = splitAt(parts, from)
  const [record] = splitAt(tail, to - from)
  return record.length === 1 ? record[0]!.toString('utf8') : Buffer.concat(record).toString('utf8')
}
