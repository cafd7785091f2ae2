/**
 * Builds data/coref/noun-classes.json from the GUM **train** documents: for each head noun (the last word
 * of a gold mention's minimal span), the entity type GUM gives most mentions with that head (person,
 * organization, place, object, abstract…), kept when seen at least MIN_COUNT times with a share of at
 * least MIN_SHARE. The coreference sieves use it as the semantic class of common nouns ("the group" is
 * an organization, "the minister" a person).
 *
 * Then trains the pronoun ranker, models/coref-pronouns.json: logistic regression over pairFeatures
 * (src/entities/coref/pronoun-features.ts) for each third-person pronoun and its candidates, after the
 * sieves that run before the pronoun sieve; a candidate is positive when it is aligned (head match, as
 * in eval-coref) to a gold mention of the pronoun's gold entity. The pronoun then joins its first positive
 * candidate (teacher forcing), so later pronouns see clusters as the ranker will build them.
 * The ranker is written only with `--ranker`: on GUM it does not beat the rule order yet (train CoNLL
 * 51.3 vs 51.2, dev 50.7 vs 51.2; after the bare-noun prior, with subject and salience features added,
 * 51.7 vs 53.0 on train and 49.7 vs 52.0 on dev at threshold 0.3, 52.8 / 51.3 at 0.1: it links fewer
 * pronouns to small clusters and CEAF-e recall drops), so no model is shipped and the pronoun sieve uses
 * its rules. Retried after the tagger and mention changes of November 2026: dev 56.2 / 56.0 / 55.9 at
 * thresholds 0.1 / 0.2 / 0.3 against 56.9 for the rules, and re-ranking the rules' first 2–5 agreeing
 * candidates by the model 56.4.
 * `npm run train:coref` runs this script (noun classes), then scripts/train-coref-singletons.ts.
 * Usage: npx tsx scripts/train-coref.ts [--ranker]
 */
import { writeFileSync } from 'node:fs';
import { layer } from '../src/doc/doc.js';
import { pairFeatures } from '../src/entities/coref/pronoun-features.js';
import { SIEVES, sieveContext } from '../src/entities/coref/resolve-coref.js';
import {
  firstMentionOfSentence,
  MAX_CANDIDATES,
  pronounCandidates,
  pronounSieve,
} from '../src/entities/coref/sieve-pronouns.js';
import { alignMentions, analyseGumText, readGumDocument, splitNames } from './eval-coref-gum.js';
import { type LogisticExample, roundedWeights, trainLogistic } from './train-logistic.js';

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

// The pronoun ranker. Noun classes must be written first: the sieves read them.
if (!process.argv.includes('--ranker')) process.exit(0);
const analysedDocs = docs.map((name) => {
  const doc = readGumDocument(name);
  return { doc, analysed: analyseGumText(doc, name) };
});
const EPOCHS = 10;
const RATE = 0.05;
const L2 = 1e-4;
const THRESHOLD = 0.3;
const examples: LogisticExample[] = [];
for (const { doc, analysed } of analysedDocs) {
  const context = sieveContext(
    doc.text,
    layer(analysed, 'names'),
    layer(analysed, 'tokens'),
    layer(analysed, 'sentences'),
  );
  for (const sieve of SIEVES) if (sieve !== pronounSieve) sieve(context);
  const { mentions, clusters } = context;
  const alignment = alignMentions(mentions, doc.mentions, false);
  const goldEntity = (i: number) => (alignment[i]! >= 0 ? doc.mentions[alignment[i]!]!.entity : undefined);
  const starts = firstMentionOfSentence(mentions);
  mentions.forEach((p, i) => {
    if (p.kind !== 'pronoun' || p.person !== 3 || clusters.of(i).size > 1) return;
    const gold = goldEntity(i);
    let positive = -1;
    pronounCandidates(context, i, starts)
      .slice(0, MAX_CANDIDATES)
      .forEach((j, rank) => {
        const label = gold !== undefined && goldEntity(j) === gold ? 1 : 0;
        if (label && positive < 0) positive = j;
        examples.push({ features: pairFeatures(doc.text, p, j, rank, clusters, i - j - 1), label });
      });
    if (positive >= 0) clusters.union(positive, i);
  });
}
const weights = trainLogistic(examples, {
  epochs: EPOCHS,
  rate: RATE,
  l2: L2,
  onEpoch: (epoch, loss) =>
    console.log(`epoch ${epoch + 1}: log loss ${loss.toFixed(4)} on ${examples.length} pairs`),
});
const rounded = roundedWeights(weights);
writeFileSync(
  new URL('../models/coref-pronouns.json', import.meta.url),
  `${JSON.stringify({ threshold: THRESHOLD, weights: rounded }, null, 1)}\n`,
);
console.log(`models/coref-pronouns.json: ${Object.keys(rounded).length} weights`);
