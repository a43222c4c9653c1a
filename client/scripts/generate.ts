import { writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { TYPES_FILE, typesSource } from './types-source.js'

await writeFile(TYPES_FILE, await typesSource())
console.log(`wrote ${relative(process.cwd(), TYPES_FILE)}`)
