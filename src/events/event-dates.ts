/**
 * The date of an event: a dated expression in its sentence, else the story's current date (the last
 * date mentioned before it), else the publication date. Dates counted from another event move it:
 * in "a day after the United States launched airstrikes" the strikes are a day before the story's date;
 * in "two weeks later, the army withdrew" the withdrawal is two weeks after it.
 */
import type { DateMention, Span } from '../doc/record-schema.js';
import { firstStartingAt, spansWithin } from '../doc/span-search.js';

const DAY_MS = 86_400_000;
/** "a day after X", "two days before X": the event in X is the one moved, backwards from the anchor. */
const CONJUNCTION = /\b(?:after|before)$/i;
/** "a contract that runs through 2036", "independent until 1992": the bound of a stretch of time, not when something happened. */
const BOUND_BEFORE = /\b(?:through|thru|until|till|since)\s+$/i;

function shiftDay(iso: string, days: number): string | undefined {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime()) || iso.length < 10) return undefined;
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date of each event of one article. The story's current date before each dated expression is
 * worked out once, so an article with thousands of dates and no publication date stays linear.
 */
export function eventDating(
  text: string,
  dates: readonly DateMention[],
  published?: string,
): (trigger: Span, sentence: Span) => string | undefined {
  // dayBefore[i]: the last date among dates[0..i-1] resolved to a day, else the publication day.
  const dayBefore: (string | undefined)[] = [published?.slice(0, 10)];
  dates.forEach((date, i) => {
    const day = date.value && (date.granularity === 'day' || date.granularity === 'time');
    dayBefore.push(day ? date.value!.slice(0, 10) : dayBefore[i]);
  });
  /** The last date resolved to a day before `offset`, else the publication day. */
  const storyDate = (offset: number) => dayBefore[firstStartingAt(dates, offset)];
  return (trigger, sentence) => {
    const here = spansWithin(dates, sentence.start, sentence.end);
    const nearest = here
      .filter(
        (d) =>
          (d.value || d.offsetDays !== undefined) &&
          !BOUND_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)),
      )
      .sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start))[0];
    if (nearest?.value) return nearest.value;
    if (nearest?.offsetDays !== undefined) {
      const anchor = storyDate(nearest.start);
      if (!anchor) return undefined;
      if (CONJUNCTION.test(nearest.text)) {
        // The main clause keeps the anchor date; the clause after "after"/"before" moves.
        return trigger.start > nearest.start ? shiftDay(anchor, -nearest.offsetDays) : anchor;
      }
      return shiftDay(anchor, nearest.offsetDays);
    }
    return storyDate(trigger.start);
  };
}
