/**
 * Evaluation documents for the entity tagger: the original text plus gold names as character spans,
 * found by aligning the corpus tokens to the text (WNW .txt files; UNER sentences joined by lines).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, readWnwTokens, UNER_CLASS, WNW_CLASS } from './ner-corpora.js';
import type { TypedSpan } from './ner-span-scores.js';

export interface EvalDoc {
  id: string;
  text: string;
  gold: TypedSpan[];
}

/** Gold spans from aligned tokens: tags in BIO, offsets from `locate`; unaligned names are dropped. */
function goldSpans(
  tokens: readonly { tag: string; start: number; end: number }[],
  types: Record<string, string | undefined>,
): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | undefined;
  let broken = false;
  const close = () => {
    if (open && !broken) spans.push(open);
    open = undefined;
    broken = false;
  };
  for (const t of tokens) {
    const m = /^([BI])-(.+)$/.exec(t.tag);
    const type = m ? types[m[2]!] : undefined;
    if (!m || !type) {
      close();
      continue;
    }
    if (m[1] === 'B' || !open || open.type !== type) {
      close();
      open = { start: t.start, end: t.end, type };
    } else open.end = t.end;
    if (t.start < 0) broken = true;
  }
  close();
  return spans;
}

/** Finds each token in `text` in order; start -1 when a token cannot be found nearby. */
function align(text: string, words: readonly string[], from = 0): { start: number; end: number }[] {
  let cursor = from;
  return words.map((w) => {
    const at = text.indexOf(w, cursor);
    if (at < 0 || at - cursor > 100) return { start: -1, end: -1 };
    cursor = at + w.length;
    return { start: at, end: at + w.length };
  });
}

/** The first column of a WNW .tsv's first line: the article URL (or its beginning, up to a "&" or "%"). */
function urlLine(path: string): string {
  const first = readFileSync(path, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  return (first.includes('\t') ? first.split('\t')[0]! : (first.trim().split(/\s+/)[0] ?? '')).trim();
}

export function wnwDocs(split: 'dev' | 'train' = 'dev'): EvalDoc[] {
  const dir = join(DATA, 'ner', 'worldwide-newswire', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file.replace(/\.tsv$/, '.txt')), 'utf8');
      const tokens = readWnwTokens(join(dir, file)).flat();
      // The .tsv's first line is the article URL, which the text begins with: the tokens follow it.
      // Aligning from 0 lost every token of the first paragraph when the URL is longer than the
      // aligner's 100-character window (88 gold names in 54 of the 99 articles).
      const url = urlLine(join(dir, file));
      const at = url ? text.indexOf(url) : -1;
      const offsets = align(
        text,
        tokens.map((t) => t.word),
        at >= 0 ? at + url.length : 0,
      );
      const aligned = tokens.map((t, i) => ({ tag: t.tag, ...offsets[i]! }));
      return { id: file, text, gold: goldSpans(aligned, WNW_CLASS) };
    });
}

export function unerDocs(split: 'dev' | 'test'): EvalDoc[] {
  const docs: EvalDoc[] = [];
  let text = '';
  let sentenceText = '';
  let sentence: { word: string; tag: string }[] = [];
  let tokens: { tag: string; start: number; end: number }[] = [];
  const flushSentence = () => {
    if (sentence.length === 0) return;
    const from = text.length === 0 ? 0 : text.length + 1;
    text = text.length === 0 ? sentenceText : `${text}\n${sentenceText}`;
    const offsets = align(
      text,
      sentence.map((t) => t.word),
      from,
    );
    sentence.forEach((t, i) => {
      tokens.push({ tag: t.tag, ...offsets[i]! });
    });
    sentence = [];
  };
  const flushDoc = (id: string) => {
    flushSentence();
    if (text) docs.push({ id, text, gold: goldSpans(tokens, UNER_CLASS) });
    text = '';
    tokens = [];
  };
  let id = 'uner';
  for (const line of readFileSync(join(DATA, 'ner', 'uner-ewt', `${split}.iob2`), 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flushDoc(id);
      id = line.split('=')[1]!.trim();
    } else if (line.startsWith('# text =')) sentenceText = line.slice('# text ='.length).trim();
    else if (line.startsWith('#')) {
    } else if (line.trim() === '') flushSentence();
    else {
      const cols = line.split('\t');
      sentence.push({ word: cols[1]!, tag: cols[2] ?? 'O' });
    }
  }
  flushDoc(id);
  return docs;
}
