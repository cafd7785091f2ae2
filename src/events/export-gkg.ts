/**
 * A GKG-like tab-separated export, one line per article, with GDELT GKG 2.1's field conventions where
 * they fit: counts (`KIND#NUMBER#OBJECT#OFFSET`), amounts (`VALUE,OBJECT,OFFSET`), quotations
 * (`OFFSET|LENGTH|VERB|QUOTE`, speaker added as a fifth field), persons, organisations and locations
 * (`NAME#COUNTRY#LAT#LON#GEONAMEID`), each list joined by `;`. Unlike GDELT, amounts keep their
 * currency, unit and qualifier.
 */
import type { ArticleRecord } from '../doc/record-schema.js';

export const GKG_COLUMNS = [
  'GKGRECORDID',
  'DATE',
  'SourceIdentifier',
  'Counts',
  'Amounts',
  'Quotations',
  'Persons',
  'Organizations',
  'Locations',
  'Events',
  'Story',
  'DuplicateOf',
  'Title',
] as const;

/** What the corpus knows of an article beyond its record: its story and whether it is a copy. */
export interface GkgContext {
  story?: string | number;
  duplicateOf?: string;
}

/** Tabs, newlines and the list separators cannot appear inside a field. */
const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').replace(/[;#|]/g, ',');

/** One article as a GKG-like line (no newline). */
export function gkgRow(record: ArticleRecord, context: GkgContext = {}): string {
  const entity = (id: string | undefined) => record.entities.find((e) => e.id === id);
  const counts = record.amounts
    .filter((a) => a.count)
    .map((a) => [a.count?.kind.toUpperCase(), a.value, clean(a.object?.text ?? ''), a.start].join('#'));
  const amounts = record.amounts.map((a) =>
    [
      a.value,
      clean(a.object?.text ?? a.currency ?? a.unit ?? ''),
      a.start,
      a.currency ?? '',
      a.unit ?? '',
      a.qualifier,
    ].join(','),
  );
  const quotations = record.quotes.map((q) =>
    [
      q.start,
      q.end - q.start,
      clean(q.cue?.text ?? ''),
      clean(q.text),
      clean(entity(q.speaker?.entity)?.name ?? q.speaker?.text ?? ''),
    ].join('|'),
  );
  const names = (type: string) => record.entities.filter((e) => e.type === type).map((e) => clean(e.name));
  const locations = record.entities
    .filter((e) => e.type === 'GPE' || e.type === 'LOC')
    .map((e) =>
      [clean(e.name), e.country ?? '', e.geo?.lat ?? '', e.geo?.lon ?? '', e.geo?.geonameId ?? ''].join('#'),
    );
  const events = record.events.map((e) =>
    [e.type, e.cameo ?? '', e.actors.join(','), e.targets.join(','), e.date ?? ''].join('#'),
  );
  return [
    record.id,
    (record.meta.published ?? '').replace(/\D/g, '').slice(0, 14),
    clean(record.source.url ?? record.source.path ?? ''),
    counts.join(';'),
    amounts.join(';'),
    quotations.join('#'),
    names('PERSON').join(';'),
    names('ORG').join(';'),
    locations.join(';'),
    events.join(';'),
    String(context.story ?? ''),
    context.duplicateOf ?? '',
    clean(record.meta.title ?? ''),
  ].join('\t');
}

/** The header line and one line per record, each ending in a newline. */
export function exportGkg(records: Iterable<ArticleRecord>): string {
  const lines = [GKG_COLUMNS.join('\t')];
  for (const record of records) lines.push(gkgRow(record));
  return `${lines.join('\n')}\n`;
}
