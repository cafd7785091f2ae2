/** SqlDriver over better-sqlite3: one connection, WAL journal, prepared statements cached by text. */
import Database from 'better-sqlite3';
import { Mutex, type Row, type SqlDriver, type SqlValue } from '../sql-driver.js';

const STATEMENT_CACHE = 256;

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly mutex = new Mutex();
  private inTransaction = false;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a killed process; only a power cut can lose the last ones.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -65536');
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.statement(sql).run(...params).changes;
  }

  async runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const statement = this.statement(sql);
    for (const row of rows) statement.run(...row);
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      if (this.inTransaction) throw new Error('nested transaction');
      this.inTransaction = true;
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn();
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      } finally {
        this.inTransaction = false;
      }
    });
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => {
      this.statements.clear();
      this.db.close();
    });
  }
}
