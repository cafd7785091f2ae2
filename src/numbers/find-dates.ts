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

/**
 * Digits that can make a date or time by themselves: 12/25/2020, 2020-12-25, 25.12.2020, 5:30, 5 p.m.,
 * a year, an ordinal. Other numbers ("10,000 fighters", "436 million") only count near a time word.
 */
const DIGIT_ANCHOR = String.raw`\d{1,4}(?:[/.:-]\d{1,4})+|\b\d{1,2}\s*[ap]\.?m\b|\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b`;

/**
 * Words and digits a date is built round: chrono only ever reads the text near one of them. It reads
 * no further than WINDOW characters either side of an anchor, which covers the longest forms news
 * writes ("on the morning of Wednesday, the twenty-seventh of September") at a fraction of the text.
 */
const DATE_ANCHOR = new RegExp(
  String.raw`${DIGIT_ANCHOR}|\b(?:${[
    'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec',
    'january|february|march|april|june|july|august|september|october|november|december',
    'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'weekend|weekday|fortnight|now|today|tonight|tomorrow|tmr|tmrw|yesterday',
    'morning|afternoon|evening|night|midnight|midday|noon|overmorrow',
    'minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)',
    'min|mins|hr|hrs|qtr|yr|mo|mos',
  ].join('|')})\b`,
  'gi',
);
const WINDOW = 48;

/**
 * chrono is the slowest step of the language layer. It reads, in one call, the windows round the
 * date anchors of each span (a window never crosses a span's edge), joined by a separator that none
 * of its parsers reads and none of its refiners merges across.
 */
const SEPARATOR = '\n|||\n';
const LEADING_PUNCTUATION = /^[\s,(（]+/;
/** Trailing spaces and commas, and a closing bracket whose opening one is not in the match. */
const TRAILING_PUNCTUATION = /(?:[\s,]|(?<=^[^(（]*)[)）])+$/;

interface Piece {
  /** Where the window starts in the joined text, and in the article. */
  joinedStart: number;
  start: number;
  end: number;
  /** The start of the span (sentence) it was cut from. */
  spanStart: number;
}

/** Windows round the anchors in text[start, end), widened to whole words and merged when they touch. */
function anchorWindows(text: string, start: number, end: number): [number, number][] {
  const windows: [number, number][] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(DATE_ANCHOR)) {
    let from = Math.max(0, match.index - WINDOW);
    let to = Math.min(slice.length, match.index + match[0].length + WINDOW);
    while (from > 0 && /\S/.test(slice[from - 1]!)) from--;
    while (to < slice.length && /\S/.test(slice[to]!)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to + start);
    else windows.push([from + start, to + start]);
  }
  return windows;
}

function joinDateWindows(text: string, spans: readonly { start: number; end: number }[]) {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const span of spans) {
    for (const [start, end] of anchorWindows(text, span.start, span.end)) {
      if (parts.length > 0) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      pieces.push({ joinedStart: length, start, end, spanStart: span.start });
      parts.push(text.slice(start, end));
      length += end - start;
    }
  }
  return { joined: parts.join(''), pieces };
}

/** The piece a match in the joined text falls in, if it lies wholly inside one. */
function pieceAt(pieces: readonly Piece[], index: number, length: number): Piece | undefined {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle]!;
    if (index < piece.joinedStart) high = middle - 1;
    else if (index >= piece.joinedStart + (piece.end - piece.start)) low = middle + 1;
    else return index + length <= piece.joinedStart + (piece.end - piece.start) ? piece : undefined;
  }
  return undefined;
}

function chronoDates(text: string, spans: readonly { start: number; end: number }[], ref?: Date) {
  const { joined, pieces } = joinDateWindows(text, spans);
  const dates: DateMention[] = [];
  if (pieces.length === 0) return dates;
  for (const result of chrono.parse(joined, ref ? { instant: ref, timezone: 0 } : undefined, {
    forwardDate: false,
  })) {
    // chrono's matches may begin or end with the space, comma or bracket around the date.
    const lead = LEADING_PUNCTUATION.exec(result.text)?.[0].length ?? 0;
    const written = result.text.slice(lead).replace(TRAILING_PUNCTUATION, '');
    const piece = pieceAt(pieces, result.index + lead, written.length);
    if (!piece) continue;
    const start = piece.start + result.index + lead - piece.joinedStart;
    if (NOT_DATES.test(written)) continue;
    if (
      MONTH_VERBS.test(written) &&
      (written === written.toLowerCase() || !BEFORE_MONTH.test(text.slice(piece.spanStart, start)))
    )
      continue;
    const { start: when } = result;
    const weekOnly = /\bweek(?:end)?\b/i.test(written);
    const granularity: Granularity = when.isCertain('hour')
      ? 'time'
      : when.isCertain('day') || when.isCertain('weekday') || weekOnly
        ? 'day'
        : when.isCertain('month')
          ? 'month'
          : 'year';
    // "a day after" counts from another event, not from the publication date: no value to give.
    const anchoredElsewhere = RELATIVE_TO_EVENT.test(written);
    // "within 48 hours", "in two days": chrono tags dates it counts from the reference instant.
    const relative =
      anchoredElsewhere ||
      !when.isCertain('year') ||
      RELATIVE_WORDS.test(written) ||
      result.tags().has('result/relativeDate');
    const end = start + written.length;
    const mention: DateMention = { start, end, text: written, granularity, relative };
    let resolved = when.date();
    if (ref && when.isCertain('weekday') && !when.isCertain('day') && !EXPLICIT_WEEK.test(written)) {
      resolved = pastWeekday(ref, when.get('weekday') ?? 0);
      if (when.isCertain('hour')) resolved.setUTCHours(when.get('hour') ?? 0, when.get('minute') ?? 0);
    }
    if (anchoredElsewhere)
      mention.offsetDays = Math.round((resolved.getTime() - result.refDate.getTime()) / DAY_MS);
    if (!anchoredElsewhere && (!relative || ref)) mention.value = iso(resolved, granularity);
    dates.push(mention);
  }
  return dates;
}

/** Dates in the given spans of text (sentences, or blocks), resolved against `published`. */
export function findDates(
  text: string,
  spans: readonly { start: number; end: number }[],
  published?: string,
): DateMention[] {
  const dates = chronoDates(text, spans, reference(published));
  const covered = (start: number) => dates.some((d) => d.start <= start && start < d.end);
  for (const block of spans) {
    const slice = text.slice(block.start, block.end);
    for (const match of slice.matchAll(EVENT_DAYS)) {
      const start = block.start + match.index;
      if (covered(start)) continue;
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
      if (covered(start)) continue;
      dates.push({ start, end: start + 4, text: year, value: year, granularity: 'year', relative: false });
    }
  }
  return dates.sort((a, b) => a.start - b.start);
}
