import jsonld from 'jsonld'
import { expect } from 'vitest'
import { CONTEXT_PATH } from '../../src/jsonld/documents.js'
import type { Doc } from './app.js'

// JSON-LD as a consumer reads it: the jsonld library in safe mode with a loader that knows
// only the API's own context, and the Web Annotation selectors applied to the article text.

export const SCHEMA = 'https://schema.org/'
const OA = 'http://www.w3.org/ns/oa#'
export const SC = 'https://github.com/structured-claims/vocab#'

/** A document loader that knows only the API's context at `origin`: nothing is ever fetched. */
export function localLoader (origin: string, context: unknown) {
  return async (url: string) => {
    if (url === `${origin}${CONTEXT_PATH}`) return { contextUrl: undefined, documentUrl: url, document: context }
    throw new Error(`no remote context may be fetched: ${url}`)
  }
}
export type Expanded = Record<string, any>
type Loader = ReturnType<typeof localLoader>

/** Expands in safe mode (a term the context cannot map is an error): every top-level node. */
export async function expandAll (doc: Doc, documentLoader: Loader): Promise<Expanded[]> {
  return await jsonld.expand(doc as jsonld.JsonLdDocument, { safe: true, documentLoader } as unknown as jsonld.Options.Expand) as Expanded[]
}

/** Expands one item in safe mode. */
export async function expandSafe (doc: Doc, documentLoader: Loader): Promise<Expanded> {
  const [node, ...rest] = await expandAll(doc, documentLoader)
  expect(rest).toEqual([])
  return node!
}
export const value = (node: Expanded, term: string) => (node[term] as Array<{ '@value'?: unknown, '@id'?: string }> | undefined)?.map((v) => v['@value'] ?? v['@id'])

/** Every annotation of an expanded node, its selectors applied to `text`: returns the quotes. */
export function applySelectors (node: Expanded, text: string): string[] {
  const codePoints = [...text]
  const annotations = (node['@reverse']?.[`${OA}hasBody`] ?? []) as Expanded[]
  return annotations.map((a) => {
    expect(a['@type']).toEqual([`${OA}Annotation`])
    expect(a[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}describing` }])
    const selectors = a[`${OA}hasTarget`][0][`${OA}hasSelector`] as Expanded[]
    const quote = selectors.find((s) => s['@type'][0] === `${OA}TextQuoteSelector`)!
    const position = selectors.find((s) => s['@type'][0] === `${OA}TextPositionSelector`)!
    const [exact, prefix, suffix] = [`${OA}exact`, `${OA}prefix`, `${OA}suffix`].map((t) => String(value(quote, t)![0]))
    const [start, end] = [`${OA}start`, `${OA}end`].map((t) => Number(value(position, t)![0]))
    // the position selector, in code points
    const sliced = codePoints.slice(start, end).join('')
    expect(sliced).toBe(exact)
    // the quote selector, on its own: prefix + exact + suffix occurs once, at that position
    const context = prefix! + exact! + suffix!
    const at = text.indexOf(context)
    expect(at, `"${exact}" with its prefix and suffix is in the text`).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(context, at + 1)).toBe(-1)
    expect([...text.slice(0, at + prefix!.length)].length).toBe(start)
    return sliced
  })
}
