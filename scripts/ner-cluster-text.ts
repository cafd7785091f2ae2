/**
 * Unlabelled text for the tagger's word clusters, read only from ../shared/data and never from the
 * dev/test splits of the entity sets we evaluate on (WNW dev; UNER-EWT dev/test = UD-EWT dev/test):
 * WNW train articles, UD-EWT train sentences, GUM sentences, PolNeAR articles, NAEB and WCXB article
 * bodies, and the LGL and GeoVirus geoparsing articles. Texts stay in memory only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from './ner-corpora.js';

export interface TextSource {
  name: string;
  /** Lines of text; a line never continues on the next one. */
  lines: string[];
}

function filesIn(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(dir, f));
}

function splitLines(text: string, out: string[]): void {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed) out.push(trimmed);
  }
}

/** `# text = ` lines of CoNLL-U-like files. */
function conlluText(path: string, out: string[]): void {
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line.startsWith('# text = ')) out.push(line.slice(9).trim());
}

function xmlText(path: string, out: string[]): void {
  const xml = readFileSync(path, 'utf8');
  for (const m of xml.matchAll(/<text>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/text>/g)) {
    const text = m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    splitLines(text, out);
  }
}

export function clusterTextSources(): TextSource[] {
  const sources: TextSource[] = [];
  const add = (name: string, fill: (out: string[]) => void) => {
    const lines: string[] = [];
    fill(lines);
    sources.push({ name, lines });
  };
  add('wnw-train', (out) => {
    for (const f of filesIn(join(DATA, 'ner', 'worldwide-newswire', 'train'), '.txt'))
      splitLines(readFileSync(f, 'utf8'), out);
  });
  add('ud-ewt-train', (out) => conlluText(join(DATA, 'ud-ewt', 'en_ewt-ud-train.conllu'), out));
  add('gum', (out) => {
    for (const f of filesIn(join(DATA, 'gum', 'dep'), '.conllu')) conlluText(f, out);
  });
  add('polnear', (out) => {
    for (const split of ['train', 'dev'])
      for (const f of filesIn(join(DATA, 'quotes', 'polnear', split, 'text'), '.txt'))
        splitLines(readFileSync(f, 'utf8'), out);
  });
  add('naeb', (out) => {
    const articles = JSON.parse(
      readFileSync(join(DATA, 'extraction', 'naeb', 'articles.json'), 'utf8'),
    ) as Record<string, { title?: string; articleBody?: string }>;
    for (const key of Object.keys(articles).sort()) {
      const a = articles[key]!;
      splitLines(`${a.title ?? ''}\n${a.articleBody ?? ''}`, out);
    }
  });
  add('wcxb', (out) => {
    for (const f of filesIn(join(DATA, 'extraction', 'wcxb', 'dev', 'ground-truth'), '.json')) {
      const page = JSON.parse(readFileSync(f, 'utf8')) as {
        ground_truth?: { title?: string; main_content?: string };
      };
      splitLines(`${page.ground_truth?.title ?? ''}\n${page.ground_truth?.main_content ?? ''}`, out);
    }
  });
  add('geo', (out) => {
    xmlText(join(DATA, 'geo', 'lgl.xml'), out);
    xmlText(join(DATA, 'geo', 'GeoVirus.xml'), out);
  });
  return sources;
}
