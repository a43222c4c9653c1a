import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ARTICLE_ID, SEED_DIR } from '../helpers/app.js'

// A seed large enough for a build to take seconds: the real article and `copies` copies of
// it, each with its own article id and entity ids (`<id>-<n>`), sharing the real actors.
// Annotations are written as JSON, which the loader reads like YAML.

type Item = Record<string, unknown> & { id: string }
const suffix = (n: number) => (id: string) => `${id}-${n}`

export function writeCopiesOfSeed (out: string, copies: number): void {
  mkdirSync(join(out, 'articles'), { recursive: true })
  copyFileSync(join(SEED_DIR, 'actors.yaml'), join(out, 'actors.yaml'))
  const text = join(SEED_DIR, 'articles', `${ARTICLE_ID}.txt`)
  const yaml = join(SEED_DIR, 'articles', `${ARTICLE_ID}.yaml`)
  // the original stays: actors' role evidence quotes it
  copyFileSync(text, join(out, 'articles', `${ARTICLE_ID}.txt`))
  copyFileSync(yaml, join(out, 'articles', `${ARTICLE_ID}.yaml`))
  const annotation = parse(readFileSync(yaml, 'utf8')) as { article: Item, events: Item[], claims: Item[], questions: Item[] }
  for (let n = 1; n <= copies; n++) {
    const s = suffix(n)
    const ids = (v: unknown) => (v as string[]).map(s)
    const copy = {
      article: { ...annotation.article, id: s(annotation.article.id) },
      events: annotation.events.map((e) => ({ ...e, id: s(e.id) })),
      claims: annotation.claims.map((c) => ({
        ...c,
        id: s(c.id),
        events: ids(c.events),
        ...(c.related === undefined ? {} : { related: (c.related as Array<{ claim: string }>).map((r) => ({ ...r, claim: s(r.claim) })) })
      })),
      questions: annotation.questions.map((q) => ({ ...q, id: s(q.id), events: ids(q.events), claims: ids(q.claims) }))
    }
    const id = s(ARTICLE_ID)
    copyFileSync(text, join(out, 'articles', `${id}.txt`))
    writeFileSync(join(out, 'articles', `${id}.json`), JSON.stringify(copy))
  }
}
