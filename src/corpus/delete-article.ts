/**
 * Removing an article, inside the caller's transaction. An original goes with its copies (they hold no
 * facts of their own) and with its facts: full-text entry, plain text, bands, entity links and counts, quotes,
 * events (the story's event groups recomputed from the reports left). Its story's count drops, and a story left empty is removed. Entity and story first/last
 * days and story vectors are not recomputed: they may stay wider than what remains.
 */
import type { FullTextIndex } from './full-text-index.js';
import { placeholders, type SqlDriver } from './sql-driver.js';
import { refreshStoryEvents } from './write-facts.js';

export async function deleteArticle(
  driver: SqlDriver,
  fullText: FullTextIndex,
  articleId: string,
): Promise<string[]> {
  const found = await driver.all<{ num: number; duplicate_of: string | null; story_id: number | null }>(
    'SELECT num, duplicate_of, story_id FROM articles WHERE id = ?',
    [articleId],
  );
  const row = found[0];
  if (!row) return [];
  const num = Number(row.num);
  const storyId = row.story_id === null ? null : Number(row.story_id);
  const removed = [articleId];
  if (row.duplicate_of === null) {
    const copies = await driver.all<{ id: string }>('SELECT id FROM articles WHERE duplicate_of = ?', [
      articleId,
    ]);
    removed.push(...copies.map((copy) => copy.id));
    await removeFacts(driver, fullText, num);
  }
  await driver.run(`DELETE FROM articles WHERE id IN (${placeholders(removed.length)})`, removed);
  if (storyId !== null) {
    await driver.run('UPDATE stories SET article_count = article_count - ? WHERE id = ?', [
      removed.length,
      storyId,
    ]);
    const left = await driver.all<{ n: number }>('SELECT article_count AS n FROM stories WHERE id = ?', [
      storyId,
    ]);
    if (Number(left[0]?.n ?? 0) <= 0) {
      for (const table of ['stories', 'story_entities', 'story_terms']) {
        await driver.run(`DELETE FROM ${table} WHERE ${table === 'stories' ? 'id' : 'story_id'} = ?`, [
          storyId,
        ]);
      }
    }
  }
  return removed;
}

async function removeFacts(driver: SqlDriver, fullText: FullTextIndex, num: number): Promise<void> {
  const links = await driver.all<{ entity_id: string; period: string; mentions: number; quotes: number }>(
    `SELECT ae.entity_id, ae.period, ae.mentions,
       (SELECT COUNT(*) FROM quotes q WHERE q.article_num = ae.article_num AND q.speaker_entity = ae.entity_id) AS quotes
     FROM article_entities ae WHERE ae.article_num = ?`,
    [num],
  );
  for (const link of links) {
    await driver.run(
      `UPDATE entities SET article_count = article_count - 1, mention_count = mention_count - ?,
         quote_count = quote_count - ? WHERE id = ?`,
      [Number(link.mentions), Number(link.quotes), link.entity_id],
    );
    const period = [link.entity_id, link.period];
    await driver.run(
      'UPDATE entity_periods SET articles = articles - 1 WHERE entity_id = ? AND period = ?',
      period,
    );
    await driver.run(
      'DELETE FROM entity_periods WHERE entity_id = ? AND period = ? AND articles <= 0',
      period,
    );
  }
  const eventKeys = await driver.all<{ story_id: number; event_key: string }>(
    'SELECT DISTINCT story_id, event_key FROM events WHERE article_num = ?',
    [num],
  );
  const linked = links.map((link) => link.entity_id);
  const gone =
    linked.length === 0
      ? []
      : await driver.all<{ id: string }>(
          `SELECT id FROM entities WHERE id IN (${placeholders(linked.length)}) AND article_count <= 0`,
          linked,
        );
  if (gone.length > 0) {
    const ids = gone.map((entity) => entity.id);
    await driver.run(`DELETE FROM entities WHERE id IN (${placeholders(ids.length)})`, ids);
    await driver.run(`DELETE FROM entity_names WHERE entity_id IN (${placeholders(ids.length)})`, ids);
    await driver.run(`DELETE FROM entity_name_edges WHERE entity_id IN (${placeholders(ids.length)})`, ids);
  }
  for (const table of [
    'article_entities',
    'quotes',
    'events',
    'event_entities',
    'article_bands',
    'article_texts',
  ]) {
    await driver.run(`DELETE FROM ${table} WHERE article_num = ?`, [num]);
  }
  await refreshStoryEvents(driver, eventKeys);
  await fullText.remove(num);
}
