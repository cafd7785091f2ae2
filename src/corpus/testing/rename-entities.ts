import type { ArticleRecord } from '../../doc/record-schema.js';

/** A record's entity ids renamed everywhere they are used, for synthetic corpora with other entities. */
export function renameEntities(
  record: ArticleRecord,
  rename: (id: string) => string,
): Pick<ArticleRecord, 'entities' | 'mentions' | 'quotes' | 'events'> {
  return {
    entities: record.entities.map((e) => ({ ...e, id: rename(e.id) })),
    mentions: record.mentions.map((m) => ({ ...m, entity: rename(m.entity) })),
    quotes: record.quotes.map((q) =>
      q.speaker?.entity ? { ...q, speaker: { ...q.speaker, entity: rename(q.speaker.entity) } } : q,
    ),
    events: record.events.map((e) => ({
      ...e,
      actors: e.actors.map(rename),
      targets: e.targets.map(rename),
    })),
  };
}
