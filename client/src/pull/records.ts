// The export's bytes cut into batches of whole records without decoding them: a record ends
// at a line feed (in CSV, one outside a quoted field), so counting records is a scan for
// line feeds (and quotes) with Buffer.indexOf, and only the last record of a batch is
// ever decoded, for its resume key. The bytes go to the output as they came.

export interface RecordBatch {
  /** whole records, as received */
  bytes: Buffer
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
    const all = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.partBytes)
    const complete = this.recordStart
    const batch: RecordBatch = {
      bytes: all.subarray(0, complete),
      records: this.records,
      last: this.records === 0 ? null : all.toString('utf8', this.lastStart, complete).replace(/\r?\n$/, '')
    }
    const rest = all.subarray(complete)
    this.parts = rest.length === 0 ? [] : [Buffer.from(rest)]
    this.partBytes = rest.length
    this.records = 0
    this.lastStart = 0
    this.recordStart = 0
    return batch
  }
}
