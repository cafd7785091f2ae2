/**
 * PLOVER events counted once per story: the reports of one event in several articles of a story become
 * one PLOVER record (in the shape of `src/events/export-plover.ts`) that lists all of them.
 */
import type { ArticleRecord } from '../../doc/record-schema.js';
import { type PloverEvent, ploverEvent } from '../../events/export-plover.js';
import type { ArticleSummary } from '../store.js';
import { eventKey } from '../write-facts.js';

/** Collects story events from records in ingest order; `events()` gives them in PLOVER form. */
export class PloverCollector {
  private readonly byKey = new Map<string, PloverEvent>();

  add(record: ArticleRecord, summary: ArticleSummary): void {
    if (summary.duplicateOf) return;
    const story = String(summary.storyId ?? record.id);
    record.events.forEach((event, index) => {
      const key = `${story}|${eventKey(event)}`;
      const known = this.byKey.get(key);
      if (known) {
        if (!known.articles?.includes(record.id)) known.articles?.push(record.id);
        return;
      }
      this.byKey.set(key, { ...ploverEvent(record, event, index), story, articles: [record.id] });
    });
  }

  events(): PloverEvent[] {
    return [...this.byKey.values()];
  }
}
