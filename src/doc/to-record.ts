import type { Doc } from './doc.js';
import type { ArticleRecord } from './record-schema.js';
import { RECORD_SCHEMA_ID } from './record-schema-id.js';

/** The finished Doc as a `newsgraph.article/1` record; the id is a stable hash of the input bytes. */
export function toRecord(doc: Doc): ArticleRecord {
  const { layers } = doc;
  return {
    schema: RECORD_SCHEMA_ID,
    id: `ng-${doc.source.sha256.slice(0, 20)}`,
    source: doc.source,
    meta: doc.meta,
    text: doc.text,
    blocks: layers.blocks ?? [],
    removed: layers.removed ?? [],
    sentences: layers.sentences ?? [],
    entities: layers.entities ?? [],
    mentions: layers.mentions ?? [],
    quotes: layers.quotes ?? [],
    amounts: layers.amounts ?? [],
    dates: layers.dates ?? [],
    events: layers.events ?? [],
    flags: layers.flags ?? [],
  };
}
