/**
 * The corpus tables, in the SQL both databases accept. Each dialect's migrations put its own types
 * and full-text index around these (`sqlite/migrations.ts`, `postgres/migrations.ts`).
 * `{id}` is the auto-increment key type, `{blob}` the binary type, `{real}` the float type.
 */
import type { SqlDriver } from './sql-driver.js';

/** One schema migration: SQL, optionally followed by a step that fills new tables from what is stored. */
export type Migration = string | { sql: string; fill: (driver: SqlDriver) => Promise<void> };

export const CORE_TABLES = `
CREATE TABLE articles (
  num {id},
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  day TEXT,
  url TEXT,
  url_norm TEXT,
  path TEXT,
  text_hash TEXT NOT NULL,
  signature TEXT NOT NULL,
  duplicate_of TEXT,
  duplicate_kind TEXT,
  story_id INTEGER,
  record {blob} NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url_norm ON articles (url_norm);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_day ON articles (day);
CREATE TABLE article_bands (
  band_key BIGINT NOT NULL,
  article_num BIGINT NOT NULL,
  PRIMARY KEY (band_key, article_num)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  quote_count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT
);
CREATE TABLE entity_names (
  name TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (name, entity_id)
);
CREATE TABLE article_entities (
  article_num BIGINT NOT NULL,
  entity_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  period TEXT NOT NULL,
  PRIMARY KEY (article_num, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, period, article_num);
CREATE TABLE quotes (
  article_num BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  speaker_entity TEXT,
  speaker TEXT NOT NULL,
  speaker_lower TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  PRIMARY KEY (article_num, idx)
);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity, article_num);
CREATE INDEX quotes_speaker_lower ON quotes (speaker_lower, article_num);
CREATE TABLE events (
  article_num BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  story_id INTEGER NOT NULL,
  event_key TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  actors TEXT NOT NULL,
  targets TEXT NOT NULL,
  place TEXT,
  date TEXT,
  cameo TEXT,
  PRIMARY KEY (article_num, idx)
);
CREATE INDEX events_story ON events (story_id, event_key);
CREATE INDEX events_date ON events (date);
CREATE TABLE event_entities (
  article_num BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (article_num, idx, entity_id, role)
);
CREATE INDEX event_entities_entity ON event_entities (entity_id, role);
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  first_day TEXT,
  last_day TEXT,
  article_count INTEGER NOT NULL
);
CREATE INDEX stories_last_day ON stories (last_day);
CREATE TABLE story_entities (
  story_id INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  weight {real} NOT NULL,
  PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entities_entity ON story_entities (entity_id, story_id);
CREATE TABLE story_terms (
  story_id INTEGER NOT NULL,
  term TEXT NOT NULL,
  weight {real} NOT NULL,
  PRIMARY KEY (story_id, term)
);
CREATE INDEX story_terms_term ON story_terms (term, story_id);
`;

/**
 * What the list, search and entity views read, kept beside the compressed record so that answering them
 * never decodes one: each original's plain text (snippets), and each entity's roles and coordinates as
 * its article gives them (the entity page). `article_entities_recent` serves "the entity's latest
 * articles" without sorting all of them. Filled for existing corpora by `backfillReadViews`.
 */
export const READ_VIEW_TABLES = `
CREATE TABLE article_texts (
  article_num {key},
  text TEXT NOT NULL
);
ALTER TABLE article_entities ADD COLUMN roles TEXT;
ALTER TABLE article_entities ADD COLUMN geo TEXT;
CREATE INDEX article_entities_recent ON article_entities (entity_id, article_num);
`;

/** One row: the corpus version (`corpus-version.ts`), replaced by every change. */
export const CORPUS_STATE_TABLE = `
CREATE TABLE corpus_state (id INTEGER PRIMARY KEY, version TEXT NOT NULL);
INSERT INTO corpus_state (id, version) VALUES (1, 'initial');
`;

/** Articles per entity and month, counted as they are written and deleted: the entity timeline, read whole. */
export const ENTITY_PERIODS_TABLE = `
CREATE TABLE entity_periods (
  entity_id TEXT NOT NULL,
  period TEXT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (entity_id, period)
);
INSERT INTO entity_periods (entity_id, period, articles)
  SELECT entity_id, period, COUNT(*) FROM article_entities GROUP BY entity_id, period;
`;

/**
 * The first and the last word of each multi-word entity name ("first:antony", "last:blinken"), so that
 * "Blinken" or "Di Maio" finds "antony blinken" and "luigi di maio" through an index, not a scan of all
 * names. Filled from `entity_names` by `fillNameEdges`.
 */
export const ENTITY_NAME_EDGES_TABLE = `
CREATE TABLE entity_name_edges (
  edge TEXT NOT NULL,
  name TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (edge, name, entity_id)
);
CREATE INDEX entity_name_edges_entity ON entity_name_edges (entity_id);
`;

