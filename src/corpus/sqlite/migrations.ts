/**
 * SQLite schema migrations, applied in order inside one transaction each; the version reached is kept
 * in `PRAGMA user_version`, so opening an older file upgrades it and opening a current one does nothing.
 */
import { coreTables } from '../schema-tables.js';
import type { SqliteDriver } from './sqlite-driver.js';

export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: the corpus tables and a contentless full-text index (the text lives once, in the compressed record).
  `${coreTables({ id: 'INTEGER PRIMARY KEY', blob: 'BLOB', real: 'REAL' })}
  CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1,
    tokenize='porter unicode61 remove_diacritics 2');`,
  // 2: an entity's names by entity (the entity page lists its aliases).
  'CREATE INDEX entity_names_entity ON entity_names (entity_id);',
];

export function migrateSqlite(driver: SqliteDriver): void {
  const current = driver.db.pragma('user_version', { simple: true }) as number;
  if (current > SQLITE_MIGRATIONS.length) {
    throw new Error(
      `corpus database has schema version ${current}, newer than this newsgraph (${SQLITE_MIGRATIONS.length})`,
    );
  }
  for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
    driver.db
      .transaction(() => {
        driver.db.exec(SQLITE_MIGRATIONS[version]!);
        driver.db.pragma(`user_version = ${version + 1}`);
      })
      .immediate();
  }
}
