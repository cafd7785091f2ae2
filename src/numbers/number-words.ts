/** Number words, scales, currencies, units and qualifiers (data/numbers.json), compiled once. */
import type { Qualifier } from '../doc/record-schema.js';
import { readDataFile } from '../resources/read-data-file.js';

export interface NumberLexicon {
  numberWords: Record<string, number>;
  scales: Record<string, number>;
  currencyPrefixes: Record<string, string>;
  currencySuffixes: Record<string, string>;
  units: Record<string, string>;
  qualifiers: Record<string, Qualifier>;
  /** ISO 4217 codes, read as currencies when written in capitals before or after a number. */
  isoCurrencies: string[];
  /** "hundreds of", "tens of thousands of": a lower bound, not an exact value. */
  vagueNumbers: Record<string, number>;
  counts: Record<string, CountCues | string>;
}

/** Words that make a number a GDELT-style count of one kind (killed, arrested, displaced…). */
export interface CountCues {
  after: string[];
  before: string[];
  nouns: string[];
}

export function numberLexicon(): NumberLexicon {
  return readDataFile<NumberLexicon>('numbers.json');
}

/**
 * The value of a number in digits or words: "10,000", "3.5", "436 million", "a dozen",
 * "twenty-five", "two hundred thousand", "1.2bn". Returns undefined for what is not a number.
 */
export function parseNumber(phrase: string): number | undefined {
  const { numberWords, scales } = numberLexicon();
  const { vagueNumbers } = numberLexicon();
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (vagueNumbers[lower] !== undefined) return vagueNumbers[lower];
  const words = lower
    // "one and a half million" is 1.5 million; "half a million" is 0.5 million.
    .replace(/\band an? half\b/g, 'half')
    .replace(/\bhalf an?\b/g, 'half')
    .replace(/(\d)\s*(bn|mn|m|k|tn|b)\b/g, '$1 $2')
    .split(/[\s-]+/)
    .filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word)
      ? Number(word.replace(/,/g, ''))
      : undefined;
    const small = numberWords[word];
    const scale = scales[word];
    if (digits !== undefined) {
      current += digits;
      seen = true;
    } else if (small !== undefined) {
      current += small;
      seen = true;
    } else if (scale !== undefined) {
      if (scale < 1000) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}
