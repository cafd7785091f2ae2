/**
 * The entity page's data: the corpus entry, plus the roles and coordinates the latest articles give it
 * (the corpus indexes names and counts; roles and places stay in the records).
 */
import type { CorpusStore } from '../corpus/store.js';
import type { Geo, Role } from '../doc/record-schema.js';

/** Records read for roles and coordinates: the latest few say what the entity is now. */
const RECORDS_READ = 2;

export async function entityView(store: CorpusStore, nameOrId: string) {
  const entry = await store.entity(nameOrId);
  if (!entry) return undefined;
  const roles = new Map<string, Role>();
  let geo: Geo | undefined;
  for (const summary of entry.recentArticles.slice(0, RECORDS_READ)) {
    const stored = await store.article(summary.id);
    const entity = stored?.record.entities.find((e) => e.id === entry.id);
    if (!entity) continue;
    for (const role of entity.roles) roles.set(`${role.title}|${role.country ?? ''}`, role);
    geo ??= entity.geo;
  }
  return { ...entry, roles: [...roles.values()], ...(geo ? { geo } : {}) };
}
