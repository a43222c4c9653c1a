import { readFileSync } from 'node:fs'

// Examples in the OpenAPI document come from the real dataset: EXAMPLE_IDS names them,
// `npm run examples` writes examples.json from a database built from seed/, and
// test/schemas/examples.test.ts fails when the file and the data disagree.

export const EXAMPLE_IDS = {
  article: 'ukraine-security-guarantees',
  actor: 'vladimir-putin',
  event: 'putin-agreement',
  claim: 'putin-agreed-to-guarantees',
  question: 'putin-agreement-single-source'
}

export type ExampleName = 'span' | 'actor' | 'event' | 'claim' | 'question' | 'article'
export const EXAMPLES_FILE = new URL('./examples.json', import.meta.url)

export const examples = JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as Record<ExampleName, unknown>
