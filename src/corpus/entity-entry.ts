/** `newsgraph entity`: one canonical entity across the corpus, with its names, counts, company and timeline. */
import type { EntityType, Geo, Role } from '../doc/record-schema.js';
import { type ArticleRow, SUMMARY_COLUMNS, toSummary } from './read-queries.js';
import { resolveEntityIds } from './resolve-entity.js';
import type { SqlDriver } from './sql-driver.js';
import type { EntityEntry } from './store.js';

/** Co-mentions are counted over the entity's latest articles, so the query stays fast for the most common. */
const CO_MENTION_ARTICLES = 100;
/** Roles and coordinates come from the entity's latest articles: they say what it is now. */
const ROLE_ARTICLES = 2;

/** Roles (distinct by title and country, latest first) and the first coordinates, over the latest links. */
function rolesAndGeo(links: { roles: string | null; geo: string | null }[]): { roles: Role[]; geo?: Geo } {
  const roles = new Map<string, Role>();
  let geo: Geo | undefined;
  for (const link of links) {
    for (const role of link.roles ? (JSON.parse(link.roles) as Role[]) : [])
      roles.set(`${role.title}|${role.country ?? ''}`, role);
    if (!geo && link.geo) geo = JSON.parse(link.geo) as Geo;
  }
  return { roles: [...roles.values()], ...(geo ? { geo } : {}) };
}

export async function entityEntry(driver: SqlDriver, nameOrId: string): Promise<EntityEntry | undefined> {
  const [id] = await resolveEntityIds(driver, nameOrId);
  if (!id) return undefined;
  const rows = await driver.all<{
    id: string;
    type: EntityType;
    name: string;
    article_count: number;
    mention_count: number;
    quote_count: number;
    first_seen: string | null;
    last_seen: string | null;
  }>('SELECT * FROM entities WHERE id = ?', [id]);
  const row = rows[0];
  if (!row) return undefined;
  const aliases = await driver.all<{ name: string }>(
    'SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name',
    [id],
  );
  const coMentioned = await driver.all<{ id: string; name: string; type: EntityType; count: number }>(
    `SELECT e.id, e.name, e.type, c.count FROM (
       SELECT ae.entity_id, COUNT(*) AS count FROM article_entities ae
       WHERE ae.article_num IN (SELECT article_num FROM article_entities WHERE entity_id = ?
                                ORDER BY article_num DESC LIMIT ${CO_MENTION_ARTICLES})
         AND ae.entity_id <> ?
       GROUP BY ae.entity_id ORDER BY count DESC, ae.entity_id LIMIT 15) c
     JOIN entities e ON e.id = c.entity_id ORDER BY c.count DESC, e.id`,
    [id, id],
  );
  const timeline = await driver.all<{ period: string; articles: number }>(
    'SELECT period, articles FROM entity_periods WHERE entity_id = ? ORDER BY period',
    [id],
  );
  const links = await driver.all<{ roles: string | null; geo: string | null }>(
    `SELECT roles, geo FROM article_entities WHERE entity_id = ? ORDER BY article_num DESC LIMIT ${ROLE_ARTICLES}`,
    [id],
  );
  const recent = await driver.all<ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM article_entities ae JOIN articles a ON a.num = ae.article_num
     WHERE ae.entity_id = ? ORDER BY ae.article_num DESC LIMIT 10`,
    [id],
  );
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: aliases.map((alias) => alias.name).filter((alias) => alias !== row.name.toLowerCase()),
    articleCount: Number(row.article_count),
    mentionCount: Number(row.mention_count),
    quoteCount: Number(row.quote_count),
    ...(row.first_seen ? { firstSeen: row.first_seen } : {}),
    ...(row.last_seen ? { lastSeen: row.last_seen } : {}),
    coMentioned: coMentioned.map((c) => ({ id: c.id, name: c.name, type: c.type, count: Number(c.count) })),
    timeline: timeline.map((t) => ({ period: t.period, articles: Number(t.articles) })),
    recentArticles: recent.map(toSummary),
    ...rolesAndGeo(links),
  };
}
