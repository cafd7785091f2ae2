/**
 * Dates and times with chrono-node, resolved against the publication date: "on Monday", "last week",
 * "June 28", "in 2019". A relative date gets a value only when the publication date is known, so no
 * date is ever resolved against the day the analysis happened to run.
 */
import * as chrono from 'chrono-node';
import type { DateMention, Granularity } from '../doc/record-schema.js';

/** Words chrono reads as dates that in news prose are nearly always something else. */
const NOT_DATES = /^(?:sun|sat|second|now|today's|a second|the second)$/i;
/** "may" and "march" are verbs in lower case; capitalised, they are months only after a date word. */
const MONTH_VERBS = /^(?:may|march)$/i;
const BEFORE_MONTH =
  /\b(?:in|since|by|until|till|of|from|during|before|after|through|early|late|mid|last|next|this|on|since|between|and|to)[\s-]*$/i;
/** Dates counted from another event that chrono does not read. */
const EVENT_DAYS = /\bthe\s+(?:(previous|preceding|following|next)\s+day|day\s+(before|after))\b/gi;
const DAY_MS = 86_400_000;
const YEAR =
  /\b(?:in|since|by|until|till|of|from|during|before|after|through|early|late|mid-)\s*((?:1[89]|20)\d\d)\b(?![-/.,]\d)/gi;

/** chrono marks "last week" or "yesterday" as fully known once resolved; these words say it is relative. */
const RELATIVE_WORDS =
  /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|earlier|later|coming|past|previous)\b/i;

const RELATIVE_TO_EVENT = /\b(?:after|before|later|earlier)$/i;
const EXPLICIT_WEEK = /\b(?:next|coming|this|last|past|previous)\b/i;

/** A bare weekday in news ("on Monday") is the most recent one on or before the publication day. */
function pastWeekday(ref: Date, weekday: number): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  return new Date(ref.getTime() - back * DAY_MS);
}

function iso(date: Date, granularity: Granularity): string {
  const full = date.toISOString();
  if (granularity === 'year') return full.slice(0, 4);
  if (granularity === 'month') return full.slice(0, 7);
  if (granularity === 'day') return full.slice(0, 10);
  return full;
}

/** A reference instant at noon UTC of the publication day, so weekdays resolve to the right calendar day. */
function reference(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) date.setUTCHours(12);
  return date;
}

/** chrono is the slowest step of the pipeline; sentences without a digit or a time word skip it. */
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|week|month|year|day|night|morning|evening|afternoon|noon|midnight|now|decade|century|spring|summer|autumn|fall|winter|later|earlier|last|next)/i;

/** Dates in the given spans of text (sentences, or blocks), resolved against `published`. */
export function findDates(
  text: string,
  spans: readonly { start: number; end: number }[],
  published?: string,
): DateMention[] {
  const ref = reference(published);
  const dates: DateMention[] = [];
  for (const block of spans) {
    const slice = text.slice(block.start, block.end);
    if (!DATE_HINT.test(slice)) continue;
    for (const result of chrono.parse(slice, ref ? { instant: ref, timezone: 0 } : undefined, {
      forwardDate: false,
    })) {
      const written = result.text.trim();
      if (NOT_DATES.test(written)) continue;
      if (
        MONTH_VERBS.test(written) &&
        (written === written.toLowerCase() || !BEFORE_MONTH.test(slice.slice(0, result.index)))
      )
        continue;
      const start = block.start + result.index;
      const { start: when } = result;
      const weekOnly = /\bweek(?:end)?\b/i.test(result.text);
      const granularity: Granularity = when.isCertain('hour')
        ? 'time'
        : when.isCertain('day') || when.isCertain('weekday') || weekOnly
          ? 'day'
          : when.isCertain('month')
            ? 'month'
            : 'year';
      // "a day after" counts from another event, not from the publication date: no value to give.
      const anchoredElsewhere = RELATIVE_TO_EVENT.test(result.text);
      const relative = anchoredElsewhere || !when.isCertain('year') || RELATIVE_WORDS.test(result.text);
      const end = start + result.text.length;
      const mention: DateMention = { start, end, text: result.text, granularity, relative };
      let resolved = when.date();
      if (ref && when.isCertain('weekday') && !when.isCertain('day') && !EXPLICIT_WEEK.test(result.text)) {
        resolved = pastWeekday(ref, when.get('weekday') ?? 0);
        if (when.isCertain('hour')) resolved.setUTCHours(when.get('hour') ?? 0, when.get('minute') ?? 0);
      }
      if (anchoredElsewhere)
        mention.offsetDays = Math.round((resolved.getTime() - result.refDate.getTime()) / DAY_MS);
      if (!anchoredElsewhere && (!relative || ref)) mention.value = iso(resolved, granularity);
      dates.push(mention);
    }
    for (const match of slice.matchAll(EVENT_DAYS)) {
      const start = block.start + match.index;
      if (dates.some((d) => d.start <= start && start < d.end)) continue;
      const backwards = /previous|preceding|before/i.test(match[0]);
      dates.push({
        start,
        end: start + match[0].length,
        text: match[0],
        granularity: 'day',
        relative: true,
        offsetDays: backwards ? -1 : 1,
      });
    }
    for (const match of slice.matchAll(YEAR)) {
      const year = match[1] ?? '';
      const start = block.start + match.index + match[0].length - year.length;
      if (dates.some((d) => d.start <= start && start < d.end)) continue;
      dates.push({ start, end: start + 4, text: year, value: year, granularity: 'year', relative: false });
    }
  }
  return dates.sort((a, b) => a.start - b.start);
}
