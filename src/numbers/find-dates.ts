/**
 * Dates and times with chrono-node, resolved against the publication date: "on Monday", "last week",
 * "June 28", "in 2019". A relative date gets a value only when the publication date is known, so no
 * date is ever resolved against the day the analysis happened to run.
 */
import * as chrono from 'chrono-node';
import type { DateMention, Granularity } from '../doc/record-schema.js';
import { spanContaining } from '../doc/span-search.js';
import { addWordWindow } from '../text/word-window.js';

/**
 * Words chrono reads as dates that in news prose are nearly always something else: "in the year it was
 * introduced" (read as "in a year"), and a part of the day standing alone ("enjoy the evening"), which
 * names an evening the text is about, not the publication day ("this evening", "Monday evening" stay).
 */
const NOT_DATES =
  /^(?:sun|sat|second|now|today's|a second|the second|in the (?:year|month|week|day)|morning|afternoon|evening|night|24\/7)$/i;
/**
 * A weekday that is part of a name: a named day ("Bloody Sunday", "Good Friday"), a newspaper or
 * programme ("the Sunday Times", "Saturday Night Live", "Monday Night Football"), an accord ("the Good
 * Friday Agreement"). None of them is the last such weekday before publication.
 */
const BARE_WEEKDAY =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(Night|Morning|Evening|Afternoon|night|morning|evening|afternoon))?$/;
const NAMED_DAY_BEFORE = /\b(?:Bloody|Black|Good|Super|Ash|Cyber|Easter|Palm|Holy|Maundy|Shrove)\s+$/;
const TITLE_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Observer|Mail|Star|Agreement|Live|Football|Lights|Raw|Night\s+[A-Z])/;
function partOfName(text: string, start: number, end: number, written: string): boolean {
  const weekday = BARE_WEEKDAY.exec(written);
  if (!weekday) return false;
  // "Saturday Night Live": a capitalised part of the day, then another capitalised word.
  const titled = /^[A-Z]/.test(weekday[1] ?? '') && /^\s+[A-Z]/.test(text.slice(end, end + 3));
  return (
    titled ||
    NAMED_DAY_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ||
    TITLE_AFTER.test(text.slice(end, end + 12))
  );
}
/**
 * A day and month without a year: chrono takes the year that puts it closest to the publication date,
 * so "On Feb. 23, Watson was arrested", published in December, would be next February. News reports
 * the past: a sentence in the past tense with nothing that points ahead moves it back a year.
 */
