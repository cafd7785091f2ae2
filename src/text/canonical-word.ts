/**
 * One representation for the words that hot functions compare and look up. `text.slice()` gives a
 * two-byte string for a plain ASCII word when the article holds one character beyond Latin-1 (a
 * curly quotation mark), a one-byte string otherwise, and a sliced string for a word of 13 characters
 * or more: V8 optimises a function for the kinds it has seen and throws the code away at each new
 * kind, so a worker recompiled findTriggers some ten times over its first hundred articles. Here each
 * distinct word is kept once, internalised (as a property name is), and one-byte wherever its
 * characters allow: two kinds of string in all, and equal words are the same string.
 */
import { Buffer } from 'node:buffer';

const MAX_WORDS = 100_000;
const words = new Map<string, string>();
const LATIN1 = /^[\0-\xff]*$/;

/** `word` with the same characters, as the one string kept for them. */
export function canonicalWord(word: string): string {
  let found = words.get(word);
  if (found === undefined) {
    const flat = LATIN1.test(word) ? Buffer.from(word, 'latin1').toString('latin1') : word;
    // A property name is internalised; an array index ("2021") is not one, and stays as it is.
    found = (Object.keys({ [flat]: 0 })[0] as string | undefined) ?? flat;
    // Bounded, so that a stream of junk cannot grow it forever.
    if (words.size >= MAX_WORDS) words.clear();
    words.set(found, found);
  }
  return found;
}
