/**
 * The database side of story clustering: look up candidate stories active around the article's day
 * that share its main entities or terms, load their vectors, let `chooseStory` decide, and fold the
 * article into the chosen (or a new) story.
 */
import type { ArticleFeatures } from './article-features.js';
import { inList, insertRows, type SqlDriver, type SqlValue } from './sql-driver.js';
import {
  chooseStory,
  LOOKUP_ENTITIES,
  LOOKUP_TERMS,
  type StoryCandidate,
  storyWindow,
} from './story-assignment.js';
import { topKeys, type Vector } from './vector.js';

/** Candidate stories compared in full per article, those sharing the most keys first. */
const MAX_CANDIDATES = 40;

async function candidateIds(driver: SqlDriver, features: ArticleFeatures): Promise<number[]> {
  const window = features.day ? storyWindow(features.day) : undefined;
  const dayFilter = window
    ? 'AND (s.last_day IS NULL OR (s.last_day >= ? AND s.first_day <= ? AND s.first_day >= ?))'
    : '';
  const dayParams: SqlValue[] = window ? [window.from, window.to, window.earliestStart] : [];
  const ids = new Set<number>();
  // Entities are specific: the stories of each are few, read from the entity index. Terms are common words
  // in stories of every month: with a day, the stories in its window come first (by `stories_first_day`) and
  // each is asked for the terms by its key; over all time each term's stories grow with the corpus (three
  // times the time at 100k synthetic articles). CROSS JOIN keeps that order in SQLite; the rows are the same.
  const lookups: [string, string, string[], boolean][] = [
    ['story_entities', 'entity_id', topKeys(features.entities, LOOKUP_ENTITIES), false],
    ['story_terms', 'term', topKeys(features.terms, LOOKUP_TERMS), window !== undefined],
  ];
  for (const [table, column, keys, windowFirst] of lookups) {
    if (keys.length === 0) continue;
    const from = windowFirst
      ? `stories s CROSS JOIN ${table} v WHERE v.story_id = s.id AND`
      : `${table} v JOIN stories s ON s.id = v.story_id WHERE`;
    const list = inList(keys);
    const rows = await driver.all<{ story_id: number }>(
      `SELECT v.story_id, COUNT(*) AS shared FROM ${from} v.${column} IN (${list.sql}) ${dayFilter}
       GROUP BY v.story_id ORDER BY shared DESC, v.story_id DESC LIMIT ${MAX_CANDIDATES}`,
      [...list.values, ...dayParams],
    );
    for (const row of rows) ids.add(Number(row.story_id));
  }
  return [...ids];
}

/** For each candidate story, its weights of the article's `keys` (the rest cannot add to a cosine). */
async function loadWeights(
  driver: SqlDriver,
  table: string,
  column: string,
  ids: number[],
  keys: string[],
): Promise<Map<number, Vector>> {
  const out = new Map<number, Vector>();
  if (keys.length === 0) return out;
  const idList = inList(ids);
  const keyList = inList(keys);
  const rows = await driver.all<{ story_id: number; k: string; weight: number }>(
    `SELECT story_id, ${column} AS k, weight FROM ${table}
     WHERE story_id IN (${idList.sql}) AND ${column} IN (${keyList.sql})`,
    [...idList.values, ...keyList.values],
  );
  for (const row of rows) {
    const id = Number(row.story_id);
    let vector = out.get(id);
    if (!vector) {
      vector = new Map();
      out.set(id, vector);
    }
    vector.set(row.k, Number(row.weight));
  }
  return out;
}

