import type { FastifyReply } from 'fastify'
import { html, type Html } from './html.js'

// The shell every HTML page of the server shares (reader view, problem-type pages), and
// how it is sent. The API's security headers are set for every response by
// src/plugins/http.ts; a page narrows the Content-Security-Policy to its own origin's
// scripts and styles: no inline script or style, no CDN, nothing framed.

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

const SITE_NAME = 'Structured Claims'

export interface PageOptions {
  /** the document's title (the site's name is appended) */
  title: string
  /** what goes inside <main> */
  main: Html
  /** own scripts, by URL (deferred) */
  scripts?: string[]
  /** a line under the site name, for example the dataset version */
  footer?: Html
}

/** A whole HTML document with landmarks, a skip link and the site's navigation. */
export function page (opts: PageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · ${SITE_NAME}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/reader.css">
${(opts.scripts ?? []).map((src) => html`<script src="${src}" defer></script>\n`)}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="/">${SITE_NAME}</a>
<nav aria-label="Site"><ul>
<li><a href="/">Articles</a></li>
<li><a href="/docs">API documentation</a></li>
<li><a href="/v1">API</a></li>
</ul></nav>
</header>
<main id="main" tabindex="-1">
${opts.main}
</main>
<footer class="site">${opts.footer ?? html`<p>Read-only. Every item links to its JSON in the <a href="/docs">API</a>.</p>`}</footer>
</body>
</html>
`.value
}

/** Sends a page with its status and the page's CSP. */
export function sendPage (reply: FastifyReply, status: number, document: string | Buffer): FastifyReply {
  return reply.code(status)
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', status === 200 ? 'public, max-age=300' : 'no-store')
    .type('text/html; charset=utf-8')
    .send(document)
}

/** A page that says what went wrong (404, 400) and where to go instead. */
export function errorPage (status: number, title: string, detail: Html | string): string {
  return page({
    title,
    main: html`<h1>${title}</h1>
<p>${detail}</p>
<p><a href="/">All articles</a></p>`
  })
}
