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
export function datelineEnd(words: readonly string[], tokens: readonly Token[]): number {
  if (!/^\p{Lu}{3,}$/u.test(words[0] ?? '')) return 0;
  for (let k = 1; k < Math.min(MAX_DATELINE_TOKENS, tokens.length); k++) {
    // Reuters writes a hyphen after the agency: "KYIV, Dec 24 (Reuters) - Polish farmers …".
    if (DASH.test(words[k] ?? '') || (words[k] === '-' && words[k - 1] === ')')) return k + 1;
    if (tokens[k]!.pos === 'VERB') return 0;
  }
  return 0;
}
