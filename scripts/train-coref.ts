/**
 * Builds data/coref/noun-classes.json from the GUM **train** documents: for each head noun (the last word
 * of a gold mention's minimal span), the entity type GUM gives most mentions with that head (person,
 * organization, place, object, abstract…), kept when seen at least MIN_COUNT times with a share of at
 * least MIN_SHARE. The coreference sieves use it as the semantic class of common nouns ("the group" is
 * an organization, "the minister" a person). Usage: npx tsx scripts/train-coref.ts
 */
import { writeFileSync } from 'node:fs';
import { readGumDocument, splitNames } from './eval-coref-gum.js';

const MIN_COUNT = 2;
const MIN_SHARE = 0.6;

const counts = new Map<string, Map<string, number>>();
const docs = splitNames('train');
for (const name of docs) {
  const doc = readGumDocument(name);
  for (const mention of doc.mentions) {
    const head = mention.min[mention.min.length - 1];
    if (!head) continue;
    const word = doc.text.slice(head.start, head.end);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) continue;
    const byType = counts.get(word) ?? new Map<string, number>();
    byType.set(mention.etype, (byType.get(mention.etype) ?? 0) + 1);
    counts.set(word, byType);
  }
}
const classes: Record<string, string> = {};
for (const [word, byType] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  const [type, count] = [...byType].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (total >= MIN_COUNT && count / total >= MIN_SHARE) classes[word] = type;
}
const about = `Semantic class of common head nouns, the GUM entity type most of their mentions have in the GUM train documents (${docs.length} documents; annotations CC BY 4.0, amir-zeldes/gum). Built by scripts/train-coref.ts; read by src/entities/coref/coref-lexicon.ts.`;
writeFileSync(
  new URL('../data/coref/noun-classes.json', import.meta.url),
  `${JSON.stringify({ _about: about, classes }, null, 0).replace(/,"/g, ',\n"')}\n`,
);
console.log(`${Object.keys(classes).length} head nouns from ${docs.length} train documents`);
