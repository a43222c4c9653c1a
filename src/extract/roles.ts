import type { Range } from '../seed/segment.js'
import type { ActorSet } from './actors.js'
import { sentenceAt, type Analysis } from './nlp.js'
import { LEADING_TITLES, isTitle } from './lexicon.js'

// Titles become roles: "Secretary of State Marco Rubio" holds the post "Secretary of State";
// "Ukrainian President Volodymyr Zelensky" holds "President" of Ukraine; "Russian leader
// Vladimir Putin" leads Russia; "President Trump's special envoy Steve Witkoff" holds
// "special envoy" of Trump. `of` is set only where the text names whose post it is.

export interface RoleDraft {
  relation: 'holds_post' | 'leads'
  title: string
  of: string | null
  evidence: Range
}

export function rolesFor (a: Analysis, set: ActorSet): Map<string, RoleDraft[]> {
  const out = new Map<string, RoleDraft[]>()
  for (const m of set.mentions) {
    const actor = set.actors.get(m.actor)
    if (actor?.kind !== 'person') continue
    const sentence = sentenceAt(a, m.start)
    if (sentence === undefined) continue
    // "Estonia's environment minister, X": a title in apposition before the name
    const full = a.text.slice(sentence.start, m.start)
    const comma = /,\s+$/.exec(full)
    const before = comma === null ? full : full.slice(0, comma.index)
    const words = [...before.matchAll(/[\p{L}.-]+/gu)].slice(-4)
    if (!(comma !== null || /\s$/.test(before)) || words.length === 0) continue
    let title: { start: number, end: number, text: string } | undefined
    for (let n = words.length; n >= 1; n--) {
      const seq = words.slice(-n)
      const first = seq[0] as RegExpMatchArray
      const start = sentence.start + (first.index ?? 0)
      const t = a.text.slice(start, sentence.start + before.length).trim()
      if (isTitle(t) && /^[\p{L}.\s-]+$/u.test(t)) { title = { start, end: start + t.length, text: t }; break }
    }
    if (title === undefined || /^(mr|mrs|ms|dr|sir|dame)\.?$/i.test(title.text)) continue
    // whose post: a mention just before the title, possibly possessive
    const owner = set.within({ start: Math.max(0, title.start - 80), end: title.start }).find((o) => /^(?:['’]s)?\s+$/.test(a.text.slice(o.end, title.start)))
    const ownerKind = owner === undefined ? undefined : set.actors.get(owner.actor)?.kind
    const of = owner !== undefined && owner.actor !== m.actor ? owner.actor : null
    const leads = LEADING_TITLES.has(title.text.toLowerCase()) && ownerKind !== 'person'
    const role: RoleDraft = { relation: leads ? 'leads' : 'holds_post', title: title.text, of, evidence: { start: owner?.start ?? title.start, end: m.end } }
    const list = out.get(m.actor) ?? []
    if (!list.some((r) => r.title.toLowerCase() === role.title.toLowerCase() && r.of === role.of)) list.push(role)
    out.set(m.actor, list)
  }
  return out
}
