/**
 * GDELT-style counts: a number becomes a count of people killed, wounded, arrested, detained,
 * displaced, kidnapped, evacuated, protesting or missing when a cue word says so. The cues live in
 * data/numbers.json (`counts`), in three places relative to the number:
 *   after   "eight people were killed", "10,000 IS fighters who remain imprisoned"
 *   before  "killing at least eight people", "police arrested 30 demonstrators"
 *   nouns   "1,200 refugees", "hundreds of protesters" (the counted object says it by itself)
 */
import type { Token } from '../doc/doc.js';
import type { Count, CountKind, TextSpan } from '../doc/record-schema.js';
import { firstStartingAt } from '../doc/span-search.js';
import { wordSet } from '../resources/word-set.js';
import { type CountCues, numberLexicon } from './number-words.js';

/** Words that may stand between the counted people and the cue: "were", "have been", "who remain". */
const LINKING = wordSet(
  'were was are is have has had been being be remain remained still reportedly allegedly also later who that all now currently',
);

const NOUN_PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

let cueTable: [CountKind, CountCues][] | undefined;

function cues(): [CountKind, CountCues][] {
  cueTable ??= Object.entries(numberLexicon().counts).filter(
    (entry): entry is [CountKind, CountCues] => typeof entry[1] !== 'string',
  );
  return cueTable;
}

const isWordBoundary = (text: string, at: number) =>
  at >= text.length || !/[\p{L}\p{N}]/u.test(text[at] ?? '');

/** The cue phrase starting exactly at `at`, longest match across kinds. */
function phraseAt(text: string, at: number, pick: (c: CountCues) => string[]): Count | undefined {
  const ahead = text.slice(at, at + 40).toLowerCase();
  let best: Count | undefined;
  for (const [kind, table] of cues()) {
    for (const phrase of pick(table)) {
      if (!ahead.startsWith(phrase) || !isWordBoundary(text, at + phrase.length)) continue;
      if (best && best.cue.text.length >= phrase.length) continue;
      best = { kind, cue: { start: at, end: at + phrase.length, text: text.slice(at, at + phrase.length) } };
    }
  }
  return best;
}

/** The cue phrase ending right before `at` (one space between), longest match across kinds. */
function phraseBefore(text: string, at: number): Count | undefined {
  const behind = text
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .trimEnd();
  const end = at - (text.slice(0, at).length - text.slice(0, at).trimEnd().length);
  let best: Count | undefined;
  for (const [kind, table] of cues()) {
    for (const phrase of table.before) {
      if (!behind.endsWith(phrase)) continue;
      const start = end - phrase.length;
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
      if (best && best.cue.text.length >= phrase.length) continue;
      best = { kind, cue: { start, end, text: text.slice(start, end) } };
    }
  }
  return best;
}

/** The counted object's head says the kind: "refugees", "protesters", "the dead". */
function nounCue(object: TextSpan): Count | undefined {
  const lower = object.text.toLowerCase();
  for (const [kind, table] of cues()) {
    for (const noun of table.nouns) {
      if (!lower.endsWith(noun)) continue;
      const start = object.end - noun.length;
      if (start > object.start && /[\p{L}\p{N}]/u.test(object.text[start - object.start - 1] ?? '')) continue;
      return { kind, cue: { start, end: object.end, text: object.text.slice(start - object.start) } };
    }
  }
  return undefined;
}

/**
 * The count kind of the number spanning [start, end) (end after its counted object, if any), with the
 * cue that says it; undefined when nothing says the number counts people something happened to.
 */
export function findCount(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  object: TextSpan | undefined,
): Count | undefined {
  let i = firstStartingAt(tokens, end);
  // "Four children and a man were killed": the cue comes after the coordinated noun phrase.
  const and = tokens[i];
  if (and && /^(?:and|or)$/i.test(text.slice(and.start, and.end))) {
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && NOUN_PHRASE.has(tokens[j]?.pos ?? '')) j++;
    if (j > i + 1 && NOUN_PHRASE.has(tokens[j - 1]?.pos ?? '')) i = j;
  }
  for (let skipped = 0; skipped <= 3 && i < tokens.length; skipped++, i++) {
    const token = tokens[i];
    if (!token || token.start - end > 40) break;
    const found = phraseAt(text, token.start, (c) => c.after);
    if (found) return found;
    if (!LINKING.has(text.slice(token.start, token.end).toLowerCase())) break;
  }
  return phraseBefore(text, start) ?? (object ? nounCue(object) : undefined);
}
