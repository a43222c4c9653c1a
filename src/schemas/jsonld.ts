import Type from 'typebox'

// JSON-LD answers (docs/JSON-LD.md): their shape is JSON-LD's, their terms those of the
// @context at /v1/context.jsonld, so OpenAPI describes the envelope and points there.

export const JsonLdDocument = Type.Object({
  '@context': Type.String({ description: 'The URL of the API\'s JSON-LD context, /v1/context.jsonld on the same origin.' }),
  id: Type.Optional(Type.String({ description: 'The item\'s IRI: its URL in this API.' })),
  type: Type.Optional(Type.String({ description: 'schema.org type: Claim, Event, Question, NewsArticle, Person, Organization, Place or Thing.' })),
  '@graph': Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'A page\'s items, as nodes.' }))
}, {
  $id: 'JsonLdDocument',
  title: 'JsonLdDocument',
  additionalProperties: true,
  description: 'An item (or a page of items, in `@graph`) as JSON-LD 1.1: a claim is a schema.org Claim, each evidence span a W3C Web Annotation with a TextQuoteSelector and a TextPositionSelector (code points). Terms: /v1/context.jsonld; mapping: docs/JSON-LD.md.'
})

export const JsonLdContext = Type.Object({
  '@context': Type.Object({}, { additionalProperties: true })
}, { $id: 'JsonLdContext', title: 'JsonLdContext', description: 'The JSON-LD 1.1 context every JSON-LD answer of the API refers to.' })
