import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { latestSchemaVersion } from '../db/migrate.js'
import { withWriterLock } from '../db/writer-lock.js'
import { decodeArticle } from '../seed/article-text.js'
import { IssueList, SeedError } from '../seed/errors.js'
import { readSeedFile, type LoadedArticle } from '../seed/load.js'
import { buildArticle, compileRegistry } from '../seed/article.js'
import { slugOf } from '../seed/draft.js'
import type { SeedContext } from '../seed/references.js'
import { RowWriter } from '../seed/rows.js'
import { articleHash, registryHash, registryPath, versionOf } from '../seed/version.js'
import { writeMeta } from '../seed/write.js'
import { DEFAULT_MAX_ARTICLE_BYTES } from '../config.js'
import type { Extract } from '../extract/types.js'
import type { SeedActor } from '../schemas/seed.js'
import { actorsOfArticle, articleRowCounts, countRows, refreshActors, renumber } from '../seed/actor-rows.js'
import { settleSeedFolder, stageArticle, stageDelete, unsettledChange, type SeedChange } from './files.js'

// npm run ingest: one article added, replaced or deleted in the live database, in one
// transaction (WAL: the servers keep reading their snapshot meanwhile), under the writer
// lock, through the build's own stages, validation and row writer; then its files are put
// into the database's seed folder, so that a full build of that folder gives the same
// version and the same rows. Nothing is changed when anything fails.

/** A refusal or failure whose message is for the person who ran the command. */
export class IngestError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'IngestError'
  }
}

export interface IngestResult { id: string, action: 'added' | 'replaced' | 'deleted', version: string, previousVersion: string, ms: number }

interface Common {
  dbPath: string
  /** the seed folder to keep in step; by default the one the database was built from */
  seedDir?: string | undefined
}
export interface AddOptions extends Common {
  /** the article's text (.txt, extracted) or annotation (.yaml/.json, its .txt beside it) */
  file: string
  id?: string | undefined
  maxArticleBytes?: number | undefined
  extract?: Extract | undefined
}

/**
 * A test hook, read from INGEST_FAULT: `enospc-db` fails inside the transaction as a full
 * disk would, `enospc-seed` writes the seed folder's copy to /dev/full (a real ENOSPC),
 * `pause` blocks inside the transaction (after every write, before the commit) and
 * `pause-committed` after the commit, before the seed folder's renames, for a test to kill
 * the process there; `stop-committed` throws at that point, as a crash would stop it.
 */
function fault (point: 'transaction' | 'seed' | 'committed'): ((path: string) => string) | undefined {
  const f = process.env.INGEST_FAULT
  if (point === 'seed') return f === 'enospc-seed' ? () => '/dev/full' : undefined
  if (point === 'committed') {
    if (f === 'stop-committed') throw new Error('stopped after the commit, before the seed folder was changed (injected)')
    if (f === 'pause-committed') pause('ingest: paused after the commit')
    return undefined
  }
  if (f === 'enospc-db') throw Object.assign(new Error('ENOSPC: no space left on device (injected)'), { code: 'ENOSPC' })
  if (f === 'pause') pause('ingest: paused inside the transaction')
  return undefined
}

function pause (message: string): void {
  console.log(message)
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
}

interface Opened { db: Database.Database, dbPath: string, seedDir: string, articlesDir: string, registry: { file: string, actors: SeedActor[], hash: string }, version: string }

function open (opts: Common): Opened {
  if (!existsSync(opts.dbPath)) throw new IngestError(`database ${opts.dbPath} does not exist: build it first with npm run seed`)
  const db = new Database(opts.dbPath, { fileMustExist: true })
  try {
    const schema = db.pragma('user_version', { simple: true }) as number
    if (schema !== latestSchemaVersion()) throw new IngestError(`database ${opts.dbPath} has schema version ${schema}, this code writes ${latestSchemaVersion()}: rebuild it with npm run seed`)
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    const meta = Object.fromEntries((db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string, value: string }>).map((r) => [r.key, r.value]))
    const seedDir = opts.seedDir ?? meta.seed_dir
    if (seedDir === undefined) throw new IngestError(`database ${opts.dbPath} does not say which seed folder it was built from: rebuild it with npm run seed`)
    const path = registryPath(seedDir)
    if (path === undefined) throw new IngestError(`the seed folder ${seedDir} has no actors.yaml`)
    const bytes = readFileSync(path)
    const hash = registryHash(bytes)
    if (hash !== meta.registry_hash) throw new IngestError(`${display(path)} has changed since the database was built: rebuild it with npm run seed (an ingest adds articles, not registry changes)`)
    const issues = new IssueList()
    const loaded = readSeedFile(path, display(path), issues)
    issues.throwIfAny()
    // what a writer killed part-way left in the seed folder is settled before anything reads it
    if (settleSeedFolder(join(seedDir, 'articles'), opts.dbPath, meta.version ?? null) === 'other') {
      throw new IngestError(`the seed folder ${seedDir} holds an unfinished change made for another database (${unsettledChange(join(seedDir, 'articles'))?.db ?? 'unknown'}): run an ingest or npm run seed on that database first`)
    }
    return { db, dbPath: opts.dbPath, seedDir, articlesDir: join(seedDir, 'articles'), registry: { file: display(path), actors: (loaded.data ?? []) as SeedActor[], hash }, version: meta.version ?? '' }
  } catch (err) {
    db.close()
    throw err
  }
}

