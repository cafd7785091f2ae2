/**
 * The little SQL each store implementation provides: queries with `?` placeholders, and transactions.
 * The corpus logic (`sql-corpus-store.ts`) is written once against this, in SQL that SQLite and
 * PostgreSQL both accept; what differs (schema, full-text search) lives in `sqlite/` and `postgres/`.
 */
export type SqlValue = string | number | null | Buffer;
export type Row = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs one statement once for each row of parameters, where that is cheaper than one statement for
   * all rows (SQLite: one prepared statement, no round trips). Without it, `insertRows` builds
   * multi-row statements (one round trip on PostgreSQL).
   */
  runEach?(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void>;
  /** Runs `fn` in one transaction: all of its statements are stored, or none. Calls are serialised. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?` for an IN list. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/**
 * An IN list for a statement run on every write: its placeholders and values, padded to a power of two
 * by repeating the last value (which changes no IN test). Lists of any length then share a few statement
 * texts, which SQLite prepares once each instead of once per length (the write path's story lookups had
 * 1.5 prepares an article, each costing about as much as running the query).
 */
export function inList(values: readonly SqlValue[]): { sql: string; values: SqlValue[] } {
  let size = 1;
  while (size < values.length) size *= 2;
  const padded = [...values];
  while (padded.length < size && padded.length > 0) padded.push(padded[padded.length - 1]!);
  return { sql: placeholders(padded.length), values: padded };
}

/** Serialises async work: one caller at a time, in call order. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * Inserts rows: one prepared single-row statement run per row where the driver has `runEach`, else
 * multi-row INSERTs (one statement for many rows, one round trip on PostgreSQL).
 */
export async function insertRows(
  driver: SqlDriver,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  if (driver.runEach) {
    await driver.runEach(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders(columns.length)}) ${suffix}`,
      rows,
    );
    return;
  }
  const perStatement = Math.max(1, Math.floor(900 / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.map(() => `(${placeholders(columns.length)})`).join(', ');
    await driver.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${suffix}`, chunk.flat());
  }
}
