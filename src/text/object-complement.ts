/**
 * "called Trump a liar", "called the move unacceptable", "called it “a disaster”": a verb's object
 * followed by its complement, which makes "call" a naming (a comment) rather than a telephone call
 * ("called the city asking for help", "called her mother on Sunday").
 */
import type { Token } from '../doc/doc.js';
import { isQuoteGlyph } from './quote-glyph.js';

const POSSESSIVES = /^(?:my|your|his|her|its|our|their)$/i;
const POSSESSIVE_MARK = /^['’]s$/i;
const NOUNS = new Set(['NOUN', 'PROPN']);
const COMPLEMENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** How far a quoted complement may sit after the object's first word: "called Mr. Obama's remarks on Saturday “a true wake-up call”". */
const QUOTED_COMPLEMENT_REACH = 8;
/** How far a noun-phrase complement may sit after the object's first word. */
const LONG_OBJECT_REACH = 20;
/** Words that end the object: a clause or purpose follows ("called the hearing because …", "called him to ask"). */
const ENDS_OBJECT = /^(?:[,;:.!?]|but|or|because|after|before|when|while|to|that|who|which)$/i;

/** Whether the object starting at token `at` has a complement after it. */
export function hasObjectComplement(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  const pos = (k: number) => tokens[k]?.pos ?? '';
  const word = (k: number) => words[k] ?? '';
  // A lower-case verb ends the object ("called the city asking"); "Miss" is often tagged a verb.
  const isVerb = (k: number) => (pos(k) === 'VERB' || pos(k) === 'AUX') && !/^\p{Lu}/u.test(word(k));
  // A quoted word soon after, before the clause ends: "called a former Miss Universe “disgusting”".
  for (let k = at + 1; k < Math.min(words.length, at + QUOTED_COMPLEMENT_REACH); k++) {
    if (isQuoteGlyph(word(k))) return true;
    if (ENDS_OBJECT.test(word(k)) || word(k) === 'and' || isVerb(k)) break;
  }
  // "called her vote in favor of the Iraq War a mistake": a long object, then "a"/"an" after its noun.
  for (let k = at + 1; k < Math.min(words.length, at + LONG_OBJECT_REACH); k++) {
    if (/^an?$/i.test(word(k)) && NOUNS.has(pos(k - 1))) return true;
    if (ENDS_OBJECT.test(word(k)) || isVerb(k)) break;
  }
  let k = at;
  if (pos(k) === 'PRON' && !POSSESSIVES.test(word(k))) k++;
  else {
    if (pos(k) === 'DET' || pos(k) === 'PRON') k++;
    // The object's words ("Wells Fargo's behavior"), up to an adjective after its noun, which begins
    // the complement ("the move unacceptable").
    const inObject = (j: number) =>
      ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(pos(j)) ||
      POSSESSIVE_MARK.test(word(j)) ||
      /^\p{Lu}/u.test(word(j));
    while (inObject(k) && !(pos(k) === 'ADJ' && NOUNS.has(pos(k - 1)))) k++;
  }
  if (k === at) return false;
  if (pos(k) === 'ADV') k++;
  // "wouldn't call it reform.": a last word tagged as a verb is still the complement.
  const lastWord = pos(k) === 'VERB' && !/(?:ing|ed)$/i.test(word(k)) && /^[,;.!?]$/.test(word(k + 1));
  return COMPLEMENT_POS.has(pos(k)) || lastWord;
}
