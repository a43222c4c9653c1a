// Examples in the OpenAPI document come from the real dataset: these ids name them, and
// test/schemas/examples.test.ts checks each example equals what the API serves.
export const EXAMPLE_IDS = {
  article: 'ukraine-security-guarantees',
  actor: 'vladimir-putin',
  event: 'alaska-summit',
  claim: 'putin-agreed-to-guarantees',
  question: 'putin-agreement-single-source'
}

export const examples: Record<'span' | 'actor' | 'event' | 'claim' | 'question' | 'article', unknown> = {
  span: undefined, actor: undefined, event: undefined, claim: undefined, question: undefined, article: undefined
}
