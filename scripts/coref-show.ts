/**
 * Prints the coreference clusters (two mentions or more) newsgraph finds in plain-text files, for looking at
 * what a change does to the bundled samples.
 * Usage: npx tsx scripts/coref-show.ts samples/*.txt
 */
import { readFileSync } from 'node:fs';
import { layer } from '../src/doc/doc.js';
import { resolveCoreference } from '../src/entities/coref/resolve-coref.js';
import { analyseGumText } from './eval-coref-gum.js';

for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const doc = analyseGumText({ name: f, text, mentions: [] }, f);
  const c = resolveCoreference(text, layer(doc, 'names'), layer(doc, 'tokens'), layer(doc, 'sentences'));
  console.log(`## ${f}`);
  for (const g of c.clusters)
    if (g.length > 1)
      console.log(
        g.map((i) => JSON.stringify(text.slice(c.mentions[i]!.start, c.mentions[i]!.end))).join(' | '),
      );
}