const display = (path: string) => relative(process.cwd(), path) || path

/** Adds or replaces one article. */
export function ingestFile (opts: AddOptions): IngestResult {
  return withWriterLock(opts.dbPath, () => {
    const started = performance.now()
    const input = readInput(opts)
    const o = open(opts)
    try {
      const duplicate = o.db.prepare('SELECT id FROM articles WHERE text_sha256 = ? AND id <> ?').pluck().get(input.textSha256, input.id) as string | undefined
      if (duplicate !== undefined) throw new IngestError(`${input.article.textFile}: article ${input.id}: this text is already in the database as article ${duplicate} (the same SHA-256)`)
      const seedFiles = input.article.annotation === null
        ? [{ ext: 'txt' as const, bytes: input.textBytes }]
        : [{ ext: 'txt' as const, bytes: input.textBytes }, { ext: input.annotationExt!, bytes: input.annotationBytes! }]
      const registry = compileRegistry({ file: o.registry.file, data: o.registry.actors }, o.registry.hash)
      const built = buildArticle(input.article, registry, context(o.db, input.id), opts.extract)
      const change = stageArticle(o.articlesDir, input.id, seedFiles, fault('seed'))
      return apply(o, change, input.id, started, (rows) => {
        const { article } = built
        article.seq = Number.MAX_SAFE_INTEGER
        rows.article(article, built.counts)
        for (const e of built.events) rows.event(e)
        for (const c of built.claims) { rows.claim(c); rows.relations(c) }
        for (const q of built.questions) rows.question(q)
        for (const [actor, mentions] of built.mentions) rows.mentions(actor, mentions)
        return { hash: article.contentHash, items: { event: built.events.map((e) => e.id), claim: built.claims.map((c) => c.id), question: built.questions.map((q) => q.id) } }
      })
    } finally {
      o.db.close()
    }
  })
}

/** Deletes one article. */
export function deleteArticle (opts: Common & { id: string }): IngestResult {
  return withWriterLock(opts.dbPath, () => {
    const started = performance.now()
    const o = open(opts)
    try {
      if (o.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(opts.id) === undefined) {
        const gone = o.db.prepare("SELECT version FROM tombstones WHERE type = 'article' AND id = ?").pluck().get(opts.id) as string | undefined
        throw new IngestError(`there is no article ${opts.id} in ${opts.dbPath}${gone === undefined ? '' : ` (it was deleted in version ${gone})`}`)
      }
      return apply(o, stageDelete(o.articlesDir, opts.id), opts.id, started, () => null)
    } finally {
      o.db.close()
    }
  })
}

type Items = Record<'event' | 'claim' | 'question', string[]>

