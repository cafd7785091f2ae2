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
  /** Runs `fn` in one transaction: all of its statements are stored, or none. Calls are serialised. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?` for an IN list. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
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

/** A multi-row INSERT: one statement for many rows (one round trip on PostgreSQL). */
export async function insertRows(
  driver: SqlDriver,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix = '',
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(900 / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.map(() => `(${placeholders(columns.length)})`).join(', ');
    await driver.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${suffix}`, chunk.flat());
  }
}
