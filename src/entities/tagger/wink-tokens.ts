/**
 * Tokens and sentences of a plain text for the tagger's tests and evaluation: the pipeline's own
 * tokenize() (wink-nlp tokens and tags, our sentence splitter), with each non-empty line a block, so
 * that the tagger is scored on the same tokens and sentences it sees in analyze().
 */
import type { Token } from '../../doc/doc.js';
import type { Sentence } from '../../doc/record-schema.js';
import { tokenize } from '../../text/tokenize.js';

export function winkTokens(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const blocks: { start: number; end: number }[] = [];
  for (const line of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    blocks.push({ start: line.index, end: line.index + line[0].length });
  }
  return tokenize(text, blocks);
}
