/**
 * SQLite schema migrations, applied in order inside one transaction each; the version reached is kept
 * in `PRAGMA user_version`, so opening an older file upgrades it and opening a current one does nothing.
 * A migration is SQL, optionally followed by a step that fills new tables from the stored records.
 */
import { backfillReadViews } from '../read-views.js';
import { fillNameEdges } from '../resolve-entity.js';
import {
  CORPUS_STATE_TABLE,
  coreTables,
  ENTITY_NAME_EDGES_TABLE,
  ENTITY_PERIODS_TABLE,
  type Migration,
  readViewTables,
  storyNormColumns,
} from '../schema-tables.js';
import type { SqliteDriver } from './sqlite-driver.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  // 1: the corpus tables and a contentless full-text index (it holds no copy of the text).
  `${coreTables({ id: 'INTEGER PRIMARY KEY', blob: 'BLOB', real: 'REAL' })}
  CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1,
    tokenize='porter unicode61 remove_diacritics 2');`,
  // 2: an entity's names by entity (the entity page lists its aliases).
  'CREATE INDEX entity_names_entity ON entity_names (entity_id);',
  // 3: what lists, search and the entity page read, so that they never decode a whole record.
  { sql: readViewTables({ key: 'INTEGER PRIMARY KEY' }), fill: backfillReadViews },
  // 4: the corpus version, so that a reader (the server's search cache) can tell when the corpus changed.
  CORPUS_STATE_TABLE,
  // 5: entity timelines as counters: an entity in 25,000 articles no longer reads 25,000 index entries.
  ENTITY_PERIODS_TABLE,
  // 6: story vector norms, so that story assignment reads only the article's keys of each candidate.
  storyNormColumns('REAL'),
  // 7: first and last words of entity names, so that a partial name finds its entity without a scan.
  { sql: ENTITY_NAME_EDGES_TABLE, fill: fillNameEdges },
];

export async function migrateSqlite(driver: SqliteDriver): Promise<void> {
  const current = driver.db.pragma('user_version', { simple: true }) as number;
  if (current > SQLITE_MIGRATIONS.length) {
    throw new Error(
      `corpus database has schema version ${current}, newer than this newsgraph (${SQLITE_MIGRATIONS.length})`,
    );
  }
  for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
    const migration = SQLITE_MIGRATIONS[version]!;
    // The fill step is async (it runs the shared SQL code), so the transaction is opened by hand.
    driver.db.exec('BEGIN IMMEDIATE');
    try {
      driver.db.exec(typeof migration === 'string' ? migration : migration.sql);
      if (typeof migration !== 'string') await migration.fill(driver);
      driver.db.pragma(`user_version = ${version + 1}`);
      driver.db.exec('COMMIT');
    } catch (error) {
      if (driver.db.inTransaction) driver.db.exec('ROLLBACK');
      throw error;
    }
  }
}
