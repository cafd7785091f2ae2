/** `--db`: a PostgreSQL URL opens the PostgreSQL store, anything else is a SQLite file path. */
import type { FullTextOptions } from './full-text-index.js';
import { SqlCorpusStore } from './sql-corpus-store.js';
import type { CorpusStore } from './store.js';

export const DEFAULT_DB = 'newsgraph.db';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

export async function openStore(
  db: string = DEFAULT_DB,
  options: FullTextOptions = {},
): Promise<CorpusStore> {
  if (isPostgresUrl(db)) {
    const { PostgresDriver } = await import('./postgres/postgres-driver.js');
    const { migratePostgres } = await import('./postgres/migrations.js');
    const { PostgresFullText } = await import('./postgres/postgres-full-text.js');
    const driver = await PostgresDriver.connect(db);
    try {
      await migratePostgres(driver);
    } catch (error) {
      await driver.close();
      throw error;
    }
    return new SqlCorpusStore(driver, new PostgresFullText(driver, options));
  }
  const { SqliteDriver } = await import('./sqlite/sqlite-driver.js');
  const { migrateSqlite } = await import('./sqlite/migrations.js');
  const { SqliteFullText } = await import('./sqlite/sqlite-full-text.js');
  const driver = new SqliteDriver(db);
  try {
    await migrateSqlite(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new SqlCorpusStore(driver, new SqliteFullText(driver, options), async () => {
    const result = driver.db.pragma('integrity_check') as { integrity_check: string }[];
    return result
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok')
      .map((line) => `sqlite: ${line}`);
  });
}

/** Opens the store, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(
  db: string | undefined,
  fn: (store: CorpusStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(db ?? DEFAULT_DB);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `--limit`, a positive whole number. */
export function parseLimit(value: string | undefined, fallback = 20): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit must be a positive whole number');
  return limit;
}