/** The transaction: the old rows out, `write` (null: a delete), actors, order, checks, version, feed; then the files. */
function apply (o: Opened, change: SeedChange, id: string, started: number, write: (rows: RowWriter) => { hash: string, items: Items } | null): IngestResult {
  const { db } = o
  const rows = new RowWriter(db)
  const issues = new IssueList()
  let result: IngestResult
  try {
    result = db.transaction(() => {
      // references are checked at the commit: an article's rows go before the rows they point at come back
      db.pragma('defer_foreign_keys = ON')
      const before = db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck().get(id) as string | undefined
      const oldItems: Items = { event: [], claim: [], question: [] }
      for (const kind of ['event', 'claim', 'question'] as const) oldItems[kind] = db.prepare(`SELECT id FROM ${kind}s WHERE article_id = ?`).pluck().all(id) as string[]
      const touched = actorsOfArticle(db, id)
      const rowsBefore = articleRowCounts(db, id)
      if (before !== undefined) rows.deleteArticle(id)
      const written = write(rows)
      for (const a of actorsOfArticle(db, id)) touched.add(a)
      const removedActors = refreshActors(db, rows, touched, {
        registry: new Map(o.registry.actors.map((a) => [a.id, a])),
        registryFile: o.registry.file,
        fileOf: (article) => display(join(o.articlesDir, `${article}.yaml`))
      }, issues)
      issues.throwIfAny()
      renumber(db, 'articles', 'id')

      const removed: Array<[string, string]> = []
      for (const kind of ['event', 'claim', 'question'] as const) {
        const kept = new Set(written?.items[kind] ?? [])
        for (const item of oldItems[kind]) if (!kept.has(item)) removed.push([kind, item])
      }
      for (const a of removedActors) removed.push(['actor', a])
      if (written === null) removed.push(['article', id])
      checkReferencesInto(db, removed, issues, (article) => display(join(o.articlesDir, `${article}.yaml`)))
      issues.throwIfAny()
      checkArticle(db, id)

      const hashes = db.prepare('SELECT id, content_hash AS hash FROM articles').all() as Array<{ id: string, hash: string }>
      const version = versionOf(o.registry.hash, hashes)
      writeMeta(db, { version, counts: countsAfter(db, rowsBefore, articleRowCounts(db, id)) })
      const bury = db.prepare('INSERT INTO tombstones (type, id, version) VALUES (?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET version = excluded.version')
      for (const [type, item] of removed) bury.run(type, item, version)
      const unbury = db.prepare('DELETE FROM tombstones WHERE type = ? AND id = ?')
      if (written !== null) {
        unbury.run('article', id)
        for (const kind of ['event', 'claim', 'question'] as const) for (const item of written.items[kind]) unbury.run(kind, item)
        for (const a of touched) if (!removedActors.includes(a)) unbury.run('actor', a)
      }
      db.prepare('INSERT INTO changes (version, article_id, before_hash, after_hash, at) VALUES (?, ?, ?, ?, ?)')
        .run(version, id, before ?? null, written?.hash ?? null, new Date().toISOString())
      change.prepare(version, o.dbPath)
      fault('transaction')
      const action = written === null ? 'deleted' : before === undefined ? 'added' : 'replaced'
      return { id, action, version, previousVersion: o.version, ms: 0 } as IngestResult
    })()
  } catch (err) {
    change.abort()
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new IngestError(`article ${id}: the integrity check failed: a reference between items would break (${(err as Error).message}); nothing was changed`)
    throw err
  }
  fault('committed')
  change.commit()
  return { ...result, ms: Math.round(performance.now() - started) }
}

/** References from the rest of the database into the ids this change removes, each named. */
function checkReferencesInto (db: Database.Database, removed: Array<[string, string]>, issues: IssueList, fileOf: (article: string) => string): void {
  const referrers: Record<string, Array<[string, string]>> = {
    event: [
      ["SELECT c.id, c.article_id AS article, 'claim' AS kind, 'events' AS field FROM claim_events x JOIN claims c ON c.id = x.claim_id WHERE x.event_id = ?", 'event'],
      ["SELECT q.id, q.article_id AS article, 'question' AS kind, 'events' AS field FROM question_events x JOIN questions q ON q.id = x.question_id WHERE x.event_id = ?", 'event']
    ],
    claim: [
      ["SELECT c.id, c.article_id AS article, 'claim' AS kind, 'related' AS field FROM claim_relations x JOIN claims c ON c.id = x.claim_id WHERE x.related_claim_id = ?", 'claim'],
      ["SELECT q.id, q.article_id AS article, 'question' AS kind, 'claims' AS field FROM question_claims x JOIN questions q ON q.id = x.question_id WHERE x.claim_id = ?", 'claim']
    ],
    actor: [
      ["SELECT id, article_id AS article, 'claim' AS kind, 'speaker' AS field FROM claims WHERE speaker_id = ?", 'actor'],
      ["SELECT c.id, c.article_id AS article, 'claim' AS kind, 'subjects' AS field FROM claim_subjects x JOIN claims c ON c.id = x.claim_id WHERE x.actor_id = ?", 'actor'],
      ["SELECT e.id, e.article_id AS article, 'event' AS kind, 'participants' AS field FROM event_participants x JOIN events e ON e.id = x.event_id WHERE x.actor_id = ?", 'actor'],
      ["SELECT q.id, q.article_id AS article, 'question' AS kind, 'actors' AS field FROM question_actors x JOIN questions q ON q.id = x.question_id WHERE x.actor_id = ?", 'actor']
    ]
  }
  for (const [type, id] of removed) {
    for (const [sql, kind] of referrers[type] ?? []) {
      for (const r of db.prepare(sql).all(id) as Array<{ id: string, article: string, kind: string, field: string }>) {
        issues.add(fileOf(r.article), `${r.kind} ${r.id}`, `${r.field}: refers to ${kind} "${id}", which this change removes`)
      }
    }
    if (type === 'actor') {
      for (const owner of db.prepare('SELECT actor_id FROM actor_roles WHERE of_actor_id = ?').pluck().all(id) as string[]) {
        issues.add('seed', `actor ${owner}`, `roles: refers to actor "${id}", which this change removes`)
      }
    }
  }
}

