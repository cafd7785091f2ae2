/**
 * Tokens, sentences and part-of-speech tags from wink-nlp (wink-eng-lite-web-model), read in one call
 * per article; sentences are then cut at block edges so that none crosses a paragraph. wink's
 * tokenisation is lossless: the tokens with their preceding spaces rebuild the text, which gives each
 * token its character offsets.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type Doc, layer, type Token, withLayers } from '../doc/doc.js';
import type { Sentence } from '../doc/record-schema.js';
import type { Stage } from '../pipeline/stage.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

function winkNlp() {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** wink's tokenizer is linear, but its sentence splitter is fed pieces of at most this many chars. */
const MAX_PIECE_LENGTH = 100_000;

/**
 * Tokens and sentences of text[from, to) by one wink readDoc (one call per article is cheaper than one
 * per paragraph). wink gives line breaks tokens of their own; they are left out, and a sentence keeps
 * only its first and last real tokens.
 */
function tokenizePiece(text: string, from: number, to: number, tokens: Token[], sentences: Sentence[]): void {
  const engine = winkNlp();
  const its = engine.its;
  const wdoc = engine.readDoc(text.slice(from, to));
  const words = wdoc.tokens().out();
  const spaces = wdoc.tokens().out(its.precedingSpaces);
  const tags = wdoc.tokens().out(its.pos);
  /** wink token index → index in `tokens`, -1 for a line break. */
  const index = new Int32Array(words.length);
  let at = from;
  for (let i = 0; i < words.length; i++) {
    at += (spaces[i] ?? '').length;
    const word = words[i] ?? '';
    if (word.trim() === '') index[i] = -1;
    else {
      index[i] = tokens.length;
      tokens.push({ start: at, end: at + word.length, pos: tags[i] ?? 'X' });
    }
    at += word.length;
  }
  for (const [first, last] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
    let a = first;
    let b = last;
    while (a <= b && (index[a] ?? -1) < 0) a++;
    while (b >= a && (index[b] ?? -1) < 0) b--;
    if (a > b) continue;
    sentences.push({ start: tokens[index[a]!]!.start, end: tokens[index[b]!]!.end });
  }
}

/** Splits a long text at line or sentence ends so each piece stays under MAX_PIECE_LENGTH. */
function pieces(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (end - from > MAX_PIECE_LENGTH) {
    const window = text.slice(from, from + MAX_PIECE_LENGTH);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
    const to = cut > MAX_PIECE_LENGTH / 2 ? from + cut + 1 : from + MAX_PIECE_LENGTH;
    out.push([from, to]);
    from = to;
  }
  out.push([from, end]);
  return out;
}

/** Cuts sentences where a block ends: no sentence crosses a paragraph (or the title). */
function splitAtBlocks(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  blocks: readonly { start: number; end: number }[],
): Sentence[] {
  const out: Sentence[] = [];
  let t = 0;
  let blockIndex = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    let current: Sentence | undefined;
    for (; t < tokens.length && tokens[t]!.end <= sentence.end; t++) {
      const token = tokens[t]!;
      while (blockIndex < blocks.length - 1 && blocks[blockIndex]!.end <= token.start) blockIndex++;
      const block = blocks[blockIndex];
      if (current && block && current.start < block.start) {
        out.push(current);
        current = undefined;
      }
      if (current) current.end = token.end;
      else current = { start: token.start, end: token.end };
    }
    if (current) out.push(current);
  }
  return out;
}

/**
 * wink ends a sentence at every period; scraped and machine-translated text has periods and closing
 * quotation marks in odd places. A "sentence" that starts with a closing mark followed by punctuation
 * ("», Declared the head…") or with a lower-case word ("also for Europe") continues the previous one.
 */
const CONTINUATION = /^(?:[”»"’)\]]+\s*[,;:.\p{Ll}]|\p{Ll})/u;

function mergeBrokenSentences(text: string, sentences: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    const sameBlock = previous && !text.slice(previous.end, sentence.start).includes('\n');
    if (previous && sameBlock && CONTINUATION.test(text.slice(sentence.start, sentence.start + 4))) {
      previous.end = sentence.end;
    } else merged.push({ ...sentence });
  }
  return merged;
}

/** Tokens and sentences of the blocks of a text (what lies between blocks is only whitespace). */
export function tokenize(text: string, blocks: readonly { start: number; end: number }[]) {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (blocks.length === 0) return { tokens, sentences };
  const first = blocks[0]!.start;
  const last = blocks[blocks.length - 1]!.end;
  for (const [from, to] of pieces(text, first, last)) tokenizePiece(text, from, to, tokens, sentences);
  return { tokens, sentences: mergeBrokenSentences(text, splitAtBlocks(sentences, tokens, blocks)) };
}

export const tokenizeStage: Stage = {
  name: 'tokenize',
  reads: ['blocks'],
  adds: ['tokens', 'sentences'],
  run(doc: Doc) {
    return withLayers(doc, tokenize(doc.text, layer(doc, 'blocks')));
  },
};
