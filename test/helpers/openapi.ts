import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

// Validates response bodies against the OpenAPI document the server serves: every
// component is loaded under one $id, and a response schema's local refs point there.

export interface Operation { method: string, path: string, operationId: string, parameters: Parameter[], responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }
export interface Parameter { in: 'query' | 'path', name: string, required?: boolean, schema: Record<string, unknown>, example?: unknown }

export function operations (doc: { paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, ...op, parameters: op.parameters ?? [] })))
}

export function responseValidator (doc: { components: unknown }) {
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true })
  ;(addFormats as unknown as (a: unknown) => void)(ajv)
  ajv.addSchema({ $id: 'api', components: doc.components })
  const cache = new Map<string, ValidateFunction>()
  return (schema: unknown): ValidateFunction => {
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"api#/components/')
    let v = cache.get(text)
    if (v === undefined) { v = ajv.compile(JSON.parse(text)); cache.set(text, v) }
    return v
  }
}
