/**
 * Titles in quotation marks: a programme, a plan or a publication named inside a sentence ("confirmed to
 * “Good Morning America.”", the “Delivering for America” plan). Their words are no statement and no act.
 */

/** Every word capitalised (or a short function word), at most this many words. */
const MAX_TITLE_WORDS = 6;
const TITLE_WORD =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*|of|the|and|or|but|a|an|in|on|for|to|with|at|by|from|as|into|is|are|vs\.?)[,.!?]?$/u;
/** How far a title's marks may be from a word inside it. */
const REACH = 60;
const OPENING = /["“„«‘]/u;
const CLOSING = /["”»’]/u;

export function isTitleCase(content: string, maxWords = MAX_TITLE_WORDS): boolean {
  const words = content.trim().split(/\s+/);
  return words.length > 0 && words.length <= maxWords && words.every((w) => TITLE_WORD.test(w));
}

/** Whether the characters start..end lie inside a short title-case quotation on one line. */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= Math.max(0, start - REACH) && !OPENING.test(text[open] ?? '') && text[open] !== '\n') open--;
  if (!OPENING.test(text[open] ?? '')) return false;
  let close = end;
  while (
    close < Math.min(text.length, end + REACH) &&
    !CLOSING.test(text[close] ?? '') &&
    text[close] !== '\n'
  )
    close++;
  if (!CLOSING.test(text[close] ?? '')) return false;
  return isTitleCase(text.slice(open + 1, close));
}
