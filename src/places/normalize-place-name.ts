/**
 * The lookup key of a place name: case, diacritics, punctuation and the usual abbreviations
 * ("St." / "Saint", "Ft." / "Fort", "Mt." / "Mount") folded, so "St. Louis" and "Saint Louis" meet.
 */
import { foldToAscii } from '../text/fold-to-ascii.js';

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  ft: 'fort',
  mt: 'mount',
};

export function normalizePlaceName(name: string): string {
  // Fast path for the common case (plain ASCII words, no abbreviation, no article): just lowercase.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name) && !/^(?:the |the$)|\b(?:st|ste|ft|mt)\b/i.test(name)) {
    return name.toLowerCase();
  }
  const words = foldToAscii(name)
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  const out: string[] = [];
  for (const word of words) {
    if (word === '') continue;
    if (out.length === 0 && word === 'the' && words.length > 1) continue;
    out.push(ABBREVIATIONS[word] ?? word);
  }
  return out.join(' ');
}
