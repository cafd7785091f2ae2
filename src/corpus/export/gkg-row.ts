/**
 * One article as a GKG-like tab-separated row (after GDELT's Global Knowledge Graph 2.1): counts,
 * amounts, quotations with their speaker, persons, organisations and locations, each with its character
 * offset. Delimiters inside values are replaced so that every row keeps its columns.
 */
import type { ArticleRecord, Entity } from '../../doc/record-schema.js';
import type { ArticleSummary } from '../store.js';

export const GKG_COLUMNS = [
  'RECORD_ID',
  'DATE',
  'SOURCE',
  'DOCUMENT',
  'STORY',
  'DUPLICATE_OF',
  'COUNTS',
  'AMOUNTS',
  'QUOTATIONS',
  'PERSONS',
  'ORGANIZATIONS',
  'LOCATIONS',
  'TITLE',
] as const;

/** Delimiters used inside a column: `;` between items, `#`, `,` and `|` between fields. */
function clean(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/[\t\r\n;#|]/g, ' ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstOffsets(record: ArticleRecord): Map<string, number> {
  const first = new Map<string, number>();
  for (const mention of record.mentions) {
    if (!first.has(mention.entity) || mention.start < first.get(mention.entity)!)
      first.set(mention.entity, mention.start);
  }
  return first;
}

function names(
  record: ArticleRecord,
  offsets: Map<string, number>,
  test: (entity: Entity) => boolean,
): string {
  return record.entities
    .filter(test)
    .map((entity) => `${clean(entity.name)},${offsets.get(entity.id) ?? 0}`)
    .join(';');
}

/** GKG location type: 1 country, 3 city or town, 4 other place. */
function locationType(entity: Entity): number {
  if (entity.geo?.featureClass === 'A' && !entity.geo.admin1) return 1;
  if (entity.geo?.featureClass === 'P') return 3;
  return 4;
}

export function gkgRow(record: ArticleRecord, summary: ArticleSummary): string {
  const offsets = firstOffsets(record);
  const counts = record.amounts
    .filter((amount) => amount.object && !amount.currency && !amount.unit)
    .map((amount) => `COUNT#${amount.value}#${clean(amount.object?.text)}#${amount.start}`)
    .join(';');
  const amounts = record.amounts
    .map(
      (amount) =>
        `${amount.value},${clean(amount.currency ?? amount.unit ?? amount.object?.text ?? '')},${amount.start}`,
    )
    .join(';');
  const entityName = new Map(record.entities.map((entity) => [entity.id, entity.name]));
  const quotations = record.quotes
    .map((quote) => {
      const speaker = quote.speaker?.entity ? entityName.get(quote.speaker.entity) : quote.speaker?.text;
      return [
        quote.start,
        quote.end - quote.start,
        clean(quote.cue?.text),
        clean(speaker),
        clean(quote.text),
      ].join('|');
    })
    .join('#');
  const locations = record.entities
    .filter((entity) => entity.type === 'GPE' || entity.type === 'LOC' || entity.type === 'FAC')
    .map((entity) =>
      [
        locationType(entity),
        clean(entity.name),
        entity.geo?.countryCode ?? '',
        entity.geo?.admin1 ?? '',
        entity.geo?.lat ?? '',
        entity.geo?.lon ?? '',
        entity.geo?.geonameId ?? '',
        offsets.get(entity.id) ?? 0,
      ].join('#'),
    )
    .join(';');
  const date = (summary.published ?? '').replace(/-/g, '');
  const source = summary.url ? new URL(summary.url).hostname.replace(/^www\./, '') : (summary.path ?? '');
  return [
    record.id,
    date,
    clean(source),
    clean(summary.url ?? summary.path ?? ''),
    summary.storyId ?? '',
    summary.duplicateOf ?? '',
    counts,
    amounts,
    quotations,
    names(record, offsets, (e) => e.type === 'PERSON'),
    names(record, offsets, (e) => e.type === 'ORG'),
    locations,
    clean(record.meta.title ?? ''),
  ].join('\t');
}
