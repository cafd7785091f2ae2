/** A readable summary of one record for a terminal: title, entities, quotes, amounts, dates, flags. */
import { styleText } from 'node:util';
import type { ArticleRecord } from '../doc/record-schema.js';

type Style = Parameters<typeof styleText>[0];

export function formatRecordText(record: ArticleRecord, color: boolean): string {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const lines: string[] = [];
  const heading = (title: string, count: number) => {
    if (count > 0) lines.push('', paint('bold', `${title} (${count})`));
    return count > 0;
  };
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const mentionCount = (id: string) => record.mentions.filter((m) => m.entity === id).length;

  lines.push(paint(['bold', 'cyan'], record.meta.title ?? '(untitled)'));
  const about = [
    record.source.path ?? record.source.url ?? record.id,
    record.meta.published && `published ${record.meta.published}`,
    record.meta.credits.length > 0 && `credits: ${record.meta.credits.join(', ')}`,
    `${record.text.length} chars, ${record.sentences.length} sentences`,
  ].filter(Boolean);
  lines.push(paint('dim', about.join(' · ')));

  if (heading('Entities', record.entities.length)) {
    const ordered = [...record.entities].sort((a, b) => mentionCount(b.id) - mentionCount(a.id));
    for (const entity of ordered) {
      const aliases = entity.aliases.length > 0 ? paint('dim', ` (${entity.aliases.join(', ')})`) : '';
      const roles = entity.roles.map((r) => (r.country ? `${r.title}, ${r.country}` : r.title)).join('; ');
      const count = mentionCount(entity.id);
      lines.push(
        `  ${paint('yellow', entity.type.padEnd(7))} ${entity.name}${aliases}${roles ? ` — ${roles}` : ''} ${paint('dim', `×${count}`)}`,
      );
    }
  }
  if (heading('Quotes', record.quotes.length)) {
    for (const quote of record.quotes) {
      const joint = quote.speaker?.entities?.map((id) => names.get(id) ?? id).join(' and ');
      const speaker = quote.speaker
        ? (joint ?? names.get(quote.speaker.entity ?? '') ?? quote.speaker.text)
        : 'unknown speaker';
      const cue = quote.cue ? paint('dim', ` (${quote.cue.text})`) : '';
      lines.push(`  “${quote.text}” — ${paint('green', speaker)}${cue} ${paint('dim', `[${quote.kind}]`)}`);
    }
  }
  if (heading('Amounts', record.amounts.length)) {
    for (const amount of record.amounts) {
      const unit = amount.currency ?? (amount.unit === 'percent' ? '%' : (amount.unit ?? ''));
      const object = amount.object ? ` ${amount.object.text}` : '';
      lines.push(
        `  ${amount.text} → ${amount.value.toLocaleString('en-US')} ${unit}${object} ${paint('dim', `[${amount.qualifier}]`)}`,
      );
    }
  }
  if (heading('Dates', record.dates.length)) {
    for (const date of record.dates) {
      lines.push(
        `  ${date.text} → ${date.value ?? paint('dim', date.relative ? '(relative: unresolved)' : '?')} ${paint('dim', `[${date.granularity}]`)}`,
      );
    }
  }
  if (heading('Events', record.events.length)) {
    const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ') || '—';
    for (const event of record.events) {
      const where = event.place ? ` in ${names.get(event.place) ?? event.place}` : '';
      const when = event.date ? ` on ${event.date}` : '';
      const code = paint(
        'dim',
        `[${event.cameo ? `CAMEO ${event.cameo}` : 'no CAMEO'}] “${event.trigger.text}”`,
      );
      lines.push(
        `  ${paint('magenta', event.type.padEnd(9))} ${who(event.actors)} → ${who(event.targets)}${where}${when} ${code}`,
      );
    }
  }
  if (heading('Flags', record.flags.length)) {
    for (const flag of record.flags)
      lines.push(`  ${paint('red', '!')} ${paint('dim', flag.code)} ${flag.message}`);
  }
  if (heading('Removed', record.removed.length)) {
    for (const item of record.removed) lines.push(`  ${paint('dim', item.reason.padEnd(14))} ${item.text}`);
  }
  return lines.join('\n');
}
