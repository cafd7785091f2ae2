/** Unicode and whitespace normalisation of one line of scraped text. */

// Zero-width characters, soft hyphens, and C0/C1 control characters other than tab and line feed.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Every kind of space (tab, no-break, thin, ideographic…) becomes one plain space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+| {2,}/g;

export function normalizeLine(line: string): string {
  return line.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Line ends as LF, without a byte-order mark. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
