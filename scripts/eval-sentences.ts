/**
 * Sentence boundaries against gold: GUM (all genres, ../shared/data/gum/dep) and UD English EWT dev
 * (../shared/data/ud-ewt). Each document's text is rebuilt from its sentences (`# text =`), joined by a
 * space inside a paragraph (`# newpar`) and a blank line between paragraphs, and the paragraphs are the
 * blocks tokenize() receives. Scored: the sentence ends inside a paragraph (a paragraph's end is a
 * sentence end by construction, so it is not counted), precision/recall/F1, and how many documents'
 * sentences are exactly right.
 * Usage: npm run eval:sentences
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tokenize } from '../src/text/tokenize.js';

interface GoldDocument {
  text: string;
  blocks: { start: number; end: number }[];
  /** Sentence ends inside a paragraph. */
  ends: Set<number>;
}

/** Documents of a CoNLL-U file: `# newdoc` starts one (EWT has no paragraphs marked in some files). */
function readConllu(path: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let paragraphs: string[][] = [];
  const flush = () => {
    if (paragraphs.length === 0) return;
    let text = '';
    const blocks: { start: number; end: number }[] = [];
    const ends = new Set<number>();
    for (const sentences of paragraphs) {
      if (sentences.length === 0) continue;
      if (text) text += '\n\n';
      const start = text.length;
      sentences.forEach((sentence, i) => {
        if (i > 0) text += ' ';
        text += sentence;
        if (i < sentences.length - 1) ends.add(text.length);
      });
      blocks.push({ start, end: text.length });
    }
    documents.push({ text, blocks, ends });
    paragraphs = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) flush();
    if (line.startsWith('# newdoc') || line.startsWith('# newpar') || paragraphs.length === 0) {
      if (line.startsWith('# newdoc') || line.startsWith('# newpar')) paragraphs.push([]);
    }
    const text = /^# text = (.*)$/.exec(line)?.[1];
    if (text !== undefined) {
      if (paragraphs.length === 0) paragraphs.push([]);
      paragraphs[paragraphs.length - 1]!.push(text.trim());
    }
  }
  flush();
  return documents;
}

function score(label: string, documents: GoldDocument[]): void {
  let truePositive = 0;
  let predicted = 0;
  let gold = 0;
  let exact = 0;
  for (const document of documents) {
    const { sentences } = tokenize(document.text, document.blocks);
    const blockEnds = new Set(document.blocks.map((block) => block.end));
    const ours = new Set(sentences.map((s) => s.end).filter((end) => !blockEnds.has(end)));
    // A sentence may end before a closing mark or space the gold sentence keeps: compare the end of
    // the last token, allowing the gold end to lie after trailing marks.
    let hits = 0;
    for (const end of ours) if (document.ends.has(end)) hits++;
    truePositive += hits;
    predicted += ours.size;
    gold += document.ends.size;
    if (hits === ours.size && hits === document.ends.size) exact++;
  }
  const precision = truePositive / predicted;
  const recall = truePositive / gold;
  const f1 = (2 * precision * recall) / (precision + recall);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `${label.padEnd(22)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (${gold} boundaries; ${exact}/${documents.length} documents exact)`,
  );
}

const GUM = new URL('../../shared/data/gum/dep/', import.meta.url);
const gumFiles = readdirSync(GUM).filter((f) => f.endsWith('.conllu'));
const gum = gumFiles.flatMap((f) => readConllu(new URL(f, GUM).pathname));
const gumNews = gumFiles
  .filter((f) => f.includes('_news_'))
  .flatMap((f) => readConllu(new URL(f, GUM).pathname));
const ewt = readConllu(new URL('../../shared/data/ud-ewt/en_ewt-ud-dev.conllu', import.meta.url).pathname);
console.log('sentence ends inside paragraphs (exact character offset)');
score('GUM news', gumNews);
score('GUM all genres', gum);
score('UD EWT dev', ewt);
