// The one way the server writes HTML: a tagged template that escapes every interpolated
// value unless it is marked trusted with raw() (or is itself the result of html``). A
// forgotten escape is the classic hole of hand-written HTML; here it takes an explicit
// raw() to make one, and a reviewer can grep for it. No template engine: a page is a few
// functions of typed data, and template literals are checked by the TypeScript compiler.

/** Markup that is already safe: made by html`` or explicitly trusted with raw(). */
export class Html {
  constructor (readonly value: string) {}
  toString (): string { return this.value }
}

/** A value a template accepts: text (escaped), trusted markup, nothing, or a list of these. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[]

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const SPECIAL = /[&<>"']/g
const HAS_SPECIAL = /[&<>"']/

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml (text: string): string {
  // most values (ids, numbers, plain words) need nothing: return them without a copy
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] as string) : text
}

/** Trusts `markup` as HTML: only for markup the server itself made (never for data). */
export function raw (markup: string): Html {
  return new Html(markup)
}

function render (value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) {
    let out = ''
    for (const v of value as readonly HtmlValue[]) out += render(v)
    return out
  }
  return escapeHtml(String(value))
}

/** html`<p>${text}</p>`: every value escaped unless it is Html. */
export function html (strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '')
  return new Html(out)
}

/** A path segment of a URL the page links to (ids are slugs, but data is never trusted). */
export const seg = (value: string) => encodeURIComponent(value)

/** `href` for a path plus query parameters (empty values dropped). */
export function hrefWith (path: string, params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s === '' ? path : `${path}?${s}`
}