/**
 * The dataset's counts after a change to one article: the previous counts and the article's
 * rows before and after (counting a million claims' tables afresh read them whole). The
 * articles and actors, which a change renumbers anyway, are counted.
 */
function countsAfter (db: Database.Database, before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const raw = db.prepare("SELECT value FROM meta WHERE key = 'counts'").pluck().get() as string | undefined
  const previous = raw === undefined ? null : JSON.parse(raw) as Record<string, number>
  if (previous === null || Object.keys(before).some((k) => typeof previous[k] !== 'number')) return countRows(db)
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { articles: n('articles'), actors: n('actors'), ...Object.fromEntries(Object.keys(before).map((k) => [k, previous[k]! - before[k]! + after[k]!])) }
}

/** The build's checks, over the rows of one article: every quote is the text at its offsets. */
function checkArticle (db: Database.Database, id: string): void {
  const drift = db.prepare(`SELECT s.id, s.quote FROM spans s JOIN articles a ON a.id = s.article_id
    WHERE s.article_id = ? AND substr(a.text, s.start + 1, s."end" - s.start) IS NOT s.quote`).all(id)
  if (drift.length > 0) throw new IngestError(`article ${id}: ${drift.length} span(s) whose quote differs from the article text at its offsets: ${JSON.stringify(drift.slice(0, 3))}`)
}

/** Ids the database holds outside the article being written: what its annotation may refer to, and may not reuse. */
function context (db: Database.Database, id: string): SeedContext {
  const owners = Object.fromEntries((['event', 'claim', 'question'] as const).map((k) => [k, db.prepare(`SELECT article_id FROM ${k}s WHERE id = ? AND article_id <> ?`).pluck()]))
  const actor = db.prepare('SELECT EXISTS (SELECT 1 FROM actors WHERE id = @a) OR EXISTS (SELECT 1 FROM article_actors WHERE actor_id = @a AND article_id <> @b)').pluck()
  const article = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck()
  return {
    owner: (kind, item) => owners[kind]!.get(item, id) as string | undefined,
    hasActor: (actorId) => actor.get({ a: actorId, b: id }) === 1,
    hasArticle: (articleId) => article.get(articleId) !== undefined
  }
}

interface Input { id: string, article: LoadedArticle, textBytes: Buffer, textSha256: string, annotationBytes?: Buffer, annotationExt?: 'yaml' | 'json' }

/** The files given on the command line: a text, or an annotation with its text beside it. */
function readInput (opts: AddOptions): Input {
  const ext = extname(opts.file).toLowerCase()
  const stem = basename(opts.file, extname(opts.file))
  // the same id `npm run extract` would give the file: `Harbour Strike (draft).txt` → harbour-strike-draft
  const id = opts.id ?? slugOf(opts.file)
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || id.length > 100) throw new IngestError(`"${id}" is not an article id: lower-case letters and digits, words joined by single hyphens, at most 100 characters (give one with --id)`)
  if (!['.txt', '.yaml', '.json'].includes(ext)) throw new IngestError(`${opts.file}: an article is a .txt (extracted) or a .yaml/.json annotation with its .txt beside it`)
  if (!existsSync(opts.file)) throw new IngestError(`${opts.file} does not exist`)
  const textFile = ext === '.txt' ? opts.file : join(opts.file, '..', `${stem}.txt`)
  if (!existsSync(textFile)) throw new IngestError(`${display(opts.file)}: article ${id}: no text: expected ${display(textFile)} beside it`)
  const textBytes = readFileSync(textFile)
  const decoded = decodeArticle(textBytes, opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES)
  if (!decoded.ok) throw new SeedError([{ file: display(textFile), entity: `article ${id}`, message: decoded.problem }])
  const textSha256 = createSha256(decoded.text)
  if (ext === '.txt') {
    return { id, textBytes, textSha256, article: { id, textFile: display(textFile), text: decoded.text, annotation: null, hash: articleHash(textBytes, null) } }
  }
  const issues = new IssueList()
  const { bytes, ...annotation } = readSeedFile(opts.file, display(opts.file), issues)
  issues.throwIfAny()
  const annotationExt = ext === '.json' ? 'json' : 'yaml'
  return { id, textBytes, textSha256, annotationBytes: bytes, annotationExt, article: { id, textFile: display(textFile), text: decoded.text, annotation, hash: articleHash(textBytes, { bytes, ext: annotationExt }) } }
}

function createSha256 (text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
