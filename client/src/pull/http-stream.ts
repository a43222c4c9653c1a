import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { ProblemError } from '../problem.js'

// The export as node:http reads it: the body's chunks as Buffers, straight from the socket.
// The pull's one long download goes this way rather than through fetch, whose web streams
// cost it a third more CPU and memory (docs/BENCHMARKS.md); retries are the pull's own
// (it reopens from its checkpoint). A non-2xx answer is read and thrown as a ProblemError.

export interface StreamResponse { headers: IncomingMessage['headers'], body: AsyncIterable<Buffer> }

export async function streamGet (base: string, path: string, query: Record<string, unknown>, headers: Record<string, string>, signal: AbortSignal): Promise<StreamResponse> {
  const url = new URL(`${base.replace(/\/+$/, '')}${path}`)
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(one))
  const get = url.protocol === 'https:' ? https.get : http.get
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = get(url, { headers: { accept: '*/*', ...headers }, signal }, resolve)
    req.once('error', reject)
  })
  const status = res.statusCode ?? 0
  if (status < 200 || status > 299) {
    const chunks: Buffer[] = []
    for await (const chunk of res) chunks.push(chunk as Buffer)
    const answer = new Response(Buffer.concat(chunks).toString('utf8'), {
      status,
      statusText: res.statusMessage,
      headers: Object.entries(res.headers).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((one): [string, string] => [k, one])))
    })
    throw await ProblemError.from(answer)
  }
  return { headers: res.headers, body: res }
}
