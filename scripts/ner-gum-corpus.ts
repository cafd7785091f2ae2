/**
 * GUM (conllu with entity brackets in MISC) as NER training data. GUM annotates every mention; a
 * mention counts as a name when its minimal span (the head words) is all proper nouns. The name is
 * the mention trimmed to its capitalised words; nested names keep the outermost one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, type LabelledDoc, type LabelledSentence } from './ner-corpora.js';

const GUM_CLASS: Record<string, string | undefined> = {
  person: 'PERSON',
  organization: 'ORG',
  place: 'LOCATION',
  event: 'EVENT',
  object: 'PRODUCT',
  abstract: 'MISC',
};

interface GumToken {
  word: string;
  xpos: string;
  upos: string;
}

interface Mention {
  start: number;
  end: number;
  type: string;
  minspan: number[];
}

function trainDocs(): Set<string> {
  const text = readFileSync(join(DATA, 'gum', 'splits.md'), 'utf8');
  const section = text.slice(text.indexOf('## train'));
  return new Set([...section.matchAll(/GUM_[a-z]+_[a-z0-9]+/g)].map((m) => m[0]));
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'da', 'al', '&']);

const ENTITY_PART = /\(([0-9]+)-([a-z]+)-([^()]*)(\))?|([0-9]+)\)/g;

function sentenceNames(tokens: GumToken[], misc: string[], isTitle: (w: string) => boolean): string[] {
  const open = new Map<string, Mention[]>();
  const mentions: Mention[] = [];
  misc.forEach((field, i) => {
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(field)?.[1];
    if (!entity) return;
    for (const m of entity.matchAll(ENTITY_PART)) {
      if (m[1]) {
        const fields = m[3]!.split('-');
        const minspan = (fields[3] ?? '').split(',').map(Number);
        const mention: Mention = { start: i, end: i + 1, type: m[2]!, minspan };
        if (m[4]) mentions.push(mention);
        else open.set(m[1], [...(open.get(m[1]) ?? []), mention]);
      } else if (m[5]) {
        const stack = open.get(m[5]);
        const mention = stack?.pop();
        if (mention) {
          mention.end = i + 1;
          mentions.push(mention);
        }
      }
    }
  });
  const names: { start: number; end: number; cls: string }[] = [];
  for (const m of mentions) {
    let cls = GUM_CLASS[m.type];
    if (!cls) continue;
    const heads = m.minspan.map((k) => tokens[m.start + k - 1]).filter((t) => t !== undefined);
    if (heads.length === 0 || !heads.every((t) => t.xpos === 'NNP' || t.xpos === 'NNPS')) continue;
    const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]!.word) && tokens[k]!.upos !== 'DET';
    const connector = (k: number) => cls !== 'PERSON' && CONNECTORS.has(tokens[k]!.word);
    const anchor = m.start + m.minspan.at(-1)! - 1;
    if (!capital(anchor)) continue;
    let start = anchor;
    let end = anchor + 1;
    for (let k = anchor - 1; k >= m.start; k--) {
      if (capital(k)) start = k;
      else if (!(connector(k) && k - 1 >= m.start && (capital(k - 1) || connector(k - 1)))) break;
    }
    for (let k = end; k < m.end; k++) {
      if (capital(k)) end = k + 1;
      else if (!(connector(k) && k + 1 < m.end && (capital(k + 1) || connector(k + 1)))) break;
    }
    if (cls === 'PERSON') {
      for (let k = end - 2; k >= start; k--) {
        if (isTitle(tokens[k]!.word)) {
          start = k + 1;
          break;
        }
      }
      if (end - start === 1 && isTitle(tokens[start]!.word)) continue;
      if (heads.every((t) => t.xpos === 'NNPS') && end - start === 1) cls = 'NORP';
    }
    if (start < end) names.push({ start, end, cls });
  }
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  const labels = tokens.map(() => 'O');
  let covered = 0;
  for (const n of names) {
    if (n.start < covered) continue;
    for (let k = n.start; k < n.end; k++) labels[k] = `${k === n.start ? 'B' : 'I'}-${n.cls}`;
    covered = n.end;
  }
  return labels;
}

export function readGumTrain(isTitle: (w: string) => boolean): LabelledDoc[] {
  const wanted = trainDocs();
  const dir = join(DATA, 'gum', 'dep');
  const docs: LabelledDoc[] = [];
  for (const file of readdirSync(dir).sort()) {
    const id = file.replace(/\.conllu$/, '');
    if (!wanted.has(id)) continue;
    const sentences: LabelledSentence[] = [];
    let tokens: GumToken[] = [];
    let misc: string[] = [];
    const flush = () => {
      if (tokens.length > 0)
        sentences.push({ words: tokens.map((t) => t.word), labels: sentenceNames(tokens, misc, isTitle) });
      tokens = [];
      misc = [];
    };
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') flush();
      else if (!line.startsWith('#')) {
        const cols = line.split('\t');
        if (!/^[0-9]+$/.test(cols[0]!)) continue;
        tokens.push({ word: cols[1]!, upos: cols[3]!, xpos: cols[4]! });
        misc.push(cols[9] ?? '_');
      }
    }
    flush();
    docs.push({ id, sentences });
  }
  return docs;
}
