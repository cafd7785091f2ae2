/** SqlDriver over better-sqlite3: one connection, WAL journal, prepared statements cached by text. */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Mutex, type Row, type SqlDriver, type SqlValue } from '../sql-driver.js';

const STATEMENT_CACHE = 256;

/**
 * WAL frames after which a commit checkpoints on the writing thread itself: a backstop only, far above what
 * the checkpoint thread lets the WAL reach (it starts again from its beginning once all of it is copied).
 */
const BACKSTOP_CHECKPOINT_PAGES = 65536;
/**
 * The WAL starts again from its beginning only when a write transaction begins after every page in it has
 * been copied; back-to-back writes would otherwise always find a checkpoint under way. Past this size, a write
 * waits for the running checkpoint first, so that the file stays at a few batches.
 */
const WAL_WAIT_BYTES = 64 * 1024 * 1024;

/**
 * The checkpoint thread's body, plain CommonJS (no loader needed): its own connection, a PASSIVE checkpoint
 * (copies committed pages into the database file, never waits for or blocks the writer) per request.
 */
const CHECKPOINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {}
  parentPort.postMessage('done');
});
`;

function walBytes(path: string): number {
  return statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
}

/**
 * Checkpoints the WAL on a worker thread after each write transaction. On the writing thread, SQLite's
 * automatic checkpoint copied every page a commit wrote into the database file and synced both files inside
 * COMMIT: at 100,000 articles a batch of 32 writes some 6,000 pages, and that copy and the two fsyncs were
 * most of the commit's time. Requests while one runs are merged into one more run after it.
 */
class Checkpointer {
  private readonly worker: Worker;
  private running = false;
  private again = false;
  private closing = false;
  private idleWaiters: (() => void)[] = [];
  private readonly exited: Promise<void>;

  constructor(path: string) {
    this.worker = new Worker(CHECKPOINT_WORKER, {
      eval: true,
      workerData: { path, module: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    this.worker.unref();
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('message', () => {
      this.running = false;
      if (this.again) this.request();
      else this.wake();
    });
    // A failed thread only means the writer's own (backstop) checkpoints do the work.
    this.worker.on('error', () => undefined);
    this.worker.once('exit', () => {
      this.running = false;
      this.wake();
    });
  }

  /** Resolves once no checkpoint runs or is asked for. */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private wake(): void {
    if (!this.closing) this.worker.unref();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = true;
    // Held while it works (a process may exit between checkpoints, never in the middle of awaiting one).
    this.worker.ref();
    this.worker.postMessage('checkpoint');
  }

  async close(): Promise<void> {
    this.closing = true;
    this.worker.ref();
    this.worker.postMessage('close');
    await this.exited;
  }
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly mutex = new Mutex();
  private inTransaction = false;
  /** Started by the first write transaction of a file database; readers never start one. */
  private checkpointer: Checkpointer | undefined;

  constructor(private readonly path: string) {
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
      if (this.checkpointer && walBytes(this.path) > WAL_WAIT_BYTES) await this.checkpointer.idle();
      this.inTransaction = true;
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn();
        this.db.exec('COMMIT');
        this.checkpointAfterCommit();
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      } finally {
        this.inTransaction = false;
      }
    });
  }

  private checkpointAfterCommit(): void {
    if (!this.checkpointer) {
      if (this.db.memory || this.db.readonly || this.path === '') return;
      this.checkpointer = new Checkpointer(this.path);
      this.db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
    }
    this.checkpointer.request();
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => {
      // The thread's connection first: the last one to close checkpoints what is left and removes the WAL.
      await this.checkpointer?.close();
      this.statements.clear();
      this.db.close();
    });
  }
}
