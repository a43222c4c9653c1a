import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../dev/process.js'

// One version of the software: package.json, the OpenAPI document and the README agree.

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

describe('the version', () => {
  const { version } = JSON.parse(read('package.json')) as { version: string }

  it('is the OpenAPI document\'s info.version', () => {
    expect((JSON.parse(read('openapi/openapi.json')) as { info: { version: string } }).info.version).toBe(version)
  })

  it('is the one the README gives', () => {
    expect(/This is version (\S+) of the API/.exec(read('README.md'))?.[1]).toBe(version)
  })
})
