/**
 * Amounts and counts: money ("US $ 436 million" → 436000000 USD), percentages, measures, and counted
 * things ("some 10,000 IS fighters"), with their qualifier (about → approximately, at least / more than →
 * at-least, up to / nearly → at-most) and the counted object that follows the number.
 */
import type { Token } from '../doc/doc.js';
import type { Amount, Qualifier, TextSpan } from '../doc/record-schema.js';
import { firstStartingAt } from '../doc/span-search.js';
import { alternation } from '../resources/regex-alternation.js';
import { wordSet } from '../resources/word-set.js';
import { addWordWindow } from '../text/word-window.js';
import { findCount } from './find-counts.js';
import { type NumberLexicon, numberLexicon, parseNumber } from './number-words.js';

let amountPattern: RegExp | undefined;

function pattern(): RegExp {
  if (amountPattern) return amountPattern;
  const lex = numberLexicon();
  const smallWords = Object.keys(lex.numberWords).filter((w) => w !== 'a' && w !== 'an' && w !== 'half');
  const scaleWords = Object.keys(lex.scales).filter(
    (w) => w.length > 1 || w === 'm' || w === 'k' || w === 'b',
  );
  const digits = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
  const word = `(?:${alternation(smallWords)})(?:-(?:${alternation(smallWords)}))?`;
  const scale = `(?:${alternation(scaleWords)})`;
  const half = String.raw`and\s+an?\s+half`;
  // A number: digits or number words, optionally followed by scale words ("436 million", "a dozen",
  // "one and a half million", "half a million"), or a vague plural ("hundreds of", "tens of thousands").
  const number = [
    `(?<vague>${alternation(Object.keys(lex.vagueNumbers))})(?=\\s+(?:of\\s)?\\p{L})`,
    `(?:${digits})(?:\\s*${scale}\\b)*`,
    `half\\s+an?\\s+${scale}\\b`,
    `(?:an?\\s+)?(?:${word})(?:\\s+(?:and\\s+)?(?:${word}|${scale}|${half}))*\\b`,
    String.raw`an?\s+(?:dozen|hundred|thousand|million|billion)\b`,
  ].join('|');
  const qualifiers = `(?:${alternation(Object.keys(lex.qualifiers))})`;
  const prefixes = alternation([...Object.keys(lex.currencyPrefixes), ...lex.isoCurrencies]);
  const suffixes = alternation([
    ...Object.keys(lex.currencySuffixes),
    ...Object.keys(lex.units),
    ...lex.isoCurrencies,
  ]);
  amountPattern = new RegExp(
    `(?<![\\p{L}\\p{N}$€£¥₹.,-])(?:(?<qualifier>${qualifiers})\\s+)?(?<prefix>${prefixes})?\\s?(?<number>${number})(?:\\s*(?<percent>%|per\\s?cent\\b|percent\\b|percentage points?\\b)|\\s*(?:of\\s+)?(?<suffix>${suffixes})(?![\\p{L}\\p{N}]))?`,
    'giud',
  );
  return amountPattern;
}

const lookup = (table: Record<string, string>, key: string | undefined) => {
  if (!key) return undefined;
  const squeezed = key.replace(/\s+/g, ' ');
  return table[squeezed] ?? table[squeezed.toLowerCase()] ?? table[squeezed.replace(/\s/g, '')];
};

/** A named street after a house number: "1450 Broadway", "22 Baker Street", "350 Fifth Avenue". */
const STREET =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court|Terrace|Highway|Parkway|Broadway)$/u;

