/**
 * Tokens and part-of-speech tags from wink-nlp (wink-eng-lite-web-model), read in one call per
 * article; sentences from splitSentences, within each block. wink's tokenisation is lossless: the
 * tokens with their preceding spaces rebuild the text, which gives each token its character offsets.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type Doc, layer, type Token, withLayers } from '../doc/doc.js';
import type { Sentence } from '../doc/record-schema.js';
import type { Stage } from '../pipeline/stage.js';
import { splitSentences } from './split-sentences.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

function winkNlp() {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** wink's tokenizer is linear, but it is fed pieces of at most this many chars to bound its memory. */
const MAX_PIECE_LENGTH = 100_000;

/**
 * wink leaves a possessive glued to its noun before a period ("except Chris Von Erich's.", "the
 * dog's."), and then in the rest of the document too; split like every other possessive, the name
 * is the same name wherever it stands.
 */
const GLUED_POSSESSIVE = /^(\p{L}[\p{L}\p{N}.&-]*)['’]s$/u;
/** Contractions of "is"/"has"/"us", which are no possessives ("it's", "let's"). */
const CONTRACTED = /^(?:it|that|what|who|where|there|here|he|she|let|how|when|why|this)$/i;

function pushToken(tokens: Token[], word: string, at: number, pos: string): void {
  const apostrophe = word.length > 2 && (word.includes("'") || word.includes('’'));
  const glued = apostrophe && pos !== 'PART' ? GLUED_POSSESSIVE.exec(word) : null;
  if (glued && !CONTRACTED.test(glued[1]!)) {
    const base = glued[1]!.length;
    tokens.push({ start: at, end: at + base, pos: /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN' });
    tokens.push({ start: at + base, end: at + word.length, pos: 'PART' });
  } else tokens.push({ start: at, end: at + word.length, pos });
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
/** Letters outside wink's alphabet (ASCII and Latin-1), where wink cuts a word into pieces. */
const BEYOND_LATIN1_LETTER = /[^\p{ASCII}\u00C0-\u00FF]/u;

/**
 * wink knows the letters of ASCII and Latin-1 only, and cuts a word at every other Latin letter:
 * "Erdoğan" comes as "Erdo" "ğ" "an", "Łódź" as "Ł" "ód" "ź". Letter pieces with no space between,
 * one of them holding such a letter, are one word ("can" "not" from "cannot" stay apart). What the
 * last token is made of is carried along, so that a long run of pieces costs linear time.
 */
interface LastToken {
  /** Letters only, so the next letter piece may join it. */
  letters: boolean;
  /** Holds a letter beyond Latin-1. */
  beyond: boolean;
}

/** Extends the token to `end`; a capitalised word is a proper noun, else the first tag wink got right. */
function joinWordPart(token: Token, text: string, end: number, pos: string): void {
  token.end = end;
  if (/\p{Lu}/u.test(text[token.start] ?? '')) token.pos = 'PROPN';
  else if (token.pos === 'X') token.pos = pos === 'X' ? 'NOUN' : pos;
}

/**
 * Tokens of text[from, to) by one wink readDoc (one call per article is cheaper than one per
 * paragraph). wink gives line breaks tokens of their own; they are left out.
 */
function tokenizePiece(text: string, from: number, to: number, tokens: Token[]): void {
  const engine = winkNlp();
  const its = engine.its;
  const wdoc = engine.readDoc(text.slice(from, to));
  const words = wdoc.tokens().out();
  const spaces = wdoc.tokens().out(its.precedingSpaces);
  const tags = wdoc.tokens().out(its.pos);
  let at = from;
  const last: LastToken = { letters: false, beyond: false };
  for (let i = 0; i < words.length; i++) {
    at += (spaces[i] ?? '').length;
    const word = words[i] ?? '';
    const previous = tokens[tokens.length - 1];
    const letters = LETTERS.test(word);
    const beyond = letters && BEYOND_LATIN1_LETTER.test(word);
    const glued = previous !== undefined && previous.end === at;
    if (
      word === '.' &&
      glued &&
      (spaces[i] ?? '') === '' &&
      DOTTED_ABBREVIATION.test(text.slice(previous.start, previous.end))
    ) {
      previous.end = at + 1;
      last.letters = false;
    } else if (glued && letters && last.letters && (beyond || last.beyond)) {
      joinWordPart(previous, text, at + word.length, tags[i] ?? 'X');
      last.beyond = true;
    } else if (word.trim() !== '') {
      pushToken(tokens, word, at, tags[i] ?? 'X');
      last.letters = letters;
      last.beyond = beyond;
    }
    at += word.length;
  }
}

/**
 * "U.S", "U.K", "e.g": letters joined by periods, without the last one. wink-nlp keeps the words it
 * has read in a lexicon shared by all documents of the process, and once it has read such a word
 * without its final period ("the U.S for areas"), it splits the abbreviation off its period in every
 * later document ("U.S" "." citizens), where a fresh process keeps "U.S." whole. The period is joined
 * back, so the tokens of a text do not depend on the texts read before it.
 */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

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

/**
 * Scraped and machine-translated text has periods and closing quotation marks in odd places. A "sentence" that starts with a closing mark followed by punctuation
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
  if (blocks.length === 0) return { tokens, sentences: [] as Sentence[] };
  const first = blocks[0]!.start;
  const last = blocks[blocks.length - 1]!.end;
  for (const [from, to] of pieces(text, first, last)) tokenizePiece(text, from, to, tokens);
  return { tokens, sentences: mergeBrokenSentences(text, splitSentences(text, tokens, blocks)) };
}

export const tokenizeStage: Stage = {
  name: 'tokenize',
  reads: ['blocks'],
  adds: ['tokens', 'sentences'],
  run(doc: Doc) {
    return withLayers(doc, tokenize(doc.text, layer(doc, 'blocks')));
  },
};
