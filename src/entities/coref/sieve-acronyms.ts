/**
 * A phrase and the acronym in brackets right after it: "radiative transfer equation (RTE)", "the
 * electronically scanned thinned array (ESTAR)", "wind and salinity experiments (WISE)". The name sieve reads
 * acronyms of capitalised names; a common-noun phrase defined with its acronym is joined here, when the
 * acronym's capitals are the initials of the phrase's words, a word giving up to its first three letters
 * ("ESTAR", "WISE"); determiners and short function words may be skipped, hyphenated words give one initial
 * per part ("small-slope approximation (SSA)").
 */
import { longestStartingAt, type SieveContext } from './sieve-context.js';

const FUNCTION_WORD = /^(?:the|a|an|of|and|for|in|on|to|at|by|with|from|or)$/i;

/** Whether `acronym`'s capitals spell the initials of `phrase`'s words, function words optional. */
export function spellsInitials(acronym: string, phrase: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  const words = phrase
    .split(/[\s/-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 0);
  // Match letters to word initials left to right; a function word may be skipped, a content word may not.
  const match = (l: number, w: number): boolean => {
    if (l === letters.length) return words.slice(w).every((x) => FUNCTION_WORD.test(x));
    if (w === words.length) return false;
    const word = words[w]!.toLowerCase();
    // A word gives its initial, or its first two or three letters ("ESTAR": electronically scanned thinned array).
    for (let k = 1; k <= Math.min(3, word.length); k++)
      if (letters.startsWith(word.slice(0, k), l) && match(l + k, w + 1)) return true;
    return FUNCTION_WORD.test(word) && match(l, w + 1);
  };
  return match(0, 0);
}

export function acronymSieve(context: SieveContext): void {
  const { text, mentions, clusters } = context;
  const startingAt = longestStartingAt(mentions);
  mentions.forEach((m, i) => {
    if (m.kind === 'pronoun' || m.semantic === 'clause') return;
    const gap = /^[ \t]*\([ \t]*/.exec(text.slice(m.end, m.end + 4))?.[0];
    if (!gap) return;
    const j = startingAt.get(m.end + gap.length);
    if (j === undefined) return;
    const acronym = text.slice(mentions[j]!.start, mentions[j]!.end);
    if (!/^[ \t]*\)/.test(text.slice(mentions[j]!.end, mentions[j]!.end + 3))) return;
    if (!/^\p{Lu}[\p{L}/&-]*$/u.test(acronym) || acronym.replace(/[^\p{Lu}]/gu, '').length < 2) return;
    if (spellsInitials(acronym, text.slice(m.start, m.end))) clusters.union(i, j);
  });
}
