/**
 * A page of original articles, filtered by text, entity, place, event type, story and date range:
 * what the web page's search and the API's `/articles` list. Copies are left out (each original
 * counts its copies). With text, the best matches come first; without, the newest.
 */
import { PLACE_TYPES } from './article-features.js';
import type { FullTextIndex } from './full-text-index.js';
import { queryWords } from './full-text-index.js';
import { type ArticleRow, COPY_COUNT, SUMMARY_COLUMNS, snippet, toSummary } from './read-queries.js';
import { resolveEntityIds } from './resolve-entity.js';
import { placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';
import type { ArticlePage, ArticleQuery } from './store.js';

/** Text matches considered before the other filters apply: enough for any page a person reads. */
export const MAX_TEXT_MATCHES = 1000;

async function entityCondition(
  driver: SqlDriver,
  nameOrId: string,
  placesOnly: boolean,
): Promise<{ sql: string; params: SqlValue[] } | undefined> {
  let ids = await resolveEntityIds(driver, nameOrId);
  if (placesOnly && ids.length > 0) {
    const types = [...PLACE_TYPES];
    const rows = await driver.all<{ id: string }>(
      `SELECT id FROM entities WHERE id IN (${placeholders(ids.length)}) AND type IN (${placeholders(types.length)})`,
      [...ids, ...types],
    );
    ids = rows.map((row) => row.id);
  }
  if (ids.length === 0) return undefined;
  return {
    sql: `EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_num = a.num AND ae.entity_id IN (${placeholders(ids.length)}))`,
    params: ids,
  };
}

export async function listArticles(
  driver: SqlDriver,
  fullText: FullTextIndex,
  query: ArticleQuery,
): Promise<ArticlePage> {
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  const empty: ArticlePage = { total: 0, items: [] };
  // Not `IS NULL`: SQLite would pick the duplicate_of index and sort every original; this keeps the day order.
  const where: string[] = ["COALESCE(a.duplicate_of, '') = ''"];
  const params: SqlValue[] = [];
  for (const [value, placesOnly] of [
    [query.entity, false],
    [query.place, true],
  ] as const) {
    if (!value?.trim()) continue;
    const condition = await entityCondition(driver, value, placesOnly);
    if (!condition) return empty;
    where.push(condition.sql);
    params.push(...condition.params);
  }
  if (query.eventType) {
    where.push('EXISTS (SELECT 1 FROM events e WHERE e.article_num = a.num AND e.type = ?)');
    params.push(query.eventType);
  }
  if (query.story !== undefined) {
    where.push('a.story_id = ?');
    params.push(query.story);
  }
  if (query.since) {
    where.push('a.day >= ?');
    params.push(query.since);
  }
  if (query.until) {
    where.push('a.day <= ?');
    params.push(query.until);
  }
  const text = query.text?.trim() ?? '';
  if (!text) {
    const condition = where.join(' AND ');
    const total = await driver.all<{ n: number }>(
      `SELECT COUNT(*) AS n FROM articles a WHERE ${condition}`,
      params,
    );
    const rows = await driver.all<ArticleRow & { copies: number }>(
      `SELECT ${SUMMARY_COLUMNS}, ${COPY_COUNT} FROM articles a WHERE ${condition}
       ORDER BY a.day DESC, a.num DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return {
      total: Number(total[0]?.n ?? 0),
      items: rows.map((row) => ({ ...toSummary(row), duplicates: Number(row.copies) })),
    };
  }
  const hits = await fullText.search(text, MAX_TEXT_MATCHES);
  if (hits.length === 0) return empty;
  let matching = hits.map((hit) => Number(hit.num));
  // Only originals are in the full-text index: without other filters every hit matches, in rank order.
  if (where.length > 1) {
    const rank = new Map(matching.map((num, i) => [num, i]));
    where.push(`a.num IN (${placeholders(hits.length)})`);
    params.push(...matching);
    const rows = await driver.all<{ num: number }>(
      `SELECT a.num FROM articles a WHERE ${where.join(' AND ')}`,
      params,
    );
    matching = rows.map((row) => Number(row.num)).sort((x, y) => rank.get(x)! - rank.get(y)!);
  }
  const page = matching.slice(offset, offset + limit);
  if (page.length === 0) return { total: matching.length, items: [] };
  const rows = await driver.all<ArticleRow & { text: string | null; copies: number }>(
    `SELECT ${SUMMARY_COLUMNS}, t.text, ${COPY_COUNT}
     FROM articles a LEFT JOIN article_texts t ON t.article_num = a.num WHERE a.num IN (${placeholders(page.length)})`,
    page,
  );
  const byNum = new Map(rows.map((row) => [Number(row.num), row]));
  const words = queryWords(text);
  return {
    total: matching.length,
    items: page.flatMap((num) => {
      const row = byNum.get(num);
      if (!row) return [];
      return [
        {
          ...toSummary(row),
          duplicates: Number(row.copies),
          snippet: snippet(row.text ?? '', words),
        },
      ];
    }),
  };
}
