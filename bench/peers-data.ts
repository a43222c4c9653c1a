import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

// The same data for the tools a user might pick instead, made from our built database:
//  - Platformatic DB: a copy of our entity tables. Platformatic's SQLite mapper takes only
//    varchar, integer, uuid or serial primary keys, so each table is recreated with its own
//    DDL minus STRICT (which refuses VARCHAR) and with `id VARCHAR(255)`, then filled with
//    the same rows and given the same indexes. The join tables (composite keys of TEXT
//    columns) and the FTS5 index (a virtual table) are left out: Platformatic cannot expose them.
//  - json-server: the entities exactly as our API serves them (the `doc` column), one
//    collection per type, written row by row (never as one string). Claims also carry
//    `actorId` (= speaker), the foreign-key naming json-server needs for `_expand=actor`.

const PEER_TABLES = ['articles', 'actors', 'events', 'claims', 'questions'] as const

export function buildPeerData (ourDb: string, dir: string): { pltDb: string, jsonDb: string } {
  const pltDb = join(dir, 'platformatic.db')
  const jsonDb = join(dir, 'json-server.json')
  rmSync(pltDb, { force: true })
  const db = new Database(pltDb)
  try {
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.exec(`ATTACH DATABASE '${ourDb.replace(/'/g, "''")}' AS src`)
    for (const table of PEER_TABLES) {
      const { sql } = db.prepare("SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string }
      db.exec(sql.replace(/\)\s*STRICT\s*;?\s*$/, ')').replace(/\bid TEXT PRIMARY KEY\b/, 'id VARCHAR(255) PRIMARY KEY'))
      db.exec(`INSERT INTO main.${table} SELECT * FROM src.${table}`)
      const indexes = db.prepare("SELECT sql FROM src.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as Array<{ sql: string }>
      for (const { sql: index } of indexes) db.exec(index)
    }
    db.exec('ANALYZE')
    db.exec('DETACH DATABASE src')
  } finally {
    db.close()
  }

  const src = new Database(ourDb, { readonly: true })
  const fd = openSync(jsonDb, 'w')
  try {
    let buffer = ''
    const write = (s: string) => { buffer += s; if (buffer.length > 1 << 20) { writeSync(fd, buffer); buffer = '' } }
    PEER_TABLES.forEach((table, t) => {
      write(`${t === 0 ? '{' : ','}\n${JSON.stringify(table)}: [`)
      let first = true
      for (const row of src.prepare(`SELECT doc FROM ${table} ORDER BY seq`).raw().iterate() as IterableIterator<[string]>) {
        const doc = table === 'claims' ? withActorId(row[0]) : row[0]
        write(`${first ? '\n' : ',\n'}${doc}`)
        first = false
      }
      write('\n]')
    })
    write('\n}\n')
    writeSync(fd, buffer)
  } finally {
    closeSync(fd)
    src.close()
  }
  return { pltDb, jsonDb }
}

function withActorId (doc: string): string {
  const speaker = (JSON.parse(doc) as { speaker: string | null }).speaker
  return `${doc.slice(0, -1)},"actorId":${JSON.stringify(speaker)}}`
}
