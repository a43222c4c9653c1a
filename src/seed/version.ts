import { createHash } from 'node:crypto'
import { latestSchemaVersion } from '../db/migrate.js'

/**
 * The dataset version: a hash of the schema version and of every entity as the API serves
 * it, fed one entity at a time (articles, actors, events, claims, questions, each in its
 * default order) so that size is no limit. The same content gives the same version, on
 * every run and machine.
 */
export function versionHash () {
  const hash = createHash('sha256').update(`schema:${latestSchemaVersion()}\n`)
  return {
    add (served: string) { hash.update(served).update('\n') },
    digest () { return hash.digest('hex').slice(0, 16) }
  }
}
