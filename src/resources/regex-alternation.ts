/** `text` with the characters that are special in a regex escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of literal phrases, longest first, with special characters escaped and spaces flexible. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s*'))
    .join('|');
}
