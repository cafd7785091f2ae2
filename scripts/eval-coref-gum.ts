/**
 * GUM documents for the coreference evaluation (../shared/data/gum/dep/*.conllu): the running text rebuilt
 * as scripts/make-samples.ts does (paragraphs from `# newpar`, sentences from `# text =`, joined by a
 * space inside a paragraph and a blank line between paragraphs), and the gold entity mentions from the
 * MISC column's `Entity=` brackets, each with its character span, its minimal span (GUM's `minspan`
 * field: the words that identify the mention, usually its head) and its coreference id.
 */
import { readFileSync } from 'node:fs';
import { type Doc, layer } from '../src/doc/doc.js';
import { sieveContext } from '../src/entities/coref/resolve-coref.js';
import type { SieveContext } from '../src/entities/coref/sieve-context.js';
import { findNamesStage } from '../src/entities/entities-stage.js';
import { rawTextDoc } from '../src/extract/clean-scraped-text.js';
import { tokenizeStage } from '../src/text/tokenize.js';

const GUM = new URL('../../shared/data/gum/', import.meta.url);

export interface GoldMention {
  start: number;
  end: number;
  /** Character spans of the minimal-span words. */
  min: { start: number; end: number }[];
  /** Coreference id: mentions with the same id are one entity. */
  entity: string;
  /** GUM entity type: person, place, organization, abstract, object, event, time… */
  etype: string;
  /** Universal part of speech of the minimal span's last word (PRON, PROPN, NOUN…). */
  headPos: string;
}

export interface GumDocument {
  name: string;
  text: string;
  mentions: GoldMention[];
}

/** Document names of one split of splits.md (`train`, `dev`, `test`), keeping those we have files for. */
export function splitNames(split: string): string[] {
  const md = readFileSync(new URL('splits.md', GUM), 'utf8');
  const section = md.split(/^## /m).find((s) => s.startsWith(`${split}\n`)) ?? '';
  return [...section.matchAll(/^\s*\* (\S+)/gm)]
    .map((m) => m[1] ?? '')
    .filter((name) => !name.includes('reddit'));
}

interface Word {
  start: number;
  end: number;
  upos: string;
  misc: string;
}

/** Character spans of a sentence's words: each form is looked up from where the previous one ended. */
function placeWords(sentence: string, offset: number, lines: string[][]): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  let range: { to: number; start: number; end: number } | undefined;
  for (const cols of lines) {
    const id = cols[0] ?? '';
    const form = cols[1] ?? '';
    if (id.includes('.')) continue; // empty nodes
    const rangeMatch = /^(\d+)-(\d+)$/.exec(id);
    const at = (f: string) => {
      const found = sentence.indexOf(f, cursor);
      return found >= 0 && found - cursor < 20 ? found : -1;
    };
    if (rangeMatch) {
      const found = at(form);
      const start = found >= 0 ? found : cursor;
      range = { to: Number(rangeMatch[2]), start, end: start + form.length };
      continue;
    }
    const found = at(form);
    let start = found >= 0 ? found : cursor;
    let end = found >= 0 ? found + form.length : cursor;
    if (range && (found < 0 || end > range.end)) {
      start = Math.max(cursor, range.start);
      end = range.end;
    }
    cursor = end;
    if (range && Number(id) >= range.to) range = undefined;
    words.push({ start: offset + start, end: offset + end, upos: cols[3] ?? '_', misc: cols[9] ?? '_' });
  }
  return words;
}

