import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

// The client's types, made from the committed OpenAPI document by openapi-typescript. One
// function for the generator and for the test that fails when the committed file drifts.

const OPENAPI_FILE = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))
export const TYPES_FILE = fileURLToPath(new URL('../src/generated/api.ts', import.meta.url))

const HEADER = `// Generated from openapi/openapi.json by openapi-typescript: do not edit.
// Regenerate with \`npm run client:generate\` after the API's OpenAPI document changes.

`

export async function typesSource (): Promise<string> {
  const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8')) as Parameters<typeof openapiTS>[0]
  const ast = await openapiTS(document, { alphabetize: false, silent: true })
  return HEADER + astToString(ast)
}
