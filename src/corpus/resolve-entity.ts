/**
 * From what a user types ("Blinken", "USA", "Islamic State", "person/antony-blinken") to entity ids:
 * an exact id, else an exact name or alias (case-insensitive), else names that begin or end with the
 * text as whole words (through `entity_name_edges`).
 * Ids come back with the most-reported entity first.
 */
import { insertRows, placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';

const MAX_MATCHES = 20;
/** Names read per edge word before filtering: enough for any real query, bounded for "the". */
const MAX_EDGE_ROWS = 500;

/** The `entity_name_edges` rows of a name: its first and last word, if it has more than one. */
export function nameEdgeRows(name: string, entityId: string): SqlValue[][] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  return [
    [`first:${words[0]}`, name, entityId],
    [`last:${words[words.length - 1]}`, name, entityId],
  ];
}

/** Fills `entity_name_edges` from `entity_names` (the migration that adds it). */
export async function fillNameEdges(driver: SqlDriver): Promise<void> {
  const rows = await driver.all<{ name: string; entity_id: string }>(
    'SELECT name, entity_id FROM entity_names',
  );
  const edges = rows.flatMap((row) => nameEdgeRows(row.name, row.entity_id));
  await insertRows(
    driver,
    'entity_name_edges',
    ['edge', 'name', 'entity_id'],
    edges,
    'ON CONFLICT DO NOTHING',
  );
}

/** Entities with a name that begins or ends with the (lower-case) query as whole words. */
async function byNameEdge(driver: SqlDriver, query: string): Promise<string[]> {
  const words = query.split(/\s+/);
  const rows = await driver.all<{ edge: string; name: string; entity_id: string }>(
    `SELECT edge, name, entity_id FROM entity_name_edges WHERE edge IN (?, ?) LIMIT ${MAX_EDGE_ROWS}`,
    [`first:${words[0]}`, `last:${words[words.length - 1]}`],
  );
  const wanted = words.join(' ');
  const ids = new Set<string>();
  for (const row of rows) {
    const match = row.edge.startsWith('first:')
      ? row.name.startsWith(`${wanted} `)
      : row.name.endsWith(` ${wanted}`);
    if (match) ids.add(row.entity_id);
  }
  return [...ids];
}

export async function resolveEntityIds(driver: SqlDriver, text: string): Promise<string[]> {
  const query = text.trim();
  if (!query) return [];
  const byId = await driver.all<{ id: string }>('SELECT id FROM entities WHERE id = ?', [query]);
  if (byId.length > 0) return byId.map((row) => row.id);
  const lower = query.toLowerCase();
  let ids = (
    await driver.all<{ entity_id: string }>('SELECT entity_id FROM entity_names WHERE name = ?', [lower])
  ).map((row) => row.entity_id);
  if (ids.length === 0) ids = await byNameEdge(driver, lower);
  if (ids.length <= 1) return ids;
  const ranked = await driver.all<{ id: string }>(
    `SELECT id FROM entities WHERE id IN (${placeholders(ids.length)}) ORDER BY article_count DESC, id LIMIT ${MAX_MATCHES}`,
    ids,
  );
  return ranked.map((row) => row.id);
}
