import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

// The OpenAPI document as the property tests read it: its operations and parameters, and
// an Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses) that validates a body against the
// schema the document declares, its `#/components/schemas/…` refs resolved against the
// document's own components.

export interface Parameter { in: 'query' | 'path' | 'header', name: string, required?: boolean, schema: Schema, example?: unknown }
export interface Schema { type?: string, enum?: unknown[], items?: Schema, examples?: unknown[], $ref?: string, properties?: Record<string, Schema>, maxItems?: number }
interface Response { content?: Record<string, { schema?: Schema }> }
export interface Operation { method: string, path: string, operationId: string, parameters: Parameter[], responses: Record<string, Response> }
export interface Document {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>
  components: { schemas: Record<string, Schema> }
}

export function operations (doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ ...op, method, path, parameters: op.parameters ?? [] })))
}

/** A `#/components/schemas/X` ref followed once; any other schema as it is. */
function deref (doc: Document, schema: Schema | undefined): Schema | undefined {
  const name = schema?.$ref?.replace('#/components/schemas/', '')
  return name === undefined ? schema : doc.components.schemas[name]
}

/** The schema of one row of a list operation (what each NDJSON line must be). */
export function itemSchema (doc: Document, op: Operation): Schema | undefined {
  return deref(doc, op.responses['200']?.content?.['application/json']?.schema)?.properties?.data?.items
}

export function validatorFor (doc: Document): (schema: Schema) => ValidateFunction {
  // ajv and ajv-formats are CommonJS: under NodeNext their classes are the `default` of the module
  // strict: false because the document carries OpenAPI keywords Ajv does not know (example)
  const Ajv = Ajv2020.default
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: 'openapi', components: doc.components })
  const cache = new Map<string, ValidateFunction>()
  return (schema) => {
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')
    let validate = cache.get(text)
    if (validate === undefined) {
      validate = ajv.compile(JSON.parse(text) as object)
      cache.set(text, validate)
    }
    return validate
  }
}
