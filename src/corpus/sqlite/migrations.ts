/**
 * SQLite schema migrations, applied in order inside one transaction each; the version reached is kept
 * in `PRAGMA user_version`, so opening an older file upgrades it and opening a current one does nothing.
 * A migration is SQL, optionally followed by a step that fills new tables from the stored records.
 */
import { coreTables, type Migration, WRITE_PATH_INDEXES } from '../schema-tables.js';
import { sharedMigrations } from '../shared-migrations.js';
import type { SqliteDriver } from './sqlite-driver.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  // 1: the corpus tables and a contentless full-text index (it holds no copy of the text).
  `${coreTables({ id: 'INTEGER PRIMARY KEY', blob: 'BLOB', real: 'REAL' })}
  CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1,
    tokenize='porter unicode61 remove_diacritics 2');`,
  ...sharedMigrations({ key: 'INTEGER PRIMARY KEY', real: 'REAL' }),
  // 10: story vectors stored in key order, so that a story's weight of a key is one lookup.
  ['story_entities', 'story_terms'].map(clusteredStoryVector).join('\n'),
  // 11: one index fewer on entity and event links (fewer pages written per article); stories by first day.
  WRITE_PATH_INDEXES,
];

/**
 * Rebuilds a story vector table WITHOUT ROWID: its primary key (story, key) then holds the weight too. In a
 * rowid table the key lookup needs a second read for the weight, so SQLite preferred scanning a story's whole
 * row of `story_entities_top` (covering): 60 ms for nine candidate stories of 4,000 entities each at 100k.
 */
function clusteredStoryVector(table: string): string {
  const column = table === 'story_entities' ? 'entity_id' : 'term';
  const indexes =
    table === 'story_entities'
      ? `CREATE INDEX story_entities_entity ON story_entities (entity_id, story_id);
         CREATE INDEX story_entities_top ON story_entities (story_id, weight DESC, entity_id);`
      : 'CREATE INDEX story_terms_term ON story_terms (term, story_id);';
  return `CREATE TABLE ${table}_clustered (
    story_id INTEGER NOT NULL, ${column} TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (story_id, ${column})
  ) WITHOUT ROWID;
  INSERT INTO ${table}_clustered SELECT story_id, ${column}, weight FROM ${table};
  DROP TABLE ${table};
  ALTER TABLE ${table}_clustered RENAME TO ${table};
  ${indexes}`;
}

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
