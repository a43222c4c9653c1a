// Rendered article pages, kept per dataset version and URL. The data never changes while
// one version is served, so a page rendered once is the page for every later request of
// the same URL (filters are in the URL); a new version makes new keys, and the oldest
// entries leave first. A long article's page is about a megabyte, hence the small bound.

const MAX_PAGES = 32

export class PageCache {
  private readonly pages = new Map<string, string>()

  constructor (private readonly max = MAX_PAGES) {}

  get (version: string, url: string): string | undefined {
    return this.pages.get(`${version}\n${url}`)
  }

  set (version: string, url: string, page: string): void {
    const key = `${version}\n${url}`
    if (!this.pages.has(key) && this.pages.size >= this.max) this.pages.delete(this.pages.keys().next().value as string)
    this.pages.set(key, page)
  }
}
