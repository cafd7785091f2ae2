/**
 * Is this article a copy of one already stored? Checked in order of certainty: the same normalised URL,
 * the same body text, then a near-identical body (MinHash candidates from shared LSH bands, confirmed by
 * the estimated Jaccard similarity). The answer is always an original, never a copy of a copy.
 */
import type { ArticleFeatures } from './article-features.js';
import { bandKeys, estimateJaccardHex, NEAR_DUPLICATE_JACCARD, signatureToHex } from './fingerprint.js';
import { inList, type SqlDriver } from './sql-driver.js';
import type { DuplicateKind } from './store.js';

export interface Original {
  id: string;
  storyId: number | null;
  kind: DuplicateKind;
}

/** Candidates read per lookup: enough for any real cluster of copies, bounded for pathological ones. */
const MAX_BAND_CANDIDATES = 100;

interface KeyRow {
  id: string;
  duplicate_of: string | null;
  story_id: number | null;
}

async function byKey(
  driver: SqlDriver,
  column: 'url_norm' | 'text_hash',
  value: string,
): Promise<KeyRow | undefined> {
  const rows = await driver.all<KeyRow>(
    `SELECT id, duplicate_of, story_id FROM articles WHERE ${column} = ? ORDER BY num LIMIT 1`,
    [value],
  );
  return rows[0];
}

export async function findDuplicate(
  driver: SqlDriver,
  features: ArticleFeatures,
): Promise<Original | undefined> {
  if (features.urlNorm) {
    const row = await byKey(driver, 'url_norm', features.urlNorm);
    if (row) return { id: row.duplicate_of ?? row.id, storyId: row.story_id, kind: 'url' };
  }
  const same = await byKey(driver, 'text_hash', features.textHash);
  if (same) return { id: same.duplicate_of ?? same.id, storyId: same.story_id, kind: 'text' };

  // The first MAX_BAND_CANDIDATES articles of all bands are among the first of each band: reading those
  // band by band (an index range each) never reads all of a band shared by thousands of articles.
  const nums = new Set<number>();
  for (const key of bandKeys(features.signature)) {
    const band = await driver.all<{ article_num: number }>(
      `SELECT article_num FROM article_bands WHERE band_key = ? ORDER BY article_num LIMIT ${MAX_BAND_CANDIDATES}`,
      [key],
    );
    for (const row of band) nums.add(Number(row.article_num));
  }
  if (nums.size === 0) return undefined;
  const first = [...nums].sort((a, b) => a - b).slice(0, MAX_BAND_CANDIDATES);
  const list = inList(first);
  const rows = await driver.all<{ id: string; signature: string; story_id: number | null; num: number }>(
    `SELECT a.num, a.id, a.signature, a.story_id FROM articles a WHERE a.num IN (${list.sql})
     ORDER BY a.num`,
    list.values,
  );
  const signature = signatureToHex(features.signature);
  let best: { row: (typeof rows)[number]; similarity: number } | undefined;
  for (const row of rows) {
    const similarity = estimateJaccardHex(signature, row.signature);
    if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity))
      best = { row, similarity };
  }
  return best ? { id: best.row.id, storyId: best.row.story_id, kind: 'near' } : undefined;
}
