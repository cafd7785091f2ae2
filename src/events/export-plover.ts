/**
 * Events in PLOVER's JSON shape (the POLECAT/PLOVER event record): one object per event with its
 * event type, mode, context, actors and recipients (name, country, sector), location, date and the
 * evidence sentence, plus newsgraph's own ids and spans so users can go back to the text.
 */
import type { ArticleRecord, Event, EventParticipant } from '../doc/record-schema.js';
import { spanContaining } from '../doc/span-search.js';

export interface PloverActor {
  actor: string;
  actor_country?: string;
  actor_sector?: string;
  entity?: string;
}

export interface PloverEvent {
  id: string;
  event_type: string;
  mode: string;
  context: string;
  event_date?: string;
  cameo?: string;
  actors: PloverActor[];
  recipients: PloverActor[];
  location?: {
    name: string;
    entity: string;
    country?: string;
    lat?: number;
    lon?: number;
    geonameid?: number;
  };
  trigger: string;
  text: string;
  source: { article: string; published?: string; start: number; end: number };
  /** In a corpus export: the story, and every article of it that reports the event. */
  story?: string;
  articles?: string[];
}

const actorOf = (p: EventParticipant): PloverActor => ({
  actor: p.text,
  ...(p.country ? { actor_country: p.country } : {}),
  ...(p.sector ? { actor_sector: p.sector } : {}),
  ...(p.entity ? { entity: p.entity } : {}),
});

/** One event of a record in PLOVER's shape. */
export function ploverEvent(record: ArticleRecord, event: Event, index: number): PloverEvent {
  const sentence = spanContaining(record.sentences, event.trigger.start);
  const place = event.place ? record.entities.find((e) => e.id === event.place) : undefined;
  const out: PloverEvent = {
    id: `${record.id}-e${index}`,
    event_type: event.type,
    mode: event.mode ?? '',
    context: event.context.join(';'),
    actors: event.participants.filter((p) => p.role === 'actor').map(actorOf),
    recipients: event.participants.filter((p) => p.role === 'target').map(actorOf),
    trigger: event.trigger.text,
    text: sentence ? record.text.slice(sentence.start, sentence.end) : event.trigger.text,
    source: { article: record.id, start: event.trigger.start, end: event.trigger.end },
  };
  if (event.date) out.event_date = event.date;
  if (event.cameo) out.cameo = event.cameo;
  if (record.meta.published) out.source.published = record.meta.published;
  if (place) {
    out.location = { name: place.name, entity: place.id };
    if (place.country) out.location.country = place.country;
    if (place.geo) {
      out.location.lat = place.geo.lat;
      out.location.lon = place.geo.lon;
      if (place.geo.geonameId !== undefined) out.location.geonameid = place.geo.geonameId;
    }
  }
  return out;
}

/** Every event of every record, in PLOVER's JSON shape. */
export function exportPlover(records: Iterable<ArticleRecord>): PloverEvent[] {
  const out: PloverEvent[] = [];
  for (const record of records) {
    for (const [i, event] of record.events.entries()) out.push(ploverEvent(record, event, i));
  }
  return out;
}