/** The story the article belongs to, or undefined when it starts a new one. */
export async function findStory(driver: SqlDriver, features: ArticleFeatures): Promise<number | undefined> {
  const ids = await candidateIds(driver, features);
  if (ids.length === 0) return undefined;
  const entities = await loadWeights(driver, 'story_entities', 'entity_id', ids, [
    ...features.entities.keys(),
  ]);
  const terms = await loadWeights(driver, 'story_terms', 'term', ids, [...features.terms.keys()]);
  const idList = inList(ids);
  const norms = await driver.all<{ id: number; entity_norm2: number; term_norm2: number }>(
    `SELECT id, entity_norm2, term_norm2 FROM stories WHERE id IN (${idList.sql})`,
    idList.values,
  );
  const candidates: StoryCandidate[] = norms.map((row) => {
    const id = Number(row.id);
    return {
      id,
      entities: entities.get(id) ?? new Map(),
      terms: terms.get(id) ?? new Map(),
      entityNorm2: Number(row.entity_norm2),
      termNorm2: Number(row.term_norm2),
    };
  });
  return chooseStory(features, candidates)?.id;
}

/** How much adding `vector` to the story's vector in `table` raises its squared norm. */
async function normIncrease(
  driver: SqlDriver,
  table: string,
  column: string,
  storyId: number,
  vector: Vector,
): Promise<number> {
  if (vector.size === 0) return 0;
  const keyList = inList([...vector.keys()]);
  const rows = await driver.all<{ k: string; weight: number }>(
    `SELECT ${column} AS k, weight FROM ${table} WHERE story_id = ? AND ${column} IN (${keyList.sql})`,
    [storyId, ...keyList.values],
  );
  const before = new Map(rows.map((row) => [row.k, Number(row.weight)]));
  let increase = 0;
  for (const [key, weight] of vector) {
    const old = before.get(key) ?? 0;
    increase += (old + weight) ** 2 - old * old;
  }
  return increase;
}

/** Adds an original article to a story: span, count and the summed vectors. */
export async function addToStory(
  driver: SqlDriver,
  storyId: number,
  isNew: boolean,
  features: ArticleFeatures,
): Promise<void> {
  const day = features.day ?? null;
  const entityNorm = await normIncrease(driver, 'story_entities', 'entity_id', storyId, features.entities);
  const termNorm = await normIncrease(driver, 'story_terms', 'term', storyId, features.terms);
  if (isNew) {
    const title = features.title ?? features.id;
    await driver.run(
      `INSERT INTO stories (id, title, first_day, last_day, article_count, entity_norm2, term_norm2)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
      [storyId, title, day, day, entityNorm, termNorm],
    );
  } else {
    await bumpStory(driver, storyId, day);
    await driver.run(
      'UPDATE stories SET entity_norm2 = entity_norm2 + ?, term_norm2 = term_norm2 + ? WHERE id = ?',
      [entityNorm, termNorm, storyId],
    );
  }
  const add = 'DO UPDATE SET weight = {t}.weight + excluded.weight';
  const entityRows = [...features.entities].map(([key, weight]) => [storyId, key, weight]);
  const termRows = [...features.terms].map(([key, weight]) => [storyId, key, weight]);
  await insertRows(
    driver,
    'story_entities',
    ['story_id', 'entity_id', 'weight'],
    entityRows,
    `ON CONFLICT (story_id, entity_id) ${add.replace('{t}', 'story_entities')}`,
  );
  await insertRows(
    driver,
    'story_terms',
    ['story_id', 'term', 'weight'],
    termRows,
    `ON CONFLICT (story_id, term) ${add.replace('{t}', 'story_terms')}`,
  );
}

/** One more article (an original or a copy) in a story: count it and widen the story's span to its day. */
export async function bumpStory(driver: SqlDriver, storyId: number, day: string | null): Promise<void> {
  await driver.run(
    `UPDATE stories SET article_count = article_count + 1,
       first_day = CASE WHEN first_day IS NULL OR CAST(? AS TEXT) < first_day THEN COALESCE(CAST(? AS TEXT), first_day)
         ELSE first_day END,
       last_day = CASE WHEN last_day IS NULL OR CAST(? AS TEXT) > last_day THEN COALESCE(CAST(? AS TEXT), last_day)
         ELSE last_day END
     WHERE id = ?`,
    [day, day, day, day, storyId],
  );
}
