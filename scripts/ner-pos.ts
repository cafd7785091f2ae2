/**
 * wink part-of-speech tags for corpus tokens (training and gold-token checks), as the tagger gets
 * them at run time from the text layer (src/text/tokenize.ts): the words are joined into a text,
 * hyphens between word characters without spaces ("anti-government", one wink token as in running
 * text), the text is read by wink once, and each word takes the tag of the wink token where it starts.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { piecePos } from '../src/entities/tagger/token-atoms.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

export function corpusPos(words: readonly string[]): string[] {
  nlp ??= winkNLP(model, ['pos']);
  const its = nlp.its;
  const starts: number[] = [];
  let text = '';
  words.forEach((w, i) => {
    const glued =
      (w === '-' &&
        i > 0 &&
        /[\p{L}\p{N}]$/u.test(words[i - 1]!) &&
        /^[\p{L}\p{N}]/u.test(words[i + 1] ?? '')) ||
      (i > 0 &&
        words[i - 1] === '-' &&
        i > 1 &&
        /[\p{L}\p{N}]$/u.test(words[i - 2]!) &&
        /^[\p{L}\p{N}]/u.test(w));
    if (i > 0 && !glued) text += ' ';
    starts.push(text.length);
    text += w;
  });
  const wdoc = nlp.readDoc(text);
  const tokens = wdoc.tokens().out();
  const spaces = wdoc.tokens().out(its.precedingSpaces);
  const tags = wdoc.tokens().out(its.pos);
  const out: string[] = new Array(words.length).fill('X');
  let at = 0;
  let k = 0;
  for (let t = 0; t < tokens.length && k < words.length; t++) {
    at += (spaces[t] ?? '').length;
    const end = at + (tokens[t] ?? '').length;
    while (k < words.length && starts[k]! < end) {
      if (starts[k]! >= at || k === 0 || out[k] === 'X') out[k] = piecePos(words[k]!, tags[t] ?? 'X');
      k++;
    }
    at = end;
  }
  return out;
}
