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
  const defs = new Map<string, LocalDef[]>()
  const local = new Map<string, AliasSource[]>()
  for (const article of seed.articles) {
    const own = article.annotation.actors ?? []
    if (own.length === 0) continue
    // a registry actor's excludes ("non-NATO") hold for its local aliases too
    local.set(article.id, own.map((a) => ({ id: a.id, aliases: a.aliases, excludes: [...(registry.get(a.id)?.excludes ?? []), ...(a.excludes ?? [])] })))
    for (const a of own) {
      const list = defs.get(a.id)
      if (list === undefined) defs.set(a.id, [{ file: article.file, actor: a }]); else list.push({ file: article.file, actor: a })
    }
  }
  const actors: ActorEntry[] = seed.actors.map((a) => mergeActor({ actor: a, file: seed.actorsFile }, defs.get(a.id) ?? []))
  for (const [id, list] of defs) if (!registry.has(id)) actors.push(mergeActor(undefined, list))
  return {
    actors,
    shared: seed.actors.map((a) => ({ id: a.id, aliases: a.aliases, excludes: a.excludes })),
    local
  }
}

/** An actor as one article's annotation lists it, and the file it is in. */
export interface LocalDef { file: string, actor: SeedActor }

/**
 * One actor from its registry entry (if any) and the articles' own listings of it, in
 * article order: the registry's fields (or the first article's) with every alias any of
 * them uses. The build and an ingest both make actors here.
 */
export function mergeActor (registry: LocalDef | undefined, defs: readonly LocalDef[]): ActorEntry {
  const base = registry ?? defs[0]
  if (base === undefined) throw new Error('an actor needs a registry entry or an article that lists it')
  const entry: ActorEntry = registry === undefined
    ? { actor: { ...base.actor, aliases: [...base.actor.aliases] }, file: base.file, ...provenanceOf(base.actor) }
    : { actor: { ...registry.actor }, file: registry.file, origin: 'curated', confidence: null, extraction: null }
  for (const d of registry === undefined ? defs.slice(1) : defs) {
    // the served aliases are every surface form any article uses
    entry.actor.aliases = [...new Set([...entry.actor.aliases, ...d.actor.aliases])]
  }
  return entry
}