/** The gold mentions of one document from its words' `Entity=` brackets. */
function readMentions(words: Word[]): GoldMention[] {
  const mentions: GoldMention[] = [];
  const open = new Map<string, { from: number; etype: string; minspan: number[] }[]>();
  const close = (id: string, to: number) => {
    const opened = open.get(id)?.pop();
    const first = opened && words[opened.from];
    const last = words[to];
    if (!opened || !first || !last) return;
    const minWords = opened.minspan
      .map((i) => words[opened.from + i - 1])
      .filter((w): w is Word => w !== undefined);
    const min = minWords.map((w) => ({ start: w.start, end: w.end }));
    const headPos = minWords[minWords.length - 1]?.upos ?? '_';
    mentions.push({ start: first.start, end: last.end, min, entity: id, etype: opened.etype, headPos });
  };
  words.forEach((word, index) => {
    const value = /(?:^|\|)Entity=([^|]*)/.exec(word.misc)?.[1];
    if (!value) return;
    for (const [, opening, closesHere, closing] of value.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
      if (opening) {
        const fields = opening.split('-');
        const id = fields[0] ?? '';
        const minspan = (fields[5] ?? '1').split(',').map(Number);
        const list = open.get(id) ?? [];
        list.push({ from: index, etype: fields[1] ?? '', minspan });
        open.set(id, list);
        if (closesHere) close(id, index);
      } else if (closing) close(closing, index);
    }
  });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function readGumDocument(name: string): GumDocument {
  const conllu = readFileSync(new URL(`dep/${name}.conllu`, GUM), 'utf8');
  const paragraphs: { sentence: string; lines: string[][] }[][] = [];
  let current: { sentence: string; lines: string[][] } | undefined;
  for (const line of conllu.split('\n')) {
    if (/^# newpar(?: |$)/.test(line) || paragraphs.length === 0) paragraphs.push([]);
    const sentence = /^# text = (.*)$/.exec(line)?.[1];
    if (sentence !== undefined) {
      current = { sentence, lines: [] };
      paragraphs[paragraphs.length - 1]?.push(current);
    } else if (/^\d/.test(line) && current) current.lines.push(line.split('\t'));
  }
  let text = '';
  const words: Word[] = [];
  for (const paragraph of paragraphs.filter((p) => p.length > 0)) {
    if (text) text += '\n\n';
    paragraph.forEach((s, i) => {
      if (i > 0) text += ' ';
      words.push(...placeWords(s.sentence, text.length, s.lines));
      text += s.sentence;
    });
  }
  return { name, text: `${text}\n`, mentions: readMentions(words) };
}

/** Gold index for each predicted mention (or -1): exact spans first, then head match. */
export function alignMentions(
  predicted: readonly { start: number; end: number }[],
  gold: GoldMention[],
  exactOnly: boolean,
): number[] {
  const out = predicted.map(() => -1);
  const taken = new Set<number>();
  const byKey = new Map<string, number>();
  gold.forEach((g, i) => {
    byKey.set(`${g.start}:${g.end}`, i);
  });
  predicted.forEach((p, i) => {
    const g = byKey.get(`${p.start}:${p.end}`);
    if (g !== undefined && !taken.has(g)) {
      out[i] = g;
      taken.add(g);
    }
  });
  if (exactOnly) return out;
  predicted.forEach((p, i) => {
    if (out[i] !== -1) return;
    let best = -1;
    gold.forEach((g, k) => {
      if (taken.has(k) || g.start > p.start || p.end > g.end) return;
      if (!g.min.every((w) => p.start <= w.start && w.end <= p.end)) return;
      if (best < 0 || g.end - g.start < gold[best]!.end - gold[best]!.start) best = k;
    });
    if (best >= 0) {
      out[i] = best;
      taken.add(best);
    }
  });
  return out;
}

/** A GUM document's text as newsgraph reads it before coreference: wink tokens, then the tagger's names. */
export function analyseGumText(doc: GumDocument, name: string): Doc {
  const raw = rawTextDoc({
    kind: 'text',
    body: doc.text,
    source: { path: name, format: 'text', bytes: doc.text.length, sha256: '' },
  });
  return findNamesStage.run(tokenizeStage.run(raw, {}), {});
}

/** The sieves' starting point for a GUM document: its mentions, each in a cluster of its own. */
export function gumSieveContext(doc: GumDocument, name: string): SieveContext {
  const analysed = analyseGumText(doc, name);
  return sieveContext(
    doc.text,
    layer(analysed, 'names'),
    layer(analysed, 'tokens'),
    layer(analysed, 'sentences'),
  );
}
