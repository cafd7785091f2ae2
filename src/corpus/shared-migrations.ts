/**
 * The schema migrations after the first, the same SQL on SQLite and PostgreSQL but for column types:
 * each dialect's list is its own first migration (the tables and its full-text index) followed by these.
 */
import { backfillReadViews } from './read-views.js';
import { fillNameEdges } from './resolve-entity.js';
import {
  CORPUS_STATE_TABLE,
  ENTITY_NAME_EDGES_TABLE,
  ENTITY_PERIODS_TABLE,
  type Migration,
  READ_PATH_INDEXES,
  readViewTables,
  STORY_EVENTS_TABLE,
  storyNormColumns,
} from './schema-tables.js';

/** @param types the dialect's article-number key and floating-point column types */
export function sharedMigrations(types: { key: string; real: string }): Migration[] {
  return [
    // 2: an entity's names by entity (the entity page lists its aliases).
    'CREATE INDEX entity_names_entity ON entity_names (entity_id);',
    // 3: what lists, search and the entity page read, so that they never decode a whole record.
    { sql: readViewTables({ key: types.key }), fill: backfillReadViews },
    // 4: the corpus version, so that a reader (the server's search cache) can tell when the corpus changed.
    CORPUS_STATE_TABLE,
    // 5: entity timelines as counters: an entity in 25,000 articles no longer reads 25,000 index entries.
    ENTITY_PERIODS_TABLE,
    // 6: story vector norms, so that story assignment reads only the article's keys of each candidate.
    storyNormColumns(types.real),
    // 7: first and last words of entity names, so that a partial name finds its entity without a scan.
    { sql: ENTITY_NAME_EDGES_TABLE, fill: fillNameEdges },
    // 8: event link dates and indexes, so that events and stories read what they show, not all and sorted.
    READ_PATH_INDEXES,
    // 9: story event groups kept as reports come and go, so that a story lists its events without grouping them.
    STORY_EVENTS_TABLE,
  ];
}
