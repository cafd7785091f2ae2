/**
 * Events in PLOVER's JSON exchange format (one object per line), counted once per story: the reports of
 * one event in several articles of a story become one PLOVER record that cites all of them.
 */
import type { ArticleRecord, Entity, Event } from '../../doc/record-schema.js';
import type { ArticleSummary } from '../store.js';
import { eventKey } from '../write-facts.js';

interface PloverEntity {
  code: string;
  entity: string;
  name: string;
}

export interface PloverEvent {
  id: string;
  date?: string;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  event_loc?: { entity: string; name?: string; lat?: number; lon?: number; country?: string };
  event_text: string[];
  cameo?: string;
  link: string;
  cite_info: { articles: string[] };
}

function ploverEntity(id: string, entities: Map<string, Entity>): PloverEntity {
  const entity = entities.get(id);
  return { code: entity?.country ?? id, entity: id, name: entity?.name ?? id };
}

/** Collects story events from records in ingest order; `events()` gives them in PLOVER form. */
export class PloverCollector {
  private readonly byKey = new Map<string, PloverEvent>();

  add(record: ArticleRecord, summary: ArticleSummary): void {
    if (summary.duplicateOf || record.events.length === 0) return;
    const entities = new Map(record.entities.map((entity) => [entity.id, entity]));
    const story = summary.storyId ?? record.id;
    record.events.forEach((event: Event) => {
      const key = `${story}|${eventKey(event)}`;
      const known = this.byKey.get(key);
      if (known) {
        if (!known.cite_info.articles.includes(record.id)) known.cite_info.articles.push(record.id);
        if (!known.event_text.includes(event.trigger.text)) known.event_text.push(event.trigger.text);
        return;
      }
      const place = event.place ? entities.get(event.place) : undefined;
      const date = event.date ?? summary.published;
      this.byKey.set(key, {
        id: `ng-story-${story}-${this.byKey.size + 1}`,
        ...(date ? { date } : {}),
        actor: event.actors.map((id) => ploverEntity(id, entities)),
        recipient: event.targets.map((id) => ploverEntity(id, entities)),
        event: [event.type],
        mode: event.mode ? [event.mode] : [],
        context: event.context,
        ...(event.place
          ? {
              event_loc: {
                entity: event.place,
                ...(place?.name ? { name: place.name } : {}),
                ...(place?.geo ? { lat: place.geo.lat, lon: place.geo.lon } : {}),
                ...(place?.country ? { country: place.country } : {}),
              },
            }
          : {}),
        event_text: [event.trigger.text],
        ...(event.cameo ? { cameo: event.cameo } : {}),
        link: `story/${story}`,
        cite_info: { articles: [record.id] },
      });
    });
  }

  events(): PloverEvent[] {
    return [...this.byKey.values()];
  }
}
