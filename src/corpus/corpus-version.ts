/**
 * The corpus version: a random token replaced in the transaction of every change (a write that stores
 * something, a delete that removes something), so any reader, in any process, can tell whether what it
 * computed earlier still holds. Random rather than counted: a rolled-back change leaves the old token,
 * and the next change never reuses the one that was rolled back.
 */
import { randomUUID } from 'node:crypto';
import type { SqlDriver } from './sql-driver.js';

export async function corpusVersion(driver: SqlDriver): Promise<string> {
  const rows = await driver.all<{ version: string }>('SELECT version FROM corpus_state WHERE id = 1');
  return rows[0]?.version ?? '';
}

/** Inside the changing transaction. */
export async function markChanged(driver: SqlDriver): Promise<void> {
  await driver.run('UPDATE corpus_state SET version = ? WHERE id = 1', [randomUUID()]);
}
