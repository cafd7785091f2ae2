/**
 * From what a user types ("Blinken", "USA", "Islamic State", "person/antony-blinken") to entity ids:
 * an exact id, else an exact name or alias (case-insensitive), else names containing the text as a word.
 * Ids come back with the most-reported entity first.
 */
import { placeholders, type SqlDriver } from './sql-driver.js';

const MAX_MATCHES = 20;

export async function resolveEntityIds(driver: SqlDriver, text: string): Promise<string[]> {
  const query = text.trim();
  if (!query) return [];
  const byId = await driver.all<{ id: string }>('SELECT id FROM entities WHERE id = ?', [query]);
  if (byId.length > 0) return byId.map((row) => row.id);
  const lower = query.toLowerCase();
  let ids = (
    await driver.all<{ entity_id: string }>('SELECT entity_id FROM entity_names WHERE name = ?', [lower])
  ).map((row) => row.entity_id);
  if (ids.length === 0) {
    const like = lower.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await driver.all<{ entity_id: string }>(
      `SELECT DISTINCT entity_id FROM entity_names WHERE name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
       LIMIT ${MAX_MATCHES * 5}`,
      [`${like} %`, `% ${like}`],
    );
    ids = rows.map((row) => row.entity_id);
  }
  if (ids.length <= 1) return ids;
  const ranked = await driver.all<{ id: string }>(
    `SELECT id FROM entities WHERE id IN (${placeholders(ids.length)}) ORDER BY article_count DESC, id LIMIT ${MAX_MATCHES}`,
    ids,
  );
  return ranked.map((row) => row.id);
}
