/**
 * The read views kept beside each compressed record (`READ_VIEW_TABLES`): an original's plain text, and
 * the roles and coordinates each of its entities has there. Written with the article; for a corpus
 * stored before they existed, `backfillReadViews` fills them from the records once, in the migration.
 */
import type { ArticleRecord, Entity } from '../doc/record-schema.js';
import { decodeRecord } from './record-codec.js';
import type { SqlDriver, SqlValue } from './sql-driver.js';

/** An entity link's `roles` and `geo` columns: JSON, or null when the article gives none. */
export function entityViewColumns(entity: Entity): [SqlValue, SqlValue] {
  return [
    entity.roles.length > 0 ? JSON.stringify(entity.roles) : null,
    entity.geo ? JSON.stringify(entity.geo) : null,
  ];
}

export async function writeArticleText(driver: SqlDriver, num: number, record: ArticleRecord): Promise<void> {
  await driver.run('INSERT INTO article_texts (article_num, text) VALUES (?, ?)', [num, record.text]);
}

const BACKFILL_PAGE = 200;

/** Fills the read views of every stored original from its record (inside the caller's transaction). */
export async function backfillReadViews(driver: SqlDriver): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await driver.all<{ num: number; record: Buffer }>(
      `SELECT num, record FROM articles WHERE duplicate_of IS NULL AND num > ? ORDER BY num LIMIT ${BACKFILL_PAGE}`,
      [after],
    );
    for (const row of rows) {
      const num = Number(row.num);
      const record = decodeRecord(row.record);
      await writeArticleText(driver, num, record);
      const seen = new Set<string>();
      for (const entity of record.entities) {
        // The first entry of an id is the one stored (as `writeEntities` does).
        if (seen.has(entity.id)) continue;
        seen.add(entity.id);
        const [roles, geo] = entityViewColumns(entity);
        if (roles === null && geo === null) continue;
        await driver.run(
          'UPDATE article_entities SET roles = ?, geo = ? WHERE article_num = ? AND entity_id = ?',
          [roles, geo, num, entity.id],
        );
      }
    }
    if (rows.length < BACKFILL_PAGE) return;
    after = Number(rows[rows.length - 1]!.num);
  }
}
