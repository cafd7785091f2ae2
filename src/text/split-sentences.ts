/**
 * Sentence boundaries from tokens, within each block: a sentence ends at a full stop, question or
 * exclamation mark (and the closing quotation marks or brackets right after it) when the next token
 * starts a sentence: a capital, a digit, a currency sign ("$5 million was"), an opening mark or a
 * bullet. A word with a full stop of its own ("U.S.", "p.m.", "etc.") ends a sentence before a capital
 * too, unless it is an initial ("J.") or an abbreviation that stands before a name ("Mr.", "Gen.",
 * "St.", "Jan."); before a number ("No. 5") no abbreviation ends a sentence.
 *
 * It replaces wink-nlp's sentence splitter, which cost a fifth of the tokenize stage; on GUM it
 * scores as well (`npm run eval:sentences`).
 */
import type { Token } from '../doc/doc.js';
import type { Sentence } from '../doc/record-schema.js';

/** Abbreviations that stand before what they qualify, so a capital after them starts no sentence. */
const BEFORE_NAME = new Set(
  [
    'mr mrs ms mme mlle messrs dr prof gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev fr sr jr',
    'pres supt det insp hon amb sec st ste mt ft',
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun',
    'vs v cf viz approx est dept univ assn bros corp inc ltd co',
  ]
    .join(' ')
    .split(' '),
);

/** A full stop, question or exclamation mark. */
const TERMINAL = /^(?:\.|[!?][!?.]*)$/;
/** "..." or "…": it marks words left out, and ends a sentence only before a capitalised word or a mark. */
const ELLIPSIS = /^(?:…|\.\.\.)$/;
const CLOSING = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
/** Opening marks, and the bullets of a list run into one paragraph ("2013. * Carl Karrer, …"). */
const OPENING = new Set(['"', "'", '“', '‘', '(', '[', '«', '‹', '¿', '¡', '*', '•']);

/** Whether the word (a token that ends in a full stop) may end a sentence before a capital. */
function abbreviationMayEnd(word: string): boolean {
  const bare = word.slice(0, -1);
  if (!/\p{L}/u.test(bare)) return false; // "..."
  if (/^\p{L}$/u.test(bare)) return false; // an initial: "J. K. Rowling"
  return !BEFORE_NAME.has(bare.toLowerCase());
}

/** "[12]": tokens i to i + 2. */
function isReferenceMark(text: string, tokens: readonly Token[], i: number): boolean {
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  return word(i) === '[' && /^\d+$/.test(word(i + 1)) && word(i + 2) === ']';
}

/** "sovereignty.Di": a lower-case word, the full stop at `i`, then a capitalised word, with no spaces. */
function runTogether(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const stop = tokens[i]!;
  const after = tokens[i + 1];
  if (!before || !after || before.end !== stop.start || text.slice(stop.start, stop.end) !== '.')
    return false;
  return (
    /^\p{Ll}{2,}$/u.test(text.slice(before.start, before.end)) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(after.start, after.end))
  );
}

/** How many tokens around a full stop a short bracket may hold: "(pop. 758)", "(see Fig. 3)". */
const SHORT_BRACKET_TOKENS = 4;

/**
 * "Rockford, Iowa (pop. 758), said": a full stop inside a bracket opened a few tokens before it and closed
 * a few after, with no other stop in between, abbreviates; it ends no sentence.
 */
function insideShortBracket(text: string, tokens: readonly Token[], i: number, last: number): boolean {
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  let opened = false;
  for (let k = i - 1; k >= Math.max(0, i - SHORT_BRACKET_TOKENS); k--) {
    if (word(k) === ')' || TERMINAL.test(word(k))) return false;
    if (word(k) === '(') {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let k = i + 1; k <= Math.min(last, i + SHORT_BRACKET_TOKENS); k++) {
    if (word(k) === ')') return true;
    if (word(k) === '(' || TERMINAL.test(word(k))) return false;
  }
  return false;
}

/** A capitalised word that is no name: after an abbreviation or an ellipsis, it starts a sentence. */
const capitalisedNoName = (text: string, token: Token) =>
  /\p{Lu}/u.test(text[token.start] ?? '') && token.pos !== 'PROPN';

function startsSentence(text: string, token: Token): boolean {
  const first = text[token.start] ?? '';
  return OPENING.has(first) || /[\p{Lu}\p{Lt}\p{N}\p{Sc}]/u.test(first);
}

/** Index of the last token of the sentence that token `i` may end (after closing marks), or -1. */
function sentenceEndAt(text: string, tokens: readonly Token[], i: number, last: number): number {
  const token = tokens[i]!;
  const word = text.slice(token.start, token.end);
  // "since childhood… At Civic Center": an ellipsis before a capitalised word, or before an opening
  // quotation mark, ends a sentence; before anything else it marks words left out.
  if (ELLIPSIS.test(word)) {
    const next = tokens[i + 1];
    if (i >= last || !next || next.start === token.end) return -1;
    // ("I" is capitalised anywhere.)
    const capitalised = capitalisedNoName(text, next) && text.slice(next.start, next.end) !== 'I';
    return OPENING.has(text[next.start] ?? '') || capitalised ? i : -1;
  }
  const stop = TERMINAL.test(word);
  let end = i;
  if (stop) {
    // Closing marks written right after the stop belong to the sentence: `over."`, `above.)`.
    while (
      end < last &&
      CLOSING.has(text[tokens[end + 1]!.start] ?? '') &&
      tokens[end + 1]!.start === tokens[end]!.end
    ) {
      end++;
    }
    // Reference marks after the stop ("1971. [12] [13]") belong to it too.
    while (end + 3 <= last && isReferenceMark(text, tokens, end + 1)) end += 3;
  } else if (!(word.length > 1 && word.endsWith('.') && abbreviationMayEnd(word))) return -1;
  const next = tokens[end + 1];
  if (end >= last || !next) return -1;
  // No space after the stop: ".227", "Ph.D", a URL end nothing; a scraped "sovereignty.Di Maio added"
  // does (a lower-case word, the stop, a capitalised word).
  if (next.start === tokens[end]!.end && !runTogether(text, tokens, i)) return -1;
  if (!stop) {
    // After an abbreviation, a capitalised word that is no name starts a sentence ("U.S. The",
    // "p.m. Then"); a name continues it ("U.S. Senator", "Jan. 3").
    return capitalisedNoName(text, next) ? end : -1;
  }
  return startsSentence(text, next) && !insideShortBracket(text, tokens, end, last) ? end : -1;
}

/** The sentences of each block (a block's end always ends a sentence). Tokens sorted by start. */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  blocks: readonly { start: number; end: number }[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const block of blocks) {
    while (t < tokens.length && tokens[t]!.start < block.start) t++;
    let last = t;
    while (last < tokens.length && tokens[last]!.end <= block.end) last++;
    last--;
    let first = t;
    for (let i = t; i <= last; i++) {
      const end = sentenceEndAt(text, tokens, i, last);
      if (end < 0) continue;
      sentences.push({ start: tokens[first]!.start, end: tokens[end]!.end });
      first = end + 1;
      i = end;
    }
    if (first <= last) sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    t = last + 1;
  }
  return sentences;
}
