/** The corpus queries behind `search`, `quotes`, `events` and `stories`, in SQL both databases accept. */
import type { EntityType } from '../doc/record-schema.js';
import { escapeRegExp } from '../resources/regex-alternation.js';
import { PLACE_TYPES } from './article-features.js';
import { type EventRow, toStoryEvent } from './find-events.js';
import type { FullTextIndex } from './full-text-index.js';
import { queryWords } from './full-text-index.js';
import { resolveEntityIds } from './resolve-entity.js';
import { STORY_EVENT_COLUMNS } from './schema-tables.js';
import { placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';
import type { ArticleSummary, QuoteHit, SearchHit, Story } from './store.js';

export interface ArticleRow {
  num: number;
  id: string;
  title: string | null;
  day: string | null;
  url: string | null;
  path: string | null;
  story_id: number | null;
  duplicate_of: string | null;
  duplicate_kind: string | null;
}

export const SUMMARY_COLUMNS =
  'a.num, a.id, a.title, a.day, a.url, a.path, a.story_id, a.duplicate_of, a.duplicate_kind';

export function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    ...(row.title ? { title: row.title } : {}),
    ...(row.day ? { published: row.day } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.path ? { path: row.path } : {}),
    ...(row.story_id !== null ? { storyId: Number(row.story_id) } : {}),
    ...(row.duplicate_of ? { duplicateOf: row.duplicate_of } : {}),
    ...(row.duplicate_kind ? { duplicateKind: row.duplicate_kind as ArticleSummary['duplicateKind'] } : {}),
  };
}

/** How many copies an original has (as a column of a query over `articles a`). */
export const COPY_COUNT = '(SELECT COUNT(*) FROM articles d WHERE d.duplicate_of = a.id) AS copies';

const SNIPPET_CHARS = 160;

export function snippet(text: string, words: string[]): string {
  // The earliest word starting with a query word (words as `queryWords` splits them: letters and digits of
  // any script), found case-insensitively in the text itself: lower-casing a copy costs a pass over the
  // text and can shift offsets.
  const pattern = words.map(escapeRegExp).join('|');
  const at = pattern ? text.search(new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'iu')) : -1;
  const start = Math.max(0, at < 0 ? 0 : at - SNIPPET_CHARS / 3);
  const cut = text
    .slice(start, start + SNIPPET_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${cut}${start + SNIPPET_CHARS < text.length ? '…' : ''}`;
}

export async function searchArticles(
  driver: SqlDriver,
  fullText: FullTextIndex,
  text: string,
  limit: number,
): Promise<SearchHit[]> {
  const hits = await fullText.search(text, limit);
  if (hits.length === 0) return [];
  const nums = hits.map((hit) => hit.num);
  const rows = await driver.all<ArticleRow & { text: string | null; copies: number }>(
    `SELECT ${SUMMARY_COLUMNS}, t.text, ${COPY_COUNT}
     FROM articles a LEFT JOIN article_texts t ON t.article_num = a.num WHERE a.num IN (${placeholders(nums.length)})`,
    nums,
  );
  const byNum = new Map(rows.map((row) => [Number(row.num), row]));
  const words = queryWords(text);
  return hits.flatMap((hit) => {
    const row = byNum.get(Number(hit.num));
    if (!row) return [];
    return [
      {
        ...toSummary(row),
        snippet: snippet(row.text ?? '', words),
        score: Number(hit.score),
        duplicates: Number(row.copies),
      },
    ];
  });
}

/**
 * Latest first, ordered by the quote's own article number (the same as `a.num`): the speaker index
 * (speaker, article_num) then gives the order, and a country quoted 24,000 times is not sorted whole.
 */
export async function findQuotes(driver: SqlDriver, speaker: string, limit: number): Promise<QuoteHit[]> {
  const ids = await resolveEntityIds(driver, speaker);
  const where = ids.length > 0 ? `q.speaker_entity IN (${placeholders(ids.length)})` : 'q.speaker_lower = ?';
  const params: SqlValue[] = ids.length > 0 ? ids : [speaker.trim().toLowerCase()];
  const rows = await driver.all<{
    id: string;
    day: string | null;
    story_id: number | null;
    speaker: string;
    speaker_entity: string | null;
    text: string;
    cue: string | null;
  }>(
    `SELECT a.id, a.day, a.story_id, q.speaker, q.speaker_entity, q.text, q.cue
     FROM quotes q JOIN articles a ON a.num = q.article_num WHERE ${where}
     ORDER BY q.article_num DESC, q.idx LIMIT ?`,
    [...params, limit],
  );
  return rows.map((row) => ({
    articleId: row.id,
    ...(row.day ? { published: row.day } : {}),
    ...(row.story_id !== null ? { storyId: Number(row.story_id) } : {}),
    speaker: row.speaker,
    ...(row.speaker_entity ? { speakerEntity: row.speaker_entity } : {}),
    text: row.text,
    ...(row.cue ? { cue: row.cue } : {}),
  }));
}

type Weighted = { id: string; name: string; type: EntityType; weight: number };

async function storyEntities(driver: SqlDriver, storyId: number): Promise<Weighted[]> {
  const rows = await driver.all<{ id: string; name: string; type: EntityType; weight: number }>(
    `SELECT e.id, e.name, e.type, se.weight FROM story_entities se JOIN entities e ON e.id = se.entity_id
     WHERE se.story_id = ? ORDER BY se.weight DESC, se.entity_id LIMIT 24`,
    [storyId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    weight: Math.round(Number(row.weight) * 100) / 100,
  }));
}

const STORY_EVENTS = 50;

/**
 * A story's first events, once each, from the groups `story_events` keeps (the same as grouping its
 * reports, `EVENT_GROUP`): the first 50 entries of `story_events_first`, not the story's thousands of reports.
 */
function storyEvents(driver: SqlDriver, storyId: number): Promise<EventRow[]> {
  return driver.all<EventRow>(
    `SELECT ${STORY_EVENT_COLUMNS.join(', ')} FROM story_events WHERE story_id = ?
     ORDER BY date, event_key LIMIT ${STORY_EVENTS}`,
    [storyId],
  );
}

export async function listStories(
  driver: SqlDriver,
  options: { since?: string; limit: number; id?: number },
): Promise<Story[]> {
  const params: SqlValue[] = [];
  let where = '';
  if (options.id !== undefined) {
    where = 'WHERE id = ?';
    params.push(options.id);
  } else if (options.since) {
    where = 'WHERE last_day >= ?';
    params.push(options.since);
  }
  const rows = await driver.all<{
    id: number;
    title: string;
    first_day: string | null;
    last_day: string | null;
    article_count: number;
  }>(
    `SELECT id, title, first_day, last_day, article_count FROM stories ${where}
     ORDER BY last_day DESC, article_count DESC, id DESC LIMIT ?`,
    [...params, options.limit],
  );
  const stories: Story[] = [];
  for (const row of rows) {
    const id = Number(row.id);
    const weighted = await storyEntities(driver, id);
    const events = await storyEvents(driver, id);
    stories.push({
      id,
      title: row.title,
      ...(row.first_day ? { firstSeen: row.first_day } : {}),
      ...(row.last_day ? { lastSeen: row.last_day } : {}),
      articleCount: Number(row.article_count),
      entities: weighted.filter((e) => !PLACE_TYPES.has(e.type)).slice(0, 8),
      places: weighted.filter((e) => PLACE_TYPES.has(e.type)).slice(0, 5),
      events: events.map(toStoryEvent),
    });
  }
  return stories;
}
