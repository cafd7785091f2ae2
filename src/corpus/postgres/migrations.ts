/**
 * PostgreSQL schema migrations, each in one transaction, recorded in `schema_migrations`.
 * An advisory lock keeps two processes from migrating the same database at once.
 */
import { coreTables, type Migration, WRITE_PATH_INDEXES } from '../schema-tables.js';
import { sharedMigrations } from '../shared-migrations.js';
import type { PostgresDriver } from './postgres-driver.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  // 1: the corpus tables, with a tsvector column and GIN index for full-text search.
  `${coreTables({ id: 'BIGSERIAL PRIMARY KEY', blob: 'BYTEA', real: 'DOUBLE PRECISION' })}
  ALTER TABLE articles ADD COLUMN tsv tsvector;
  CREATE INDEX articles_tsv ON articles USING GIN (tsv);`,
  ...sharedMigrations({ key: 'BIGINT PRIMARY KEY', real: 'DOUBLE PRECISION' }),
  // 10: one index fewer on entity and event links; stories by first day (SQLite's 11).
  WRITE_PATH_INDEXES,
];

const LOCK_KEY = 0x6e6772; // "ngr"

export async function migratePostgres(driver: PostgresDriver): Promise<void> {
  const client = driver.client;
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const { rows } = await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations');
    const current = Number(rows[0]?.v ?? 0);
    if (current > POSTGRES_MIGRATIONS.length) {
      throw new Error(`corpus database has schema version ${current}, newer than this newsgraph`);
    }
    for (let version = current; version < POSTGRES_MIGRATIONS.length; version++) {
      await client.query('BEGIN');
      try {
        const migration = POSTGRES_MIGRATIONS[version]!;
        await client.query(typeof migration === 'string' ? migration : migration.sql);
        if (typeof migration !== 'string') await migration.fill(driver);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2)', [
          version + 1,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}