const POINTS_AHEAD =
  /\b(?:will|shall|would|['’]ll|must(?!\s+have)|needs? to|ha(?:ve|s) to|scheduled|expected|due|set to|plans?|planned|planning|upcoming|next|until|till|deadline|ahead of|begins|starts|opens|runs|takes effect|is to|are to|takes? place|premieres?|debuts?|kicks? off|airs|goes on sale)\b/i;
/** "will be held", "is to be signed": a participle that says nothing of the past. */
const FUTURE_PASSIVE = /\b(?:will|would|shall|to|may|might|can|could)\s+be\s+\w+/gi;
const PAST_TENSE =
  /\b(?:was|were|had|did|\w{3,}ed|said|told|rose|fell|took|won|lost|met|began|came|went|left|made|gave|held|led|became|broke|struck|fought|grew|paid|sent|spent|sold|bought|brought|found|kept|shot|hit|cut|quit)\b/i;
/** A number followed by one of these is a rate or a score, never a time. */
const BEFORE_UNIT = /^\s*(?:%|per\s?cent\b|percent|percentage\b|points?\b|basis points\b)/i;
/** Fractions of a second measure a race, not a date. */
const SPLIT_SECONDS = /\d\.\d+\s*(?:seconds?|secs?)\b/i;
/** "may" and "march" are verbs in lower case; capitalised, they are months only after a date word. */
const MONTH_VERBS = /^(?:may|march)$/i;
const BEFORE_MONTH =
  /\b(?:in|since|by|until|till|of|from|during|before|after|through|early|late|mid|last|next|this|on|since|between|and|to)[\s-]*$/i;
/** Dates counted from another event that chrono does not read. */
const EVENT_DAYS = /\bthe\s+(?:(previous|preceding|following|next)\s+day|day\s+(before|after))\b/gi;
const DAY_MS = 86_400_000;
/** A bare year is a date after these words ("in 2019", "since 2008", "mid-2015"). */
const BEFORE_YEAR = /\b(?:in|since|by|until|till|of|from|during|before|after|through|early|late|mid-)\s*$/i;
const YEAR_DIGITS = /^(?:1[89]|20)\d\d$/;
/** "2019-20", "2019.5": the year is part of something else. */
const YEAR_CONTINUES = /^[-/.,]\d/;

/** chrono marks "last week" or "yesterday" as fully known once resolved; these words say it is relative. */
const RELATIVE_WORDS =
  /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|earlier|later|coming|past|previous)\b/i;

const RELATIVE_TO_EVENT = /\b(?:after|before|later|earlier)$/i;
const EXPLICIT_WEEK = /\b(?:next|coming|this|last|past|previous)\b/i;

/**
 * Ends in a plural unit of time: "the past 45 years", "for two years", "after 24 hours", "after 15
 * minutes", "In the years".
 */
const SPAN_OF_TIME = /\b(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i;
/** "in two years", "within 48 hours": a point (or deadline) that many units from now, which chrono dates. */
const POINT_AHEAD =
  /^(?:in|within)\s+(?:\d+|an?|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s/i;

/**
 * A span of time, not a point in it: chrono dates "the past 45 years" to 45 years before the
 * reference and "for two years" to two years after it.
 */
const isPeriod = (written: string, before: string) =>
  SPAN_OF_TIME.test(written) && (!POINT_AHEAD.test(written) || RANKED_BEFORE.test(before));
/** "the fifth increase in two years", "the highest level in 10 years": a ranking counts within the span. */
const RANKED_BEFORE =
  /\b(?:the|its|their|a|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\w+est|most|least|only)\b[^.,;]{0,30}$/i;

/**
 * A bare weekday in news ("on Monday") is the most recent one on or before the publication day; after a
 * future in its clause ("will increase prices starting Sunday") it is the next one on or after it.
 */
function nearestWeekday(ref: Date, weekday: number, ahead: boolean): Date {
  const days = ahead ? (weekday - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  return new Date(ref.getTime() + days * DAY_MS);
}
const FUTURE_BEFORE =
  /\b(?:will|shall|['’]ll|going to|scheduled|set to|due to|is to|are to|starting|beginning|effective)\b[^,;.!?]{0,60}$/i;
/** "Christmas Eve (Sunday) will feature clouds": the weekday is the subject's, and the verb after it is future. */
const FUTURE_AFTER = /^\)?\s+(?:will|is going to)\b/i;

/** The publication moment read from `published`: its wall-clock time in a Date's UTC fields, and its offset. */
interface Reference {
  /** The publication day and time as written, in the UTC fields (noon when only the day is given). */
  wall: Date;
  /** Minutes east of UTC when `published` states its time zone ("Z", "+02:00"). */
  offset?: number;
}

function iso(date: Date, granularity: Granularity): string {
  const full = date.toISOString();
  if (granularity === 'year') return full.slice(0, 4);
  if (granularity === 'month') return full.slice(0, 7);
  return full.slice(0, 10);
}

/** "+02:00" for 120 minutes, "Z" for 0. */
function zoneDesignator(offset: number): string {
  if (offset === 0) return 'Z';
  const minutes = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A time of day: an instant in UTC when the text names its zone ("3 pm GMT"); else the wall-clock time
 * in the article's zone, which is the publication date's offset when it gives one and is left unwritten
 * (an ISO 8601 local time) when it does not, since "3 pm" in a story is never known to be UTC.
 */
function isoTime(resolved: Date, zoneWritten: boolean, ref: Reference | undefined): string {
  const seconds = resolved.toISOString().slice(0, 19);
  if (zoneWritten) return `${seconds}Z`;
  return ref?.offset === undefined ? seconds : `${seconds}${zoneDesignator(ref.offset)}`;
}

const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The reference for relative dates: the publication day and time as the article's own clock shows them,
 * so "on Monday" and "yesterday" count from the article's calendar day, not from the UTC day (an article
 * published at 23:30 in New York is already the next day in UTC). A bare day is taken at noon.
 */
function reference(published: string | undefined): Reference | undefined {
  if (!published) return undefined;
  const parts = PUBLISHED.exec(published.trim());
  if (!parts) {
    const date = new Date(published);
    return Number.isNaN(date.getTime()) ? undefined : { wall: date };
  }
  const [, day, time, zone] = parts;
  const wall = new Date(`${day}T${time ?? '12:00'}Z`);
  if (Number.isNaN(wall.getTime())) return undefined;
  if (!zone) return { wall };
  if (zone === 'Z') return { wall, offset: 0 };
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return { wall, offset: zone.startsWith('-') ? -minutes : minutes };
}

/**
 * Digits that can make a date or time by themselves: 12/25/2020, 2020-12-25, 25.12.2020, 5:30, 5 p.m.,
 * a year, an ordinal. Other numbers ("10,000 fighters", "436 million") only count near a time word.
 */
const DIGIT_ANCHOR = String.raw`\d{1,4}(?:[/.:-]\d{1,4})+|\b\d{1,2}\s*[ap]\.?m\b|\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b`;

/**
 * Words and digits a date is built round: chrono only ever reads the text near one of them. It reads
 * no further than WINDOW characters either side of an anchor, which covers the longest forms news
 * writes ("on the morning of Wednesday, the twenty-seventh of September": every date word is an anchor,
 * so only the words between them need the margin) at a fraction of the text. A wider margin lets chrono
 * read bare numbers as times ("at 11 percent", "15 to 20 people"). Not anchors: "now", which newsgraph
 * drops alone and chrono reads only with a unit ("three weeks from now"), and decades and centuries,
 * which chrono does not read.
 */
const DATE_ANCHOR = new RegExp(
  String.raw`${DIGIT_ANCHOR}|\b(?:${[
    'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec',
    'january|february|march|april|june|july|august|september|october|november|december',
    'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'weekend|weekday|fortnight|today|tonight|tomorrow|tmr|tmrw|yesterday',
    'morning|afternoon|evening|night|midnight|midday|noon|overmorrow',
    'minutes?|hours?|days?|weeks?|months?|quarters?|years?',
    'min|mins|hr|hrs|qtr|yr|mo|mos',
  ].join('|')})\b`,
  'gi',
);
const WINDOW = 24;

/**
 * chrono is the slowest step of the language layer. It reads, in one call, the windows round the
 * date anchors of each span (a window never crosses a span's edge), joined by a separator that none
 * of its parsers reads and none of its refiners merges across.
 */
const SEPARATOR = '\n|||\n';
/**
 * A hyphen joining two days of months ("March 21-November 21"), which chrono reads as one day of 2021
 * ("21-November 21"); with an en dash of the same length it reads the range.
 */
const HYPHENATED_RANGE =
  /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})-(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/g;
const LEADING_PUNCTUATION = /^[\s,(（]+/;
/** Trailing spaces and commas, and a closing bracket whose opening one is not in the match. */
const TRAILING_PUNCTUATION = /(?:[\s,]|(?<=^[^(（]*)[)）])+$/;

interface Piece {
  /** Where the window starts in the joined text, and in the article. */
  joinedStart: number;
  start: number;
  end: number;
  /** The span (sentence) it was cut from. */
  spanStart: number;
  spanEnd: number;
}

/** A date anchor: where it is in the article. */
interface Anchor {
  index: number;
  text: string;
}

/**
 * The date anchors of each span, found in one pass over the article (what lies between spans is
 * whitespace, so no anchor crosses a span's edge).
 */
function anchorsBySpan(text: string, spans: readonly { start: number; end: number }[]): Anchor[][] {
  const bySpan: Anchor[][] = spans.map(() => []);
  if (spans.length === 0) return bySpan;
  DATE_ANCHOR.lastIndex = spans[0]!.start;
  const last = spans[spans.length - 1]!.end;
  let spanIndex = 0;
  for (let match = DATE_ANCHOR.exec(text); match && match.index < last; match = DATE_ANCHOR.exec(text)) {
    const end = match.index + match[0].length;
    while (spanIndex < spans.length && spans[spanIndex]!.end < end) spanIndex++;
    const span = spans[spanIndex];
    if (span && span.start <= match.index) bySpan[spanIndex]!.push({ index: match.index, text: match[0] });
  }
  return bySpan;
}

/** Windows round a span's anchors, widened to whole words and merged when they touch. */
function anchorWindows(text: string, span: { start: number; end: number }, anchors: readonly Anchor[]) {
  const windows: [number, number][] = [];
  for (const anchor of anchors) {
    const end = anchor.index + anchor.text.length;
    addWordWindow(windows, text, anchor.index - WINDOW, end + WINDOW, span.start, span.end);
  }
  return windows;
}

/**
 * chrono re-slices its input after every match, so its time grows with the square of the text it
 * is given: 1 MB of windows took 3.3 s in one call. Windows are joined in batches of about this many
 * characters, which cost the same per window as one call on a normal article.
 */
const BATCH_CHARS = 8_000;

interface Batch {
  joined: string;
  pieces: Piece[];
}

/** The windows round the date anchors of every span, joined into batches for chrono. */
function joinDateWindows(
  text: string,
  spans: readonly { start: number; end: number }[],
  anchors: readonly Anchor[][],
): Batch[] {
  const batches: Batch[] = [];
  let pieces: Piece[] = [];
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (pieces.length > 0) batches.push({ joined: parts.join(''), pieces });
    pieces = [];
    parts = [];
    length = 0;
  };
  spans.forEach((span, spanIndex) => {
    for (const [start, end] of anchorWindows(text, span, anchors[spanIndex]!)) {
      if (length > BATCH_CHARS) flush();
      if (parts.length > 0) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      pieces.push({ joinedStart: length, start, end, spanStart: span.start, spanEnd: span.end });
      parts.push(text.slice(start, end).replace(HYPHENATED_RANGE, '$1–'));
      length += end - start;
    }
  });
  flush();
  return batches;
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

function chronoDates(
  text: string,
  spans: readonly { start: number; end: number }[],
  anchors: readonly Anchor[][],
  ref?: Reference,
) {
  const dates: DateMention[] = [];
  for (const { joined, pieces } of joinDateWindows(text, spans, anchors))
    for (const result of chrono.parse(joined, ref ? { instant: ref.wall, timezone: 0 } : undefined, {
      forwardDate: false,
    })) {
      const mention = dateMention(text, result, pieces, ref);
      if (mention) dates.push(mention);
    }
  return dates;
}

/** The date chrono found, cut to the article, or undefined when it is not one newsgraph keeps. */
function dateMention(
  text: string,
  result: chrono.ParsedResult,
  pieces: readonly Piece[],
  ref: Reference | undefined,
): DateMention | undefined {
  // chrono's matches may begin or end with the space, comma or bracket around the date.
  const lead = LEADING_PUNCTUATION.exec(result.text)?.[0].length ?? 0;
  const written = result.text.slice(lead).replace(TRAILING_PUNCTUATION, '');
  const piece = pieceAt(pieces, result.index + lead, written.length);
  if (!piece) return undefined;
  const start = piece.start + result.index + lead - piece.joinedStart;
  if (NOT_DATES.test(written) || isPeriod(written, text.slice(Math.max(0, start - 50), start)))
    return undefined;
  if (partOfName(text, start, start + written.length, written)) return undefined;
  // "at 2.43 per cent", "at 4 to 4.5 per cent", "within 0.16 seconds": numbers chrono reads as times.
  const end = start + written.length;
  if (BEFORE_UNIT.test(text.slice(end, end + 16)) || SPLIT_SECONDS.test(written)) return undefined;
  // "$40,000 a year", "$450 a month": digits after a thousands separator or a currency sign are no
  // hour ("000 a" had been midnight, "450 a" 4:50 am).
  if (/(?:\d[,.]|[$€£¥₹])$/u.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  if (
    MONTH_VERBS.test(written) &&
    (written === written.toLowerCase() || !BEFORE_MONTH.test(text.slice(piece.spanStart, start)))
  )
    return undefined;
  const { start: when } = result;
  // "this week", "this evening": chrono leaves the day uncertain, but the phrase names a day or week.
  const dayOrWeek = /\b(?:week(?:end)?|morning|afternoon|evening|night)\b/i.test(written);
  const granularity: Granularity = when.isCertain('hour')
    ? 'time'
    : when.isCertain('day') || when.isCertain('weekday') || dayOrWeek
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
  const mention: DateMention = { start, end, text: text.slice(start, end), granularity, relative };
  let resolved = when.date();
  const yearUnwritten =
    ref &&
    (granularity === 'day' || granularity === 'month') &&
    when.isCertain('month') &&
    !when.isCertain('year');
  if (yearUnwritten) {
    const sentence = text.slice(piece.spanStart, piece.spanEnd);
    const after = iso(resolved, granularity) > iso(ref.wall, granularity);
    const before = iso(resolved, granularity) < iso(ref.wall, granularity);
    // Past tense looks back; a schedule in the present or future ("premieres … on Aug. 31", published
    // in February) looks ahead, though chrono took the nearer date behind.
    if (after && PAST_TENSE.test(sentence) && !POINTS_AHEAD.test(sentence))
      resolved.setUTCFullYear(resolved.getUTCFullYear() - 1);
    else if (before && POINTS_AHEAD.test(sentence) && !PAST_TENSE.test(sentence.replace(FUTURE_PASSIVE, '')))
      resolved.setUTCFullYear(resolved.getUTCFullYear() + 1);
  }
  if (ref && when.isCertain('weekday') && !when.isCertain('day') && !EXPLICIT_WEEK.test(written)) {
    const ahead =
      FUTURE_BEFORE.test(text.slice(Math.max(piece.spanStart, start - 80), start)) ||
      FUTURE_AFTER.test(text.slice(end, end + 20));
    resolved = nearestWeekday(ref.wall, when.get('weekday') ?? 0, ahead);
    if (when.isCertain('hour')) {
      const zone = when.isCertain('timezoneOffset') ? (when.get('timezoneOffset') ?? 0) : 0;
      resolved.setUTCHours(when.get('hour') ?? 0, (when.get('minute') ?? 0) - zone);
    }
  }
  if (anchoredElsewhere)
    mention.offsetDays = Math.round((resolved.getTime() - result.refDate.getTime()) / DAY_MS);
  if (!anchoredElsewhere && (!relative || ref))
    mention.value =
      granularity === 'time'
        ? isoTime(resolved, when.isCertain('timezoneOffset'), ref)
        : iso(resolved, granularity);
  return mention;
}

/** "the day before", "the next day" round the anchor "day" at `at`, inside the span. */
function eventDay(text: string, span: { start: number; end: number }, at: number) {
  const from = Math.max(span.start, at - 24);
  const window = text.slice(from, Math.min(span.end, at + 12));
  for (const match of window.matchAll(EVENT_DAYS)) {
    const start = from + match.index;
    if (start <= at && at < start + match[0].length) return { start, written: match[0] };
  }
  return undefined;
}

/** Dates in the given spans of text (sentences, or blocks), resolved against `published`. */
export function findDates(
  text: string,
  spans: readonly { start: number; end: number }[],
  published?: string,
): DateMention[] {
  const anchors = anchorsBySpan(text, spans);
  const dates = chronoDates(text, spans, anchors, reference(published));
  // chrono's dates come sorted and apart; the ones added below cover only their own anchor.
  const chronoFound = dates.slice();
  const covered = (at: number) => spanContaining(chronoFound, at) !== undefined;
  spans.forEach((span, spanIndex) => {
    for (const anchor of anchors[spanIndex]!) {
      if (anchor.text.toLowerCase() === 'day') {
        const found = eventDay(text, span, anchor.index);
        if (!found || covered(found.start)) continue;
        const backwards = /previous|preceding|before/i.test(found.written);
        dates.push({
          start: found.start,
          end: found.start + found.written.length,
          text: found.written,
          granularity: 'day',
          relative: true,
          offsetDays: backwards ? -1 : 1,
        });
      } else if (YEAR_DIGITS.test(anchor.text)) {
        const start = anchor.index;
        if (covered(start) || YEAR_CONTINUES.test(text.slice(start + 4, Math.min(span.end, start + 6))))
          continue;
        if (!BEFORE_YEAR.test(text.slice(Math.max(span.start, start - 24), start))) continue;
        dates.push({
          start,
          end: start + 4,
          text: anchor.text,
          value: anchor.text,
          granularity: 'year',
          relative: false,
        });
      }
    }
  });
  return dates.sort((a, b) => a.start - b.start);
}
