/** The facts of an original article, indexed across documents: entities, quotes and events. */
import type { ArticleRecord, Entity, Event } from '../doc/record-schema.js';
import { entityViewColumns } from './read-views.js';
import { nameEdgeRows } from './resolve-entity.js';
import { STORY_EVENT_COLUMNS } from './schema-tables.js';
import { insertRows, type SqlDriver, type SqlValue } from './sql-driver.js';

/** A country's entity answers to its ISO 3166-1 alpha-3 code too (`--actor USA`). */
function isCountry(entity: Entity): boolean {
  return (
    entity.type === 'GPE' && entity.geo?.featureClass === 'A' && !entity.geo.admin1 && Boolean(entity.country)
  );
}

/**
 * The names a user can look an entity up by. None for an entity known only by descriptions: its
 * id is one article's, and "police" or "the team" would name a different one in every article.
 */
export function entityNames(entity: Entity): string[] {
  if (entity.described) return [];
  const names = new Set(
    [entity.name, ...entity.aliases].map((name) => name.toLowerCase().trim()).filter(Boolean),
  );
  if (isCountry(entity)) names.add(entity.country!.toLowerCase());
  return [...names];
}

export async function writeEntities(
  driver: SqlDriver,
  record: ArticleRecord,
  num: number,
  day?: string,
): Promise<void> {
  const mentions = new Map<string, number>();
  for (const mention of record.mentions)
    mentions.set(mention.entity, (mentions.get(mention.entity) ?? 0) + 1);
  const quotes = new Map<string, number>();
  for (const quote of record.quotes) {
    const speaker = quote.speaker?.entity;
    if (speaker) quotes.set(speaker, (quotes.get(speaker) ?? 0) + 1);
  }
  const seen = day ?? null;
  const entities = record.entities.filter((entity, i, all) => all.findIndex((e) => e.id === entity.id) === i);
  const entityRows: SqlValue[][] = entities.map((entity) => [
    entity.id,
    entity.type,
    entity.name,
    1,
    mentions.get(entity.id) ?? 0,
    quotes.get(entity.id) ?? 0,
    seen,
    seen,
  ]);
  await insertRows(
    driver,
    'entities',
    ['id', 'type', 'name', 'article_count', 'mention_count', 'quote_count', 'first_seen', 'last_seen'],
    entityRows,
    `ON CONFLICT (id) DO UPDATE SET
       article_count = entities.article_count + 1,
       mention_count = entities.mention_count + excluded.mention_count,
       quote_count = entities.quote_count + excluded.quote_count,
       first_seen = CASE WHEN entities.first_seen IS NULL OR excluded.first_seen < entities.first_seen
         THEN COALESCE(excluded.first_seen, entities.first_seen) ELSE entities.first_seen END,
       last_seen = CASE WHEN entities.last_seen IS NULL OR excluded.last_seen > entities.last_seen
         THEN COALESCE(excluded.last_seen, entities.last_seen) ELSE entities.last_seen END`,
  );
  const nameRows = entities.flatMap((entity) => entityNames(entity).map((name) => [name, entity.id]));
  await insertRows(driver, 'entity_names', ['name', 'entity_id'], nameRows, 'ON CONFLICT DO NOTHING');
  const edgeRows = nameRows.flatMap(([name, id]) => nameEdgeRows(name as string, id as string));
  await insertRows(
    driver,
    'entity_name_edges',
    ['edge', 'name', 'entity_id'],
    edgeRows,
    'ON CONFLICT DO NOTHING',
  );
  const period = day ? day.slice(0, 7) : 'undated';
  const linkRows = entities.map((entity) => [
    num,
    entity.id,
    mentions.get(entity.id) ?? 0,
    period,
    ...entityViewColumns(entity),
  ]);
  await insertRows(
    driver,
    'article_entities',
    ['article_num', 'entity_id', 'mentions', 'period', 'roles', 'geo'],
    linkRows,
  );
  await insertRows(
    driver,
    'entity_periods',
    ['entity_id', 'period', 'articles'],
    entities.map((entity) => [entity.id, period, 1]),
    'ON CONFLICT (entity_id, period) DO UPDATE SET articles = entity_periods.articles + 1',
  );
}