/**
 * Each story's squared vector norms, kept as articles join it: finding an article's story then reads
 * only the story weights of the article's own keys, not whole story vectors that grow with the story.
 */
export function storyNormColumns(real: string): string {
  return `
ALTER TABLE stories ADD COLUMN entity_norm2 ${real} NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN term_norm2 ${real} NOT NULL DEFAULT 0;
UPDATE stories SET
  entity_norm2 = COALESCE((SELECT SUM(weight * weight) FROM story_entities WHERE story_id = stories.id), 0),
  term_norm2 = COALESCE((SELECT SUM(weight * weight) FROM story_terms WHERE story_id = stories.id), 0);
`;
}

/**
 * What the events and stories answers read at 100,000 articles (`find-events.ts`, `listStories`):
 * - each event link's report date (its event's `date`), indexed by entity, role and date, so that an
 *   actor's events are read newest first instead of all of them grouped and sorted;
 * - the report date in the story-and-key index, so that a group's earliest date is read from the index;
 * - story entities by weight, so that a story's main entities are its first index entries, not a sort of
 *   all of them (thousands for a long story).
 */
export const READ_PATH_INDEXES = `
ALTER TABLE event_entities ADD COLUMN date TEXT;
UPDATE event_entities SET date = (SELECT e.date FROM events e
  WHERE e.article_num = event_entities.article_num AND e.idx = event_entities.idx);
CREATE INDEX event_entities_recent ON event_entities (entity_id, role, date);
DROP INDEX events_story;
CREATE INDEX events_story ON events (story_id, event_key, date);
CREATE INDEX story_entities_top ON story_entities (story_id, weight DESC, entity_id);
`;

/**
 * The indexes each write pays for. One fewer on each link table: every entity link and event link is a
 * random insert into each index on its table, the largest part of the pages a commit writes at 100k
 * articles (a batch of 32 articles wrote some 6,000). `event_entities_entity` (entity, role) is a prefix of
 * `event_entities_recent` (entity, role, date). `article_entities_entity` (entity, period, article), read
 * only by the integrity check since the timeline became `entity_periods`, and `article_entities_recent`
 * (entity, article) become one index (entity, article, period): an entity's latest links as before, and the
 * check's count per entity and period read from the index alone. And stories by first day: the stories an
 * article may join start within a few weeks of its day, so its common terms are looked up in those stories
 * (`assign-story.ts`), not across all time.
 */
export const WRITE_PATH_INDEXES = `
DROP INDEX IF EXISTS event_entities_entity;
DROP INDEX IF EXISTS article_entities_entity;
DROP INDEX IF EXISTS article_entities_recent;
CREATE INDEX article_entities_recent ON article_entities (entity_id, article_num, period);
CREATE INDEX stories_first_day ON stories (first_day);
`;

/** The columns of a story event group, as `story_events` keeps them and `EVENT_GROUP` computes them. */
export const STORY_EVENT_COLUMNS = [
  'story_id',
  'event_key',
  'type',
  'mode',
  'actors',
  'targets',
  'place',
  'date',
  'cameo',
  'articles',
] as const;

/**
 * Each story's events once each, kept as reports are written and deleted: per (story, key) the smallest
 * of each column over its reports (what grouping `events` gives) and how many articles report it.
 * Listing stories then reads a story's first 50 groups from `story_events_first`, not its thousands of
 * reports.
 */
export const STORY_EVENTS_TABLE = `
CREATE TABLE story_events (
  story_id INTEGER NOT NULL,
  event_key TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  actors TEXT NOT NULL,
  targets TEXT NOT NULL,
  place TEXT,
  date TEXT,
  cameo TEXT,
  articles INTEGER NOT NULL,
  PRIMARY KEY (story_id, event_key)
);
CREATE INDEX story_events_first ON story_events (story_id, date, event_key);
INSERT INTO story_events (${STORY_EVENT_COLUMNS.join(', ')})
  SELECT story_id, event_key, MIN(type), MIN(mode), MIN(actors), MIN(targets), MIN(place), MIN(date), MIN(cameo),
    COUNT(DISTINCT article_num) FROM events GROUP BY story_id, event_key;
`;

/** `{key}`: the article-number key type (SQLite's `INTEGER PRIMARY KEY` is the rowid itself). */
export function readViewTables(types: { key: string }): string {
  return READ_VIEW_TABLES.replaceAll('{key}', types.key);
}

export function coreTables(types: { id: string; blob: string; real: string }): string {
  return CORE_TABLES.replaceAll('{id}', types.id)
    .replaceAll('{blob}', types.blob)
    .replaceAll('{real}', types.real);
}
