/**
 * Readers for the entity-tagger corpora in ../shared/data, mapped onto the tagger's classes:
 * worldwide-newswire (WNW), UNER-EWT and GUM. Every reader returns documents of sentences of
 * (word, BIO label) pairs; texts stay in memory only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data');

export interface LabelledSentence {
  words: string[];
  labels: string[];
}

export interface LabelledDoc {
  id: string;
  sentences: LabelledSentence[];
}

/** The corpora's entity classes → the tagger's classes (shared by training and evaluation). */
export const WNW_CLASS: Record<string, string | undefined> = {
  Person: 'PERSON',
  Organization: 'ORG',
  Location: 'LOCATION',
  Facility: 'FAC',
  NORP: 'NORP',
  Product: 'PRODUCT',
  Misc: 'MISC',
};

export const UNER_CLASS: Record<string, string | undefined> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };
/** For training, UNER's OTH (other names) becomes MISC, as WNW annotates them (measured: +0.2 WNW, +0.8 UNER dev F1). */
const UNER_CLASS_WITH_MISC: Record<string, string | undefined> = { ...UNER_CLASS, OTH: 'MISC' };

/** Maps a corpus tag to a tagger label; I- after a different class becomes B-. */
function mapTag(tag: string, classes: Record<string, string | undefined>, previous: string): string {
  const m = /^([BI])-(.+)$/.exec(tag.trim());
  const cls = m ? classes[m[2]!] : undefined;
  if (!m || !cls) return 'O';
  if (m[1] === 'I' && previous.slice(2) === cls) return `I-${cls}`;
  return `B-${cls}`;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', '”', "'", '’', ')']);

/** WNW paragraphs split into sentences after . ! ? (and a closing quote), never inside a name. */
function splitParagraph(words: string[], labels: string[], out: LabelledSentence[]): void {
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    let end = -1;
    if (SENTENCE_END.has(words[i]!)) end = i + 1;
    if (end > 0 && end < words.length && CLOSING.has(words[end]!)) end++;
    if (end > 0 && end < words.length && !labels[end]!.startsWith('I-')) {
      out.push({ words: words.slice(start, end), labels: labels.slice(start, end) });
      start = end;
      i = end - 1;
    }
  }
  if (start < words.length) out.push({ words: words.slice(start), labels: labels.slice(start) });
}

/** Token and raw tag columns of a WNW .tsv (first line is the URL; blank lines end paragraphs). */
export function readWnwTokens(path: string): { word: string; tag: string }[][] {
  const paragraphs: { word: string; tag: string }[][] = [[]];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (line.trim() === '') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
      continue;
    }
    const cols = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
    const word = cols[0]!.trim();
    if (word === '') continue;
    paragraphs.at(-1)!.push({ word, tag: (cols[1] ?? 'O').trim() });
  }
  return paragraphs.filter((p) => p.length > 0);
}

export function readWnw(split: 'train' | 'dev'): LabelledDoc[] {
  const dir = join(DATA, 'ner', 'worldwide-newswire', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const sentences: LabelledSentence[] = [];
      for (const paragraph of readWnwTokens(join(dir, file))) {
        const labels: string[] = [];
        for (const { tag } of paragraph) labels.push(mapTag(tag, WNW_CLASS, labels.at(-1) ?? 'O'));
        splitParagraph(
          paragraph.map((t) => t.word),
          labels,
          sentences,
        );
      }
      return { id: file.replace(/\.tsv$/, ''), sentences };
    });
}

/** UNER-EWT sentences grouped by document; stray B-O becomes O, and so does OTH unless `othAsMisc`. */
export function readUner(split: 'train' | 'dev' | 'test', othAsMisc = false): LabelledDoc[] {
  const classes = othAsMisc ? UNER_CLASS_WITH_MISC : UNER_CLASS;
  const docs: LabelledDoc[] = [];
  let sentence: LabelledSentence = { words: [], labels: [] };
  const flush = () => {
    if (sentence.words.length === 0) return;
    if (docs.length === 0) docs.push({ id: 'uner', sentences: [] });
    docs.at(-1)!.sentences.push(sentence);
    sentence = { words: [], labels: [] };
  };
  for (const line of readFileSync(join(DATA, 'ner', 'uner-ewt', `${split}.iob2`), 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      docs.push({ id: line.split('=')[1]!.trim(), sentences: [] });
    } else if (line.startsWith('#')) {
    } else if (line.trim() === '') flush();
    else {
      const cols = line.split('\t');
      sentence.words.push(cols[1]!);
      sentence.labels.push(mapTag(cols[2] ?? 'O', classes, sentence.labels.at(-1) ?? 'O'));
    }
  }
  flush();
  return docs;
}

/** Relabels unannotated demonyms (UNER and GUM leave them O; WNW tags them NORP). */
export function labelDemonyms(docs: LabelledDoc[], isDemonym: (word: string) => boolean): void {
  for (const doc of docs)
    for (const s of doc.sentences)
      s.words.forEach((w, i) => {
        if (s.labels[i] === 'O' && /^\p{Lu}/u.test(w) && isDemonym(w)) s.labels[i] = 'B-NORP';
      });
}
