import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pull, type PullOptions } from '../../client/src/pull/pull.js'
import { PullError } from '../../client/src/pull/errors.js'
import { openFileSink, type OpenSink } from '../../client/src/pull/output.js'
import { build, listAll, type TestApp } from '../helpers/app.js'

// The pull in-process against the real app on a free port, 5 items a batch so that the
// seed's claims take several: complete, resumed after a failure with no duplicate and no
// gap, and every bad state of its files refused by name with nothing changed.

let t: TestApp
let base: string
let dir: string
let expected: string[]
let fullSize: number
beforeAll(async () => {
  t = await build()
  base = await t.app.listen({ port: 0, host: '127.0.0.1' })
  dir = mkdtempSync(join(tmpdir(), 'pull-test-'))
  expected = (await listAll(t.app, '/v1/claims')).map((c) => c.id as string)
})
afterAll(async () => { await t.close(); rmSync(dir, { recursive: true, force: true }) })

let n = 0
function options (extra: Partial<PullOptions> = {}): PullOptions {
  const out = join(dir, `claims-${++n}.ndjson`)
  return { base, path: '/v1/claims', filters: {}, format: 'ndjson', out, checkpoint: `${out}.checkpoint`, pageSize: 5, retry: { attempts: 2, baseDelay: 1 }, ...extra }
}
const idsIn = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { id: string }).id)
const failure = async (p: Promise<unknown>) => {
  const err = await p.then(() => null, (e: unknown) => e)
  expect(err).toBeInstanceOf(PullError)
  return err as PullError
}

/** A disk that fills up after `limit` bytes: the write that crosses it lands in part, then fails. */
function fullAfter (limit: number): OpenSink {
  return async (file, keep) => {
    const real = await openFileSink(file, keep)
    let written = keep ?? 0
    return {
      write: async (parts) => {
        const bytes = Buffer.concat(parts)
        if (written + bytes.length <= limit) { written += bytes.length; return await real.write(parts) }
        await real.write([bytes.subarray(0, limit - written)])
        written = limit
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      },
      close: real.close
    }
  }
}

