import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import Database from 'better-sqlite3'

// The tools a user might pick instead, over the same data: Platformatic DB 2.x over a
// copy of our database, and json-server 0.17 over the same claims exported as JSON. They
// live in bench/peers (their own package, installed here on first use) so that the
// project's `npm ci` stays lean.

export const PEERS_DIR = join('bench', 'peers')

export function installPeers (): void {
  if (existsSync(join(PEERS_DIR, 'node_modules', '.bin', 'plt-db')) && existsSync(join(PEERS_DIR, 'node_modules', '.bin', 'json-server'))) return
  console.log('installing the peers into bench/peers (npm registry only)…')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEERS_DIR], { stdio: 'inherit' })
}

/**
 * Platformatic maps tables to REST routes but only accepts varchar, integer, uuid or serial
 * primary keys, so its copy has the same claims and actors with VARCHAR keys and the same
 * indexes as ours (a fair copy: the queries it runs can use them). It gets the claims'
 * columns, not our JSON documents, so it never serializes more than it must.
 */
export function platformaticCopy (ours: string, dir: string, port: number): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'platformatic.db')
  const db = new Database(file)
  db.exec(`
    DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS actors;
    CREATE TABLE actors (id VARCHAR(255) PRIMARY KEY, name TEXT, kind VARCHAR(32), mention_count INTEGER, seq INTEGER);
    CREATE TABLE claims (id VARCHAR(255) PRIMARY KEY, seq INTEGER, article_id VARCHAR(255), text TEXT, kind VARCHAR(32),
      speaker_id VARCHAR(255) REFERENCES actors (id), source_kind VARCHAR(16), cue TEXT, certainty VARCHAR(16), polarity VARCHAR(16));
    ATTACH DATABASE '${ours.replace(/'/g, "''")}' AS src;
    INSERT INTO actors SELECT id, name, kind, mention_count, seq FROM src.actors;
    INSERT INTO claims SELECT id, seq, article_id, text, kind, speaker_id, source_kind, cue, certainty, polarity FROM src.claims;
    DETACH DATABASE src;
    CREATE INDEX claims_seq ON claims (seq);
    CREATE INDEX claims_speaker ON claims (speaker_id, certainty, seq);
  `)
  db.close()
  writeFileSync(join(dir, 'platformatic.json'), JSON.stringify({
    server: { hostname: '127.0.0.1', port, logger: { level: 'warn' } },
    db: { connectionString: `sqlite://${resolve(file)}`, graphql: false, openapi: true, limit: { default: 50, max: 1000 } },
    watch: false
  }))
  return join(dir, 'platformatic.json')
}

/** json-server reads one JSON file: the claims as we serve them, with the ids json-server wants. */
export function jsonServerCopy (ours: string, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const db = new Database(ours, { readonly: true })
  const claims = (db.prepare('SELECT doc FROM claims ORDER BY seq').all() as Array<{ doc: string }>).map((r) => r.doc)
  const actors = (db.prepare('SELECT doc FROM actors ORDER BY seq').all() as Array<{ doc: string }>).map((r) => r.doc)
  db.close()
  const file = join(dir, 'db.json')
  writeFileSync(file, `{"claims":[${claims.join(',')}],"actors":[${actors.join(',')}]}`)
  return file
}
