/**
 * Rebuilds the bundled sample articles (samples/*.txt) from GUM's Wikinews documents in
 * ../shared/data/gum (texts CC BY 2.5, Wikinews). Title first, then paragraphs separated by blank lines.
 * Usage: npx tsx scripts/make-samples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const GUM = new URL('../../shared/data/gum/dep/', import.meta.url);
const SAMPLES: Record<string, string> = {
  afghan: 'wikinews-afghan-robotics-team.txt',
  korea: 'wikinews-korea.txt',
  stampede: 'wikinews-stampede.txt',
  election: 'wikinews-election.txt',
};

/** Paragraphs from `# newpar` marks, sentences from their `# text =` lines (the original spacing). */
function rebuild(conllu: string): { text: string; meta: Record<string, string> } {
  const meta: Record<string, string> = {};
  const paragraphs: string[][] = [];
  for (const line of conllu.split('\n')) {
    const metaMatch = /^# meta::(\w+) = (.*)$/.exec(line);
    if (metaMatch?.[1] && metaMatch[2] !== undefined) meta[metaMatch[1]] = metaMatch[2];
    if (/^# newpar(?: |$)/.test(line) || paragraphs.length === 0) paragraphs.push([]);
    const sentence = /^# text = (.*)$/.exec(line);
    if (sentence?.[1]) paragraphs[paragraphs.length - 1]?.push(sentence[1]);
  }
  const text = paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(' '))
    .join('\n\n');
  return { text: `${text}\n`, meta };
}

const rows: string[] = [];
for (const [doc, file] of Object.entries(SAMPLES)) {
  const { text, meta } = rebuild(readFileSync(new URL(`GUM_news_${doc}.conllu`, GUM), 'utf8'));
  writeFileSync(new URL(`../samples/${file}`, import.meta.url), text);
  rows.push(`| \`${file}\` | ${meta.title} | ${meta.dateCreated} | ${meta.sourceURL} |`);
}
console.log(rows.join('\n'));
