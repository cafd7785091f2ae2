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
  const words = phrase
    .toLowerCase()
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