export async function writeQuotes(driver: SqlDriver, record: ArticleRecord, num: number): Promise<void> {
  const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));
  const rows = record.quotes.map((quote, idx) => {
    const entity = quote.speaker?.entity ?? null;
    const speaker = (entity ? names.get(entity) : undefined) ?? quote.speaker?.text ?? '';
    return [num, idx, entity, speaker, speaker.toLowerCase(), quote.text, quote.cue?.text ?? null];
  });
  await insertRows(
    driver,
    'quotes',
    ['article_num', 'idx', 'speaker_entity', 'speaker', 'speaker_lower', 'text', 'cue'],
    rows,
  );
}

/** Events with the same type, actors and targets are one event within a story. */
export function eventKey(event: Event): string {
  return [event.type, [...event.actors].sort().join('+'), [...event.targets].sort().join('+')].join('|');
}

export async function writeEvents(
  driver: SqlDriver,
  record: ArticleRecord,
  num: number,
  storyId: number,
  day?: string,
): Promise<void> {
  if (record.events.length === 0) return;
  const dates = record.events.map(
    (event) =>
      (event.date && /^\d{4}-\d{2}-\d{2}/.test(event.date) ? event.date.slice(0, 10) : undefined) ??
      day ??
      null,
  );
  const rows = record.events.map((event, idx) => [
    num,
    idx,
    storyId,
    eventKey(event),
    event.type,
    event.mode ?? null,
    JSON.stringify(event.actors),
    JSON.stringify(event.targets),
    event.place ?? null,
    dates[idx]!,
    event.cameo ?? null,
  ]);
  await insertRows(
    driver,
    'events',
    [
      'article_num',
      'idx',
      'story_id',
      'event_key',
      'type',
      'mode',
      'actors',
      'targets',
      'place',
      'date',
      'cameo',
    ],
    rows,
  );
  const links = record.events.flatMap((event, idx) =>
    [
      ...new Set(event.actors.map((id) => `${id}\u0000actor`)),
      ...new Set(event.targets.map((id) => `${id}\u0000target`)),
    ].map((key) => [num, idx, ...key.split('\u0000'), dates[idx]!] as SqlValue[]),
  );
  await insertRows(
    driver,
    'event_entities',
    ['article_num', 'idx', 'entity_id', 'role', 'date'],
    links,
    'ON CONFLICT DO NOTHING',
  );
  // The story's event groups: one statement per report (PostgreSQL refuses to update a row twice in one),
  // the article counted once per group.
  const counted = new Set<string>();
  for (const row of rows) {
    const key = row[3] as string;
    await driver.run(STORY_EVENT_UPSERT, [...row.slice(2), counted.has(key) ? 0 : 1]);
    counted.add(key);
  }
}

/** The smaller of the kept and the new value, NULL counting as none (as MIN does). */
const least = (column: string) =>
  `${column} = CASE WHEN excluded.${column} IS NULL OR (story_events.${column} IS NOT NULL AND story_events.${column} <= excluded.${column})
    THEN story_events.${column} ELSE excluded.${column} END`;

const STORY_EVENT_UPSERT = `INSERT INTO story_events (${STORY_EVENT_COLUMNS.join(', ')})
  VALUES (${STORY_EVENT_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (story_id, event_key) DO UPDATE SET
  ${['type', 'mode', 'actors', 'targets', 'place', 'date', 'cameo'].map(least).join(',\n  ')},
  articles = story_events.articles + excluded.articles`;

/** Recomputes story event groups from their remaining reports (after a delete). */
export async function refreshStoryEvents(
  driver: SqlDriver,
  keys: readonly { story_id: number; event_key: string }[],
): Promise<void> {
  for (const key of keys) {
    const params = [Number(key.story_id), key.event_key];
    await driver.run('DELETE FROM story_events WHERE story_id = ? AND event_key = ?', params);
    await driver.run(
      `INSERT INTO story_events (${STORY_EVENT_COLUMNS.join(', ')})
       SELECT story_id, event_key, MIN(type), MIN(mode), MIN(actors), MIN(targets), MIN(place), MIN(date),
         MIN(cameo), COUNT(DISTINCT article_num) FROM events WHERE story_id = ? AND event_key = ?
       GROUP BY story_id, event_key`,
      params,
    );
  }
}
