import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TYPES_FILE, typesSource } from '../../client/scripts/types-source.js'

// The client cannot drift from the API: its committed types are what openapi-typescript
// makes of the committed OpenAPI document (which another test holds to the server).

describe('the client\'s generated types', () => {
  it('are what openapi/openapi.json gives (else run `npm run client:generate`)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8') === await typesSource(), 'client/src/generated/api.ts is stale: run `npm run client:generate` and commit it').toBe(true)
  })
})
