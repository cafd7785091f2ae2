/**
 * The entity tagger stage's entry point: names in a text, typed PERSON/ORG/GPE/LOC/FAC/NORP/EVENT/
 * PRODUCT/MISC, from the wink tokens and sentences of the text layer.
 */
import type { NameSpan, Token } from '../../doc/doc.js';
import type { EntityType, Sentence } from '../../doc/record-schema.js';
import { loadEntityModel, tagWords } from './entity-model.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import { locationType } from './location-type.js';

interface Piece {
  start: number;
  end: number;
}

/** Hyphenated tokens are split like the training corpora do ("Iranian-backed" → Iranian - backed). */
function splitPieces(text: string, tokens: readonly Token[]): Piece[] {
  const pieces: Piece[] = [];
  const hyphen = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;
  for (const t of tokens) {
    const word = text.slice(t.start, t.end);
    if (!word.includes('-') || word.length < 3) {
      pieces.push({ start: t.start, end: t.end });
      continue;
    }
    let from = 0;
    for (const m of word.matchAll(hyphen)) {
      pieces.push({ start: t.start + from, end: t.start + m.index });
      pieces.push({ start: t.start + m.index, end: t.start + m.index + 1 });
      from = m.index + 1;
    }
    pieces.push({ start: t.start + from, end: t.end });
  }
  return pieces;
}

/** Sentence starts as piece indices; a line break inside a sentence also starts one (headlines). */
function sentenceStarts(text: string, pieces: readonly Piece[], sentences: readonly Sentence[]): number[] {
  const starts: number[] = [0];
  let s = 0;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let boundary = false;
    while (s < sentences.length && sentences[s]!.end <= piece.start) {
      s++;
      boundary = true;
    }
    if (!boundary) {
      for (let c = pieces[i - 1]!.end; c < piece.start; c++) {
        if (text.charCodeAt(c) === 10) {
          boundary = true;
          break;
        }
      }
    }
    if (boundary) starts.push(i);
  }
  return starts;
}

/**
 * A "person" whose last word is a world region or sea and no known name part ("Enlarged
 * Mediterranean" in machine-translated text) is a place: region names are not surnames.
 */
function endsInRegion(gazetteer: Gazetteer, lower: readonly string[]): boolean {
  const bits = gazetteer.bits(lower.at(-1) ?? '');
  return (bits & GAZ.REGION) !== 0 && (bits & GAZ.NAME) === 0;
}

/** "-led", "-based", "-style": a word glued to a name that says how something relates to the person. */
const RELATION_SUFFIX = /^(?:\p{Ll}+ed|style|era|like|type|born|run|free|friendly|esque)$/u;

/**
 * The end of a PERSON span of two or more words, carried over a hyphenated lowercase part of the last
 * word: "Kim Jong-un", "Moon Jae-in" (the pieces split hyphens, and the tagger often stops at the hyphen;
 * WNW's gold keeps such given-name parts in the name). Not "John Smith-led".
 */
function hyphenatedNameEnd(text: string, pieces: readonly Piece[], start: number, end: number): number {
  const glued = (i: number) => pieces[i]!.start === pieces[i - 1]!.end;
  let at = end;
  while (
    at - start >= 2 &&
    at + 1 < pieces.length &&
    text[pieces[at]!.start] === '-' &&
    glued(at) &&
    glued(at + 1) &&
    /^\p{Ll}+$/u.test(text.slice(pieces[at + 1]!.start, pieces[at + 1]!.end)) &&
    !RELATION_SUFFIX.test(text.slice(pieces[at + 1]!.start, pieces[at + 1]!.end))
  )
    at += 2;
  return at;
}

/** Names in the text: spans typed PERSON/ORG/GPE/LOC/FAC/NORP/EVENT/PRODUCT/MISC, sorted by start, non-overlapping. */
export function tagEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): NameSpan[] {
  if (tokens.length === 0) return [];
  const model = loadEntityModel();
  const pieces = splitPieces(text, tokens);
  const words = pieces.map((p) => text.slice(p.start, p.end));
  const spans = tagWords(model, words, sentenceStarts(text, pieces, sentences));
  return spans.map((span) => {
    let type: EntityType;
    const lower = words.slice(span.start, span.end).map((w) => w.toLowerCase());
    if (span.cls === 'LOCATION') type = locationType(model.gazetteer, lower);
    else if (span.cls === 'PERSON' && endsInRegion(model.gazetteer, lower)) type = 'LOC';
    else type = span.cls;
    const end = type === 'PERSON' ? hyphenatedNameEnd(text, pieces, span.start, span.end) : span.end;
    return { start: pieces[span.start]!.start, end: pieces[end - 1]!.end, type };
  });
}
