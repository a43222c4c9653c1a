import type { ValidSeed } from './validate.js'
import type { AliasSource } from './link.js'
import type { SeedActor } from '../schemas/seed.js'
import type { Extraction, Origin } from '../extract/types.js'

// Between validate and anchor: the actors of the build. The registry's actors are shared by
// every article and are always curated. An annotation may add article-local actors: extra
// aliases for a registry actor (its other fields stay the registry's, its roles too: a
// reviewed actor takes no unreviewed role), or a whole new actor. Local aliases find
// mentions in their own article only, so annotating or extracting one article can never add
// a mention to another. A new actor listed by two articles is one actor (the first article,
// in file order, gives its name, kind and provenance), with each article's aliases its own.

export interface ActorEntry {
  actor: SeedActor
  /** the file that defines it, for the messages of later stages */
  file: string
  origin: Origin
  /** null for a curated actor */
  confidence: number | null
  extraction: Extraction | null
}

export interface ActorTable {
  actors: ActorEntry[]
  /** the registry's aliases, which link in every article */
  shared: AliasSource[]
  /** per article id, the aliases that link in that article only */
  local: Map<string, AliasSource[]>
}

export function provenanceOf (item: { origin?: Origin | undefined, confidence?: number | undefined, extraction?: Extraction | undefined }): Pick<ActorEntry, 'origin' | 'confidence' | 'extraction'> {
  return item.origin === 'extracted'
    ? { origin: 'extracted', confidence: item.confidence ?? 0, extraction: item.extraction ?? null }
    : { origin: 'curated', confidence: null, extraction: null }
}

export function resolveActors (seed: ValidSeed): ActorTable {
  const registry = new Map(seed.actors.map((a) => [a.id, a]))
  const byId = new Map<string, ActorEntry>()
  for (const actor of seed.actors) byId.set(actor.id, { actor: { ...actor }, file: seed.actorsFile, origin: 'curated', confidence: null, extraction: null })
  const local = new Map<string, AliasSource[]>()
  for (const article of seed.articles) {
    const own = article.annotation.actors ?? []
    if (own.length === 0) continue
    // a registry actor's excludes ("non-NATO") hold for its local aliases too
    local.set(article.id, own.map((a) => ({ id: a.id, aliases: a.aliases, excludes: [...(registry.get(a.id)?.excludes ?? []), ...(a.excludes ?? [])] })))
    for (const a of own) {
      const known = byId.get(a.id)
      if (known === undefined) {
        byId.set(a.id, { actor: { ...a, aliases: [...a.aliases] }, file: article.file, ...provenanceOf(a) })
      } else {
        // the served aliases are every surface form any article uses
        known.actor.aliases = [...new Set([...known.actor.aliases, ...a.aliases])]
      }
    }
  }
  return {
    actors: [...byId.values()],
    shared: seed.actors.map((a) => ({ id: a.id, aliases: a.aliases, excludes: a.excludes })),
    local
  }
}
