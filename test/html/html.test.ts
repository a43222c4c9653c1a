import { describe, expect, it } from 'vitest'
import { escapeHtml, hrefWith, html, raw } from '../../src/html/html.js'
import { PAGE_CSP, errorPage, page } from '../../src/html/page.js'

describe('html``', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = '<script>alert("x")</script> & \'quoted\''
    const out = html`<p title="${evil}">${evil}</p>`.value
    expect(out).toBe('<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>')
    expect(out).not.toContain('<script')
  })

  it('escapes an entity in data, so "&amp;" shows as typed', () => {
    expect(html`${'&amp;'}`.value).toBe('&amp;amp;')
  })

  it('keeps emoji and other text outside the BMP as they are', () => {
    expect(html`${'🇺🇦 😀 é'}`.value).toBe('🇺🇦 😀 é')
  })

  it('nests templates without escaping them twice, joins lists and drops null, undefined and false', () => {
    const items = ['a<b', 'c&d'].map((x) => html`<li>${x}</li>`)
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li>0</ul>')
  })

  it('passes raw() markup through untouched, and only that', () => {
    expect(html`${raw('<b>trusted</b>')}${'<b>data</b>'}`.value).toBe('<b>trusted</b>&lt;b&gt;data&lt;/b&gt;')
  })

  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml('&<>"\' plain')).toBe('&amp;&lt;&gt;&quot;&#39; plain')
  })

  it('builds links with encoded query values, dropping empty ones', () => {
    expect(hrefWith('/', { q: 'a&b "c"', after: 3, empty: '', none: null })).toBe('/?q=a%26b+%22c%22&after=3')
    expect(hrefWith('/x', {})).toBe('/x')
  })
})

describe('page()', () => {
  it('is a whole document with landmarks, a skip link and the title escaped', () => {
    const doc = page({ title: '<i>T</i>', main: html`<h1>x</h1>` })
    expect(doc.startsWith('<!doctype html>')).toBe(true)
    expect(doc).toContain('<title>&lt;i&gt;T&lt;/i&gt; · Structured Claims</title>')
    for (const landmark of ['<header', '<nav aria-label="Site"', '<main id="main"', '<footer']) expect(doc).toContain(landmark)
    expect(doc).toContain('<a class="skip" href="#main">')
  })

  it('has no inline script or style, which its CSP would refuse', () => {
    const doc = page({ title: 't', main: html`<p>x</p>`, scripts: ['/assets/article.js'] })
    expect(doc).not.toMatch(/<script(?![^>]*\ssrc=)/)
    expect(doc).not.toMatch(/<style|\sstyle=/)
    expect(PAGE_CSP).toContain("script-src 'self'")
    expect(PAGE_CSP).not.toContain('unsafe-inline')
  })

  it('makes an error page that escapes its detail', () => {
    expect(errorPage(404, 'Not here', '<b>x</b>')).toContain('&lt;b&gt;x&lt;/b&gt;')
  })
})
