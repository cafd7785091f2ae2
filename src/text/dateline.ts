/**
 * A news dateline at the start of a sentence ("RAFAH, Gaza Strip (AP) — More than 20,000 …", "KYIV,
 * Dec 24 (Reuters) - Polish farmers …"): a place in capitals with no verb before a dash. Its words are
 * where and who reported, not what the sentence says.
 */
import type { Token } from '../doc/doc.js';

/** How far into a sentence a dateline may end. */
const MAX_DATELINE_TOKENS = 12;
export const DASH = /^(?:—|–|--)$/;

/** The index of the sentence's first token after its dateline, or 0 if it has none. */
export function datelineEnd(text: string, tokens: readonly Token[]): number {
  const word = (k: number) => (tokens[k] ? text.slice(tokens[k].start, tokens[k].end) : '');
  if (!/^\p{Lu}{3,}$/u.test(word(0))) return 0;
  for (let k = 1; k < Math.min(MAX_DATELINE_TOKENS, tokens.length); k++) {
    // Reuters writes a hyphen after the agency: "KYIV, Dec 24 (Reuters) - Polish farmers …".
    if (DASH.test(word(k)) || (word(k) === '-' && word(k - 1) === ')')) return k + 1;
    if (tokens[k]!.pos === 'VERB') return 0;
  }
  return 0;
}