describe('pull', () => {
  it('pulls every claim once, in order, and removes its checkpoint', async () => {
    const o = options()
    const result = await pull(o)
    expect(result).toMatchObject({ items: expected.length, total: expected.length, resumedFrom: 0 })
    expect(idsIn(o.out)).toEqual(expected)
    expect(existsSync(o.checkpoint)).toBe(false)
    fullSize = statSync(o.out).size
  })

  it('pulls a filtered list and a search', async () => {
    const o = options({ filters: { certainty: ['possible', 'probable'] } })
    const r = await pull(o)
    expect(idsIn(o.out)).toEqual((await listAll(t.app, '/v1/claims?certainty=possible&certainty=probable')).map((c) => c.id))
    expect(r.items).toBeGreaterThan(5)
    const s = options({ path: '/v1/search', filters: { q: ['Ukraine'] } })
    expect((await pull(s)).items).toBe(idsIn(s.out).length)
  })

  it('pulls through the paginated API as well, resuming by cursor', async () => {
    const controller = new AbortController()
    const o = options({ via: 'pages', signal: controller.signal, onProgress: (p) => { if (p.items >= 10) controller.abort() } })
    expect((await failure(pull(o))).failure).toBe('Interrupted')
    expect(JSON.parse(readFileSync(o.checkpoint, 'utf8'))).toMatchObject({ items: 10, position: expect.any(String) })
    const result = await pull({ ...o, signal: undefined, onProgress: undefined })
    expect(result.resumedFrom).toBe(10)
    expect(idsIn(o.out)).toEqual(expected)
  })

  it('resumes after a full disk with no duplicate and no gap, cutting off the half-written batch', async () => {
    const o = options({ openSink: fullAfter(Math.floor(fullSize / 2)) })
    const err = await failure(pull(o))
    expect(err.failure).toBe('DiskFull')
    expect(err.resumable).toBe(true)
    const cp = JSON.parse(readFileSync(o.checkpoint, 'utf8')) as { items: number, bytes: number }
    expect(cp.items).toBeGreaterThan(0)
    expect(statSync(o.out).size).toBeGreaterThan(cp.bytes) // the batch cut short is there, past the checkpoint
    const result = await pull({ ...o, openSink: undefined })
    expect(result.resumedFrom).toBe(cp.items)
    expect(idsIn(o.out)).toEqual(expected)
  })

  it('stops on an interruption between batches and resumes from there', async () => {
    const controller = new AbortController()
    const o = options({ signal: controller.signal, onProgress: (p) => { if (p.items >= 10) controller.abort() } })
    const err = await failure(pull(o))
    expect(err.failure).toBe('Interrupted')
    expect(idsIn(o.out)).toEqual(expected.slice(0, 10))
    const result = await pull({ ...o, signal: undefined, onProgress: undefined })
    expect(result.resumedFrom).toBe(10)
    expect(idsIn(o.out)).toEqual(expected)
  })

  it('checkpoints the key of the last item saved, and resumes the export after it', async () => {
    const controller = new AbortController()
    const o = options({ signal: controller.signal, onProgress: (p) => { if (p.items >= 15) controller.abort() } })
    await failure(pull(o))
    const cp = JSON.parse(readFileSync(o.checkpoint, 'utf8')) as { items: number, position: string, total: number }
    expect(cp).toMatchObject({ items: 15, position: expected[14], total: expected.length })
    await pull({ ...o, signal: undefined, onProgress: undefined })
    expect(idsIn(o.out)).toEqual(expected)
  })

  it.each([
    ['csv', '/v1/claims', {}],
    ['csv', '/v1/search', { q: ['Ukraine'] }],
    ['ndjson', '/v1/search', { q: ['Ukraine'] }],
    ['jsonld', '/v1/claims', {}],
    ['jsonld', '/v1/events', {}]
  ] as const)('pulls %s of %s, interrupted twice, to the bytes of one uninterrupted export', async (format, path, filters) => {
    const query = new URLSearchParams([...Object.entries(filters).flatMap(([k, vs]) => vs.map((v) => [k, v])), ['format', format === 'jsonld' ? 'jsonld-ndjson' : format]])
    const whole = (await t.app.inject({ url: `${path}?${query.toString()}`, headers: { host: new URL(base).host } })).body
    let stops = 0
    for (;;) {
      const controller = new AbortController()
      const o = options({ format, path, filters: filters as Record<string, string[]>, signal: controller.signal, onProgress: (p) => { if (p.items >= 10 + 5 * stops) controller.abort() } })
      o.out = join(dir, `${format}-${path.replaceAll('/', '-')}.out`)
      o.checkpoint = `${o.out}.checkpoint`
      const err = await pull(o).then(() => null, (e: unknown) => e)
      if (err === null) break
      expect((err as PullError).failure).toBe('Interrupted')
      stops++
      if (stops >= 2) {
        const cp = JSON.parse(readFileSync(o.checkpoint, 'utf8')) as { items: number }
        const result = await pull({ ...o, signal: undefined, onProgress: undefined })
        expect(result.resumedFrom).toBe(cp.items)
        expect(cp.items).toBe(15)
        expect(readFileSync(o.out, 'utf8')).toBe(whole)
        break
      }
    }
    expect(stops).toBe(2)
  })

  it('refuses a 4xx by name and leaves no file behind', async () => {
    const o = options({ filters: { kind: ['bogus'] } })
    const err = await failure(pull(o))
    expect(err.failure).toBe('Refused')
    expect(err.message).toMatch(/kind: must be one of/)
    expect(existsSync(o.out) || existsSync(o.checkpoint)).toBe(false)
  })

  it('refuses to overwrite an output that has no checkpoint, unless told to restart', async () => {
    const o = options()
    writeFileSync(o.out, 'precious\n')
    expect((await failure(pull(o))).failure).toBe('OutputExists')
    expect(readFileSync(o.out, 'utf8')).toBe('precious\n')
    await pull({ ...o, restart: true })
    expect(idsIn(o.out)).toEqual(expected)
  })
})

describe('pull with a bad checkpoint', () => {
  async function interrupted () {
    const controller = new AbortController()
    const o = options({ signal: controller.signal, onProgress: (p) => { if (p.items >= 5) controller.abort() } })
    await failure(pull(o))
    return { ...o, signal: undefined, onProgress: undefined }
  }

  it.each([
    ['not JSON', (cp: string) => cp.slice(0, 20)],
    ['empty', () => ''],
    ['a field of the wrong type', (cp: string) => cp.replace(/"items":\d+/, '"items":"5"')],
    ['more bytes than the output holds', (cp: string) => cp.replace(/"bytes":\d+/, '"bytes":99999999')]
  ])('names a checkpoint that is %s, changes nothing, and starts over on --restart', async (_what, damage) => {
    const o = await interrupted()
    writeFileSync(o.checkpoint, damage(readFileSync(o.checkpoint, 'utf8')))
    const before = [readFileSync(o.out), readFileSync(o.checkpoint)]
    const err = await failure(pull(o))
    expect(err.failure).toBe('CorruptCheckpoint')
    expect(err.message).toMatch(/--restart/)
    expect([readFileSync(o.out), readFileSync(o.checkpoint)]).toEqual(before)
    await pull({ ...o, restart: true })
    expect(idsIn(o.out)).toEqual(expected)
    expect(existsSync(o.checkpoint)).toBe(false)
  })

  it('refuses a checkpoint of another pull', async () => {
    const o = await interrupted()
    const err = await failure(pull({ ...o, filters: { certainty: ['certain'] } }))
    expect(err.failure).toBe('CheckpointMismatch')
  })

  it('refuses a checkpoint of another dataset version', async () => {
    const o = await interrupted()
    writeFileSync(o.checkpoint, readFileSync(o.checkpoint, 'utf8').replace(/"dataset":"[^"]*"/, '"dataset":"0000000000000000"'))
    const err = await failure(pull(o))
    expect(err.failure).toBe('DatasetChanged')
    expect(err.message).toMatch(/--restart/)
  })
})
