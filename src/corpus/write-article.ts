/**
 * Storing one finished record, inside the caller's transaction: the article row, then (for an original)
 * its full-text entry and plain text, LSH bands, entities, quotes, story and events. A copy of an earlier article keeps
 * its own row and source but adds no facts: they are counted once, on the original.
 */
import type { ArticleRecord } from '../doc/record-schema.js';
import type { ArticleFeatures } from './article-features.js';
import { addToStory, bumpStory, findStory } from './assign-story.js';
import { findDuplicate } from './find-duplicate.js';
import { bandKeys, signatureToHex } from './fingerprint.js';
import type { FullTextIndex } from './full-text-index.js';
import { writeArticleText } from './read-views.js';
import { encodeRecord } from './record-codec.js';
import { insertRows, type SqlDriver, type SqlValue } from './sql-driver.js';
import type { WriteResult } from './store.js';
import { writeEntities, writeEvents, writeQuotes } from './write-facts.js';

const ARTICLE_COLUMNS = [
  'id',
  'title',
  'day',
  'url',
  'url_norm',
  'path',
  'text_hash',
  'signature',
  'duplicate_of',
  'duplicate_kind',
  'story_id',
  'record',
  'ingested_at',
] as const;

async function insertArticle(
  driver: SqlDriver,
  record: ArticleRecord,
  features: ArticleFeatures,
  extra: { duplicateOf: string | null; duplicateKind: string | null; storyId: number | null },
): Promise<number> {
  const values: SqlValue[] = [
    record.id,
    features.title ?? null,
    features.day ?? null,
    features.url ?? null,
    features.urlNorm ?? null,
    features.path ?? null,
    features.textHash,
    signatureToHex(features.signature),
    extra.duplicateOf,
    extra.duplicateKind,
    extra.storyId,
    encodeRecord(record),
    new Date().toISOString(),
  ];
  const rows = await driver.all<{ num: number }>(
    `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map(() => '?').join(', ')}) RETURNING num`,
    values,
  );
  return Number(rows[0]!.num);
}

export async function writeArticle(
  driver: SqlDriver,
  fullText: FullTextIndex,
  record: ArticleRecord,
  features: ArticleFeatures,
): Promise<WriteResult> {
  const existing = await driver.all<{
    duplicate_of: string | null;
    duplicate_kind: string | null;
    story_id: number | null;
  }>('SELECT duplicate_of, duplicate_kind, story_id FROM articles WHERE id = ?', [record.id]);
  if (existing[0]) {
    const row = existing[0];
    return {
      status: 'exists',
      articleId: record.id,
      ...(row.duplicate_of ? { duplicateOf: row.duplicate_of } : {}),
      ...(row.story_id !== null ? { storyId: Number(row.story_id) } : {}),
    };
  }

  const original = await findDuplicate(driver, features);
  if (original) {
    const storyId = original.storyId === null ? null : Number(original.storyId);
    await insertArticle(driver, record, features, {
      duplicateOf: original.id,
      duplicateKind: original.kind,
      storyId,
    });
    if (storyId !== null) await bumpStory(driver, storyId, features.day ?? null);
    return {
      status: 'duplicate',
      articleId: record.id,
      duplicateOf: original.id,
      duplicateKind: original.kind,
      ...(storyId !== null ? { storyId } : {}),
    };
  }

  const joined = await findStory(driver, features);
  const num = await insertArticle(driver, record, features, {
    duplicateOf: null,
    duplicateKind: null,
    storyId: joined ?? null,
  });
  // A new story takes the number of the article that starts it.
  const storyId = joined ?? num;
  if (joined === undefined)
    await driver.run('UPDATE articles SET story_id = ? WHERE num = ?', [storyId, num]);
  await addToStory(driver, storyId, joined === undefined, features);

  const bodyStart = features.title && record.text.startsWith(features.title) ? features.title.length : 0;
  await fullText.add(num, features.title ?? '', record.text.slice(bodyStart));
  await writeArticleText(driver, num, record);
  await insertRows(
    driver,
    'article_bands',
    ['band_key', 'article_num'],
    bandKeys(features.signature).map((key) => [key, num]),
    'ON CONFLICT DO NOTHING',
  );
  await writeEntities(driver, record, num, features.day);
  await writeQuotes(driver, record, num);
  await writeEvents(driver, record, num, storyId, features.day);
  return { status: 'added', articleId: record.id, storyId };
}
