/**
 * `newsgraph events [--actor X] [--since day]`: events once per story (grouped by story and event key), the
 * group whose earliest matching report is latest first, with the earliest report's details and how many
 * articles report it.
 *
 * Grouping every matching event costs as much as the actor has events (25,000 for a country in a
 * 100,000-article corpus), so the answer is found from the newest reports down: the newest `scan` matching
 * reports (`event_entities` keeps each report's date, indexed by entity, role and date; without an actor,
 * `events_date`) name candidate groups; their exact earliest dates are read by group key. A group not among
 * them has no report newer than the oldest one read, so its earliest date is at most that: when the page's
 * last candidate is strictly newer, the page is exact; otherwise the scan is widened. The page is then read
 * with the same grouping and order as the whole-table query (`fullQuery`), over the chosen groups only.
 */

import { resolveEntityIds } from './resolve-entity.js';
import { placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';
import type { StoryEvent } from './store.js';

export interface EventRow {
  story_id: number;
  type: string;
  mode: string | null;
  actors: string;
  targets: string;
  place: string | null;
  date: string | null;
  cameo: string | null;
  articles: number;
}

export function toStoryEvent(row: EventRow): StoryEvent {
  return {
    storyId: Number(row.story_id),
    type: row.type,
    ...(row.mode ? { mode: row.mode } : {}),
    actors: JSON.parse(row.actors) as string[],
    targets: JSON.parse(row.targets) as string[],
    ...(row.place ? { place: row.place } : {}),
    ...(row.date ? { date: row.date } : {}),
    ...(row.cameo ? { cameo: row.cameo } : {}),
    articles: Number(row.articles),
  };
}

/** One row per (story, type, actors, targets): the earliest report's details, and how many articles report it. */
export const EVENT_GROUP = `SELECT e.story_id, e.event_key, MIN(e.type) AS type, MIN(e.mode) AS mode, MIN(e.actors) AS actors,
  MIN(e.targets) AS targets, MIN(e.place) AS place, MIN(e.date) AS date, MIN(e.cameo) AS cameo,
  COUNT(DISTINCT e.article_num) AS articles FROM events e`;

/** Undated groups last in both databases (PostgreSQL would put NULL first in a descending order). */
const PAGE_ORDER =
  'ORDER BY CASE WHEN MIN(e.date) IS NULL THEN 1 ELSE 0 END, MIN(e.date) DESC, e.story_id DESC, e.event_key';

/** Reports read first; widened fourfold while the page is not yet certain. */
const FIRST_SCAN = 256;
/** Group keys per query (two parameters each). */
const KEYS_PER_QUERY = 200;

interface Filter {
  ids: string[];
  since?: string;
}

type Key = { story_id: number; event_key: string };

/** The WHERE terms every report of the answer meets: an actor among `ids`, a date from `since`. */
function reportFilter(filter: Filter): { terms: string[]; params: SqlValue[] } {
  const terms: string[] = [];
  const params: SqlValue[] = [];
  if (filter.ids.length > 0) {
    terms.push(`EXISTS (SELECT 1 FROM event_entities x WHERE x.article_num = e.article_num AND x.idx = e.idx
      AND x.role = 'actor' AND x.entity_id IN (${placeholders(filter.ids.length)}))`);
    params.push(...filter.ids);
  }
  if (filter.since) {
    terms.push('e.date >= ?');
    params.push(filter.since);
  }
  return { terms, params };
}

function keyTerm(keys: readonly Key[]): { term: string; params: SqlValue[] } {
  return {
    term: `(${keys.map(() => '(e.story_id = ? AND e.event_key = ?)').join(' OR ')})`,
    params: keys.flatMap((key) => [key.story_id, key.event_key]),
  };
}

/** The group and date of the newest `scan` dated reports that pass the filter, newest first. */
function newestReports(driver: SqlDriver, filter: Filter, scan: number) {
  const since = filter.since ? [filter.since] : [];
  if (filter.ids.length > 0) {
    return driver.all<Key & { date: string }>(
      `SELECT e.story_id, e.event_key, x.date FROM event_entities x
       JOIN events e ON e.article_num = x.article_num AND e.idx = x.idx
       WHERE x.entity_id IN (${placeholders(filter.ids.length)}) AND x.role = 'actor' AND x.date IS NOT NULL
       ${filter.since ? 'AND x.date >= ?' : ''} ORDER BY x.date DESC LIMIT ?`,
      [...filter.ids, ...since, scan],
    );
  }
  return driver.all<Key & { date: string }>(
    `SELECT e.story_id, e.event_key, e.date FROM events e WHERE e.date IS NOT NULL
     ${filter.since ? 'AND e.date >= ?' : ''} ORDER BY e.date DESC LIMIT ?`,
    [...since, scan],
  );
}

/**
 * Each group's earliest date from `since`, read from the `events_story` index alone. The actor filter is
 * not needed: a group's key holds its actors (`eventKey`), so every report of a group found through an
 * actor has that actor.
 */
async function earliestDates(driver: SqlDriver, since: string | undefined, keys: Key[]) {
  const out: (Key & { date: string })[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const chunk = keyTerm(keys.slice(i, i + KEYS_PER_QUERY));
    out.push(
      ...(await driver.all<Key & { date: string }>(
        `SELECT e.story_id, e.event_key, MIN(e.date) AS date FROM events e
         WHERE ${chunk.term} ${since ? 'AND e.date >= ?' : ''} GROUP BY e.story_id, e.event_key`,
        [...chunk.params, ...(since ? [since] : [])],
      )),
    );
  }
  return out;
}

/** The answer over every matching report: what `findEvents` must equal (and its fallback). */
export function fullQuery(driver: SqlDriver, filter: Filter, limit: number, keys?: Key[]) {
  const { terms, params } = reportFilter(filter);
  if (keys) {
    const chunk = keyTerm(keys);
    terms.push(chunk.term);
    params.push(...chunk.params);
  }
  return driver.all<EventRow>(
    `${EVENT_GROUP} ${terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : ''}
     GROUP BY e.story_id, e.event_key ${PAGE_ORDER} LIMIT ?`,
    [...params, limit],
  );
}

/** `firstScan`: reports read first (tests set it low to exercise widening). */
export async function findEvents(
  driver: SqlDriver,
  options: { actor?: string; since?: string; limit: number },
  firstScan = Math.max(FIRST_SCAN, 8 * options.limit),
): Promise<StoryEvent[]> {
  const filter: Filter = { ids: [], ...(options.since ? { since: options.since } : {}) };
  if (options.actor) {
    filter.ids = await resolveEntityIds(driver, options.actor);
    if (filter.ids.length === 0) return [];
  }
  const limit = options.limit;
  /** Candidate groups with their exact earliest dates, kept as the scan widens. */
  const groups = new Map<string, Key & { date: string }>();
  for (let scan = firstScan; ; scan *= 4) {
    const reports = await newestReports(driver, filter, scan);
    const exhausted = reports.length < scan;
    const fresh = new Map<string, Key>();
    for (const report of reports) {
      const id = `${report.story_id}\u0000${report.event_key}`;
      if (!groups.has(id)) fresh.set(id, { story_id: Number(report.story_id), event_key: report.event_key });
    }
    for (const group of await earliestDates(driver, filter.since, [...fresh.values()]))
      groups.set(`${group.story_id}\u0000${group.event_key}`, { ...group, story_id: Number(group.story_id) });
    if (exhausted && groups.size < limit && !filter.since) {
      // Too few dated groups: undated ones (last in the order) fill the page.
      return (await fullQuery(driver, filter, limit)).map(toStoryEvent);
    }
    // The page's order but for the key, the last tie-break, which SQL decides (a collation, in PostgreSQL).
    const ranked = [...groups.values()].sort((x, y) =>
      x.date < y.date ? 1 : x.date > y.date ? -1 : y.story_id - x.story_id,
    );
    const last = ranked[limit - 1];
    const oldest = reports[reports.length - 1]?.date;
    if (!exhausted && (last === undefined || oldest === undefined || last.date <= oldest)) continue;
    const chosen = last
      ? ranked.filter((g, i) => i < limit || (g.date === last.date && g.story_id === last.story_id))
      : ranked;
    if (chosen.length === 0) return [];
    // Many groups of one story tied on the page's last day: read them with the whole-table query.
    const keys = chosen.length <= KEYS_PER_QUERY ? chosen : undefined;
    return (await fullQuery(driver, filter, limit, keys)).map(toStoryEvent);
  }
}