/** A counted "object" that makes the number a time of day. */
/** "Feb. 23 press release", "the 16 March vote": a day of the month, which the dates stage reads. */
const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTHS}\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+${MONTHS}(?!\w)`);
const LABEL_BEFORE =
  /\b(?:type|category|phase|stage|level|grade|class|tier|step|article|section|chapter|version|round|covid|no\.|number|model|gen)[\s-]*$/i;
const CLOCK = /^(?:[ap]\.?m\b|o'clock|GMT|UTC)/i;

const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/i;
const POSSESSIVE_MARK = /^['’]s?$/;

/** The words counted: adjectives and nouns right after the number ("IS fighters", "pro-Iran militiamen"). */
function countedObject(text: string, tokens: readonly Token[], after: number): TextSpan | undefined {
  let i = firstStartingAt(tokens, after);
  if (i >= tokens.length || (tokens[i]?.start ?? 0) - after > 2) return undefined;
  // Nor does it start on the next line ("Dead at 46\n\nNashawn Breedlove").
  if (text.slice(after, tokens[i]?.start).includes('\n')) return undefined;
  // "hundreds of protesters", "thousands of displaced people": the object follows "of".
  const of = tokens[i];
  if (of && text.slice(of.start, of.end).toLowerCase() === 'of') {
    i++;
    // "one of the premieres", "one of his films", "one of BCoop's movie premieres": what owns or picks
    // out the object is not counted.
    const wordAt = (k: number) => text.slice(tokens[k]?.start ?? 0, tokens[k]?.end ?? 0);
    for (;;) {
      if (tokens[i]?.pos === 'DET' || POSSESSIVE_PRONOUN.test(wordAt(i))) i++;
      else if (POSSESSIVE_MARK.test(wordAt(i + 1)) && tokens[i]?.pos === 'PROPN') i += 2;
      else break;
    }
  }
  const first = i;
  let lastNoun = -1;
  while (i < tokens.length && i - first < 5) {
    const token = tokens[i];
    if (!token) break;
    // The object does not run over a line break ("5 PM\n\nEXCITABLE").
    if (i > first && text.slice(tokens[i - 1]!.end, token.start).includes('\n')) break;
    const word = text.slice(token.start, token.end);
    // wink reads an acronym such as "IS" as the verb "is"; capitals say it is a name.
    const pos = /^\p{Lu}{2,}$/u.test(word) ? 'PROPN' : token.pos;
    if (!['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(pos)) break;
    if (pos === 'VERB' && !/(?:ed|ing)$/.test(word)) break;
    // A participle after a noun starts a clause ("soldiers killed"), it is not part of the object.
    if (pos === 'VERB' && lastNoun >= 0) break;
    if (pos === 'NOUN' || pos === 'PROPN') lastNoun = i;
    i++;
  }
  if (lastNoun < 0) return undefined;
  const start = tokens[first]?.start ?? after;
  const end = tokens[lastNoun]?.end ?? after;
  return { start, end, text: text.slice(start, end) };
}

/** An ISO 4217 code is a currency only in capitals ("TRY 5" is, "try 5" is not). */
function validCode(lex: NumberLexicon, written: string | undefined): boolean {
  if (!written) return true;
  const code = written.trim();
  return !lex.isoCurrencies.includes(code.toUpperCase()) || code === code.toUpperCase();
}

let numberWords: Set<string> | undefined;
/** The longest number or scale word ("seventeen", "thousands"). */
const LONGEST_NUMBER_WORD = 9;

/** Whether text[start, end) can be (part of) a number: it has a digit, or is a number or scale word. */
function numberLike(text: string, start: number, end: number): boolean {
  let wordEnd = end;
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    // "twenty-five": the word before the hyphen.
    if (code === 45 && i > start) wordEnd = i;
  }
  if (!numberWords) {
    const lex = numberLexicon();
    numberWords = new Set([...Object.keys(lex.numberWords), ...Object.keys(lex.scales)]);
    numberWords.delete('a');
    numberWords.delete('an');
  }
  return wordEnd - start <= LONGEST_NUMBER_WORD && numberWords.has(text.slice(start, wordEnd).toLowerCase());
}

/** How far before a number its qualifier and currency may start ("some estimated US $ 4"), and how far
 * after it its unit or currency may end ("per cent", "square kilometres"). */
const BEFORE_NUMBER = 64;
const AFTER_NUMBER = 48;

/**
 * The stretches of text where an amount can be: round the tokens that look like numbers. The amount
 * pattern is costly to try at every character; most of an article holds no number at all.
 */
function numberWindows(text: string, tokens: readonly Token[]): [number, number][] {
  const windows: [number, number][] = [];
  for (const token of tokens) {
    if (!numberLike(text, token.start, token.end)) continue;
    addWordWindow(windows, text, token.start - BEFORE_NUMBER, token.end + AFTER_NUMBER, 0, text.length);
  }
  return windows;
}

function* amountMatches(text: string, tokens: readonly Token[]) {
  const amount = pattern();
  for (const [from, to] of numberWindows(text, tokens)) {
    const window = text.slice(from, to);
    amount.lastIndex = 0;
    for (let match = amount.exec(window); match; match = amount.exec(window)) {
      yield { match, offset: from };
    }
  }
}

/** "one in four", "more than four in 10": a number, "in", then the number at hand. */
const RATIO_BEFORE =
  /(?:\b(more than|fewer than|less than|nearly|almost|about|around|roughly|over|under|at least)\s+)?\b([a-z]+|\d+)\s+in\s+$/i;

function ratioBefore(text: string, start: number, whole: number) {
  const match = RATIO_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!match?.[2]) return undefined;
  const part = parseNumber(match[2]);
  if (part === undefined || !Number.isInteger(part) || part <= 0 || whole <= 0 || part > whole)
    return undefined;
  return {
    start: start - match[0].length,
    percent: Math.round((part / whole) * 1000) / 10,
    qualifier: match[1]?.toLowerCase().replace(/\s+/g, ' '),
  };
}

export function findAmounts(text: string, tokens: readonly Token[]): Amount[] {
  const lex = numberLexicon();
  const amounts: Amount[] = [];
  for (const { match, offset } of amountMatches(text, tokens)) {
    const index = match.index + offset;
    const groups = match.groups ?? {};
    const indices = match.indices?.groups ?? {};
    const numberText = groups.number ?? '';
    const value = parseNumber(numberText);
    if (value === undefined) continue;
    const prefix = validCode(lex, groups.prefix) ? groups.prefix : undefined;
    const suffix = validCode(lex, groups.suffix) ? groups.suffix : undefined;
    const isoCode = (code: string | undefined) =>
      code && lex.isoCurrencies.includes(code.trim()) ? code.trim() : undefined;
    const currency =
      lookup(lex.currencyPrefixes, prefix) ??
      isoCode(prefix) ??
      lookup(lex.currencySuffixes, suffix) ??
      isoCode(suffix);
    const percentUnit = /point/i.test(groups.percent ?? '') ? 'percentage-point' : 'percent';
    const unit = groups.percent ? percentUnit : currency ? undefined : lookup(lex.units, suffix);
    // "8 Mile", "Seven Seconds": a unit spelled with a capital is part of a title or a name.
    if (unit && !groups.percent && /^\p{Lu}\p{Ll}+$/u.test(suffix ?? '')) continue;
    const at = (group: [number, number] | undefined, side: 0 | 1) =>
      group === undefined ? undefined : group[side] + offset;
    const start = at(indices.qualifier, 0) ?? (prefix ? index : (at(indices.number, 0) ?? index));
    const numberEnd = at(indices.number, 1) ?? index + match[0].length;
    const end = currency || unit ? index + match[0].trimEnd().length : numberEnd;
    let object = currency || unit ? undefined : countedObject(text, tokens, end);
    // "iPhone 11 Credit", "5 G support", "the 12 line": more than one of a singular noun is a model
    // number or a label, not a count.
    if (object && value !== 1 && !SCALED.test(numberText) && singularHead(object.text)) object = undefined;
    const count = currency || unit ? undefined : findCount(text, tokens, start, object?.end ?? end, object);
    const isYear = /^(?:1[6-9]|20)\d\d$/.test(numberText) && !groups.qualifier;
    // "9:30 PM", "5 p.m.": the hour or the minutes of a time, which the dates stage reads.
    const isTime = text[start - 1] === ':' || CLOCK.test(object?.text ?? '');
    const dayOfMonth =
      !currency &&
      !unit &&
      !groups.qualifier &&
      /^(?:[1-9]|[12]\d|3[01])$/.test(numberText) &&
      (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
        MONTH_AFTER.test(text.slice(numberEnd, numberEnd + 12)));
    // "its 90s roots", "the 1980s": a decade.
    const isDecade = /^['’]?s\b/.test(text.slice(numberEnd, numberEnd + 3)) && /0$/.test(numberText);
    // "the Five Factor Personality Test": a capitalised number word inside a sentence, before a capitalised
    // word, is part of a name.
    const inName =
      /^\p{Lu}\p{Ll}+$/u.test(numberText) &&
      /[\p{L},]\s*$/u.test(text.slice(Math.max(0, start - 3), start)) &&
      /^\p{Lu}/u.test(object?.text ?? '');
    // "type 2 diabetes", "a Category 5 hurricane", "Phase 3 trials": a number naming a grade or a kind.
    const isLabel =
      !currency &&
      !unit &&
      !groups.qualifier &&
      LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    // A house number counts nothing.
    const isAddress = !groups.qualifier && STREET.test(object?.text ?? '');
    // A bare number with nothing counted, no currency and no unit says little; years are dates.
    if (
      isYear ||
      isTime ||
      dayOfMonth ||
      isDecade ||
      inName ||
      isLabel ||
      isAddress ||
      (!currency && !unit && !object && !count)
    )
      continue;
    const qualifierWord = groups.qualifier?.toLowerCase().replace(/\s+/g, ' ');
    const vague: Qualifier | undefined = groups.vague ? 'at-least' : undefined;
    const qualifier: Qualifier = (qualifierWord && lex.qualifiers[qualifierWord]) || vague || 'exactly';
    const ratio = !currency && !unit ? ratioBefore(text, start, value) : undefined;
    if (ratio) {
      // "more than four in 10 Americans": a share, in percent, of what the second number counts.
      const share: Amount = {
        start: ratio.start,
        end,
        text: text.slice(ratio.start, end),
        value: ratio.percent,
        unit: 'percent',
        qualifier: (ratio.qualifier && lex.qualifiers[ratio.qualifier]) || 'exactly',
      };
      if (object) share.object = object;
      amounts.push(share);
      continue;
    }
    const amount: Amount = { start, end, text: text.slice(start, end), value, qualifier };
    if (currency) amount.currency = currency;
    if (unit) amount.unit = unit;
    if (object) amount.object = object;
    if (count) amount.count = count;
    amounts.push(amount);
  }
  return withSharedScales(text, amounts);
}

/** Nouns whose plural has no "s" (or that are plural already). */
const PLURALS_WITHOUT_S = wordSet(
  'people police staff personnel crew cattle sheep fish deer aircraft offspring livestock infantry media data militia youth clergy poultry swine children feet teeth geese mice alumni criteria phenomena bacteria',
);

function singularHead(object: string): boolean {
  const head = object.split(/\s+/).pop() ?? '';
  return /^\p{L}+$/u.test(head) && !/(?:s|men)$/i.test(head) && !PLURALS_WITHOUT_S.has(head.toLowerCase());
}

/** "$30 to $40 million", "2 or 3 billion euros": the first bound of a range takes the second's scale. */
const RANGE_JOINER = /^\s*(?:to|-|–|—|and|or)\s*$/;
const SCALED = /(?:\d|\s)(million|billion|trillion|thousand|mn|bn|m|b|k|tn)\b/i;

function withSharedScales(text: string, amounts: Amount[]): Amount[] {
  const { scales } = numberLexicon();
  for (let i = 0; i + 1 < amounts.length; i++) {
    const low = amounts[i]!;
    const high = amounts[i + 1]!;
    if (low.currency !== high.currency || low.unit !== high.unit) continue;
    if (!RANGE_JOINER.test(text.slice(low.end, high.start)) || SCALED.test(low.text)) continue;
    const scale = SCALED.exec(high.text)?.[1]?.toLowerCase();
    const factor = scale ? scales[scale] : undefined;
    if (factor && low.value * factor <= high.value) low.value *= factor;
  }
  return amounts;
}
