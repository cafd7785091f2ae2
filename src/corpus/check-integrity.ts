/**
 * Consistency checks over the whole corpus, beyond the database's own: every original in exactly one
 * existing story, story and entity counters (and story vector norms) equal to what they count, every copy pointing to an
 * original, one full-text entry and one plain text per original. Returns the problems found, none when all is well.
 */
import type { FullTextIndex } from './full-text-index.js';
import type { SqlDriver } from './sql-driver.js';

const CHECKS: [string, string][] = [
  [
    'originals without a story',
    'SELECT COUNT(*) AS n FROM articles WHERE story_id IS NULL AND duplicate_of IS NULL',
  ],
  [
    'articles in a missing story',
    'SELECT COUNT(*) AS n FROM articles a WHERE a.story_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)',
  ],
  [
    'copies of a missing or copied article',
    `SELECT COUNT(*) AS n FROM articles a WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS
     (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of AND o.duplicate_of IS NULL)`,
  ],
  [
    'stories whose article count is wrong',
    `SELECT COUNT(*) AS n FROM stories s WHERE s.article_count <>
     (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)`,
  ],
  [
    'stories whose vector norms are wrong',
    `SELECT COUNT(*) AS n FROM stories s WHERE
     ABS(s.entity_norm2 - COALESCE((SELECT SUM(weight * weight) FROM story_entities v WHERE v.story_id = s.id), 0))
       > 1e-6 * (1 + s.entity_norm2)
     OR ABS(s.term_norm2 - COALESCE((SELECT SUM(weight * weight) FROM story_terms v WHERE v.story_id = s.id), 0))
       > 1e-6 * (1 + s.term_norm2)`,
  ],
  [
    'entities whose article count is wrong',
    `SELECT COUNT(*) AS n FROM entities e WHERE e.article_count <>
     (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = e.id)`,
  ],
  [
    'entity timelines whose counts are wrong',
    `SELECT COUNT(*) AS n FROM (
       SELECT entity_id, period, COUNT(*) AS articles FROM article_entities GROUP BY entity_id, period) c
     FULL OUTER JOIN entity_periods p ON p.entity_id = c.entity_id AND p.period = c.period
     WHERE c.articles IS NULL OR p.articles IS NULL OR c.articles <> p.articles`,
  ],
  [
    'entity links of copies or missing articles',
    // Grouped by article first: one lookup per article, not per link (2.5 million at 100k).
    `SELECT COALESCE(SUM(x.links), 0) AS n FROM (
       SELECT article_num, COUNT(*) AS links FROM article_entities GROUP BY article_num) x
     WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.num = x.article_num AND a.duplicate_of IS NULL)`,
  ],
  [
    'quotes of copies or missing articles',
    `SELECT COUNT(*) AS n FROM quotes q WHERE NOT EXISTS
     (SELECT 1 FROM articles a WHERE a.num = q.article_num AND a.duplicate_of IS NULL)`,
  ],
  [
    "events outside their article's story",
    `SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS
     (SELECT 1 FROM articles a WHERE a.num = e.article_num AND a.story_id = e.story_id AND a.duplicate_of IS NULL)`,
  ],
  [
    "event links without their event's date",
    `SELECT COUNT(*) AS n FROM event_entities x WHERE NOT EXISTS
     (SELECT 1 FROM events e WHERE e.article_num = x.article_num AND e.idx = x.idx
       AND (e.date = x.date OR (e.date IS NULL AND x.date IS NULL)))`,
  ],
  [
    'story event groups unlike their reports',
    `SELECT COUNT(*) AS n FROM (
       SELECT story_id, event_key, MIN(type) AS type, MIN(mode) AS mode, MIN(actors) AS actors,
         MIN(targets) AS targets, MIN(place) AS place, MIN(date) AS date, MIN(cameo) AS cameo,
         COUNT(DISTINCT article_num) AS articles FROM events GROUP BY story_id, event_key) g
     FULL OUTER JOIN story_events s ON s.story_id = g.story_id AND s.event_key = g.event_key
     WHERE g.story_id IS NULL OR s.story_id IS NULL OR g.type <> s.type OR NOT (g.mode = s.mode OR (g.mode IS NULL AND s.mode IS NULL)) OR g.actors <> s.actors OR g.targets <> s.targets OR NOT (g.place = s.place OR (g.place IS NULL AND s.place IS NULL)) OR NOT (g.date = s.date OR (g.date IS NULL AND s.date IS NULL)) OR NOT (g.cameo = s.cameo OR (g.cameo IS NULL AND s.cameo IS NULL)) OR g.articles <> s.articles`,
  ],
  [
    'originals without their plain text',
    `SELECT COUNT(*) AS n FROM articles a WHERE a.duplicate_of IS NULL AND NOT EXISTS
     (SELECT 1 FROM article_texts t WHERE t.article_num = a.num)`,
  ],
  [
    'plain texts of copies or missing articles',
    `SELECT COUNT(*) AS n FROM article_texts t WHERE NOT EXISTS
     (SELECT 1 FROM articles a WHERE a.num = t.article_num AND a.duplicate_of IS NULL)`,
  ],
  [
    'originals without LSH bands',
    // Bands are keyed by band first: the articles that have any are listed once, not searched per article.
    `SELECT COUNT(*) AS n FROM articles a LEFT JOIN (SELECT DISTINCT article_num FROM article_bands) b
       ON b.article_num = a.num
     WHERE a.duplicate_of IS NULL AND b.article_num IS NULL`,
  ],
];

export async function checkCorpus(driver: SqlDriver, fullText: FullTextIndex): Promise<string[]> {
  const problems: string[] = [];
  for (const [label, sql] of CHECKS) {
    const n = Number((await driver.all<{ n: number }>(sql))[0]?.n ?? 0);
    if (n > 0) problems.push(`${n} ${label}`);
  }
  const originals = Number(
    (await driver.all<{ n: number }>('SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NULL'))[0]
      ?.n ?? 0,
  );
  const indexed = await fullText.count();
  if (indexed !== originals)
    problems.push(`full-text index holds ${indexed} articles, not the ${originals} originals`);
  problems.push(...(await fullText.check()));
  return problems;
}
