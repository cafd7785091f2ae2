/** SqlDriver over one `pg` client: `?` placeholders become `$1…`, big integers come back as numbers. */
import pg from 'pg';
import { Mutex, type Row, type SqlDriver, type SqlValue } from '../sql-driver.js';

// BIGINT (20) and NUMERIC (1700) as JavaScript numbers: our keys stay below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));
pg.types.setTypeParser(1700, (value) => Number(value));

function toDollarParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private readonly mutex = new Mutex();
  private inTransaction = false;
  private readonly converted = new Map<string, string>();

  private constructor(readonly client: pg.Client) {}

  static async connect(url: string): Promise<PostgresDriver> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('SET client_min_messages = warning');
    return new PostgresDriver(client);
  }

  private text(sql: string): string {
    let text = this.converted.get(sql);
    if (text === undefined) {
      text = toDollarParams(sql);
      if (this.converted.size > 512) this.converted.clear();
      this.converted.set(sql, text);
    }
    return text;
  }

  private query(sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult> {
    const run = () => this.client.query(this.text(sql), params as unknown[]);
    // Outside a transaction, wait for one in progress so its statements are not interleaved with ours.
    return this.inTransaction ? run() : this.mutex.run(run);
  }

  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.mutex.run(() => this.client.query(sql));
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      this.inTransaction = true;
      await this.client.query('BEGIN');
      try {
        const result = await fn();
        await this.client.query('COMMIT');
        return result;
      } catch (error) {
        await this.client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        this.inTransaction = false;
      }
    });
  }

  async close(): Promise<void> {
    await this.mutex.run(() => this.client.end());
  }
}
