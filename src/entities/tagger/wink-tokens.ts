/**
 * Tokens and sentences from wink-nlp with character offsets, for the tagger's tests and evaluation
 * (the pipeline's text stage produces the same shapes). Offsets are rebuilt from each token's
 * preceding spaces and value, which reconstructs the text exactly; whitespace tokens are dropped.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Token } from '../../doc/doc.js';
import type { Sentence } from '../../doc/record-schema.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

export function winkTokens(text: string): { tokens: Token[]; sentences: Sentence[] } {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts.push(offset);
    offset += values[i]!.length;
    ends.push(offset);
  }
  const tokens: Token[] = [];
  values.forEach((v, i) => {
    if (v.trim() !== '') tokens.push({ start: starts[i]!, end: ends[i]!, pos: pos[i]! });
  });
  const sentences: Sentence[] = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
    ([a, b]) => ({
      start: starts[a]!,
      end: ends[b]!,
    }),
  );
  return { tokens, sentences };
}
