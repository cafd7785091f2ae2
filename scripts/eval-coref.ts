/**
 * Coreference evaluation on GUM (../shared/data/gum): MUC, B³ and CEAF-e F1 and their average (the
 * CoNLL-2012 score) over names, nominals and pronouns together, on the dev documents (or `--split train`,
 * the documents used for tuning). newsgraph's own stages run on each rebuilt document text: tokens and
 * sentences (wink), names (the trained tagger), then mention detection and the coreference sieves.
 *
 * Mentions. The main setting uses **predicted mentions**, aligned to gold mentions by character offsets
 * as the CorefUD scorer does in its head-match mode: a predicted mention matches a gold one when it lies
 * inside the gold span and covers all of the gold minimal span (GUM's `minspan`, usually the head word);
 * exact span matches are taken first and each gold mention is matched once. The second line requires exact
 * spans. Singletons are left out on both sides (the OntoNotes / CoNLL-2012 convention, and the CorefUD
 * shared tasks' primary score); unmatched predicted mentions in predicted clusters count against precision.
 * Mention detection recall and precision (head match, all mentions) are printed as a diagnostic.
 *
 * Fails (exit 1) when the dev average drops below scripts/floors/coref.json.
 * Usage: npx tsx scripts/eval-coref.ts [--split dev|train|test] [--docs <substring>] [--docs-mod <k>/<n>]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { layer } from '../src/doc/doc.js';
import { resolveCoreference, SIEVES } from '../src/entities/coref/resolve-coref.js';
import {
  alignMentions,
  analyseGumText,
  type GumDocument,
  readGumDocument,
  splitNames,
} from './eval-coref-gum.js';
import { add, bcubed, type Clusters, type Counts, ceafe, f1, muc, zero } from './eval-coref-metrics.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const split = option('--split') ?? 'dev';
const filter = option('--docs');

interface Scores {
  muc: Counts;
  b3: Counts;
  ceafe: Counts;
  detected: Counts;
}
const emptyScores = (): Scores => ({ muc: zero(), b3: zero(), ceafe: zero(), detected: zero() });

function score(
  doc: GumDocument,
  predicted: { start: number; end: number }[],
  clusters: number[][],
  exactOnly: boolean,
): Scores {
  const alignment = alignMentions(predicted, doc.mentions, exactOnly);
  const goldGroups = new Map<string, string[]>();
  doc.mentions.forEach((g, i) => {
    const list = goldGroups.get(g.entity) ?? [];
    list.push(`g${i}`);
    goldGroups.set(g.entity, list);
  });
  const key: Clusters = [...goldGroups.values()].filter((c) => c.length > 1);
  const response: Clusters = clusters
    .filter((c) => c.length > 1)
    .map((c) => c.map((i) => (alignment[i]! >= 0 ? `g${alignment[i]}` : `p${i}`)));
  const matched = alignment.filter((a) => a >= 0).length;
  return {
    muc: muc(key, response),
    b3: bcubed(key, response),
    ceafe: ceafe(key, response),
    detected: { rn: matched, rd: doc.mentions.length, pn: matched, pd: predicted.length },
  };
}

/** COREF_SKIP=name,name leaves sieves out (ablations while tuning on train). */
const skip = new Set((process.env.COREF_SKIP ?? '').split(',').filter(Boolean));
const sieves = SIEVES.filter((sieve) => !skip.has(sieve.name));
const total = { head: emptyScores(), exact: emptyScores() };
const started = performance.now();
let docs = 0;
// --docs-mod k/n: only the documents whose index in the split is k mod n (held-out checks of trained models).
const [modK, modN] = (option('--docs-mod') ?? '-1/0').split('/').map(Number) as [number, number];
const chosen = splitNames(split).filter(
  (n, k) => (!filter || n.includes(filter)) && (modN === 0 || k % modN === modK),
);
for (const name of chosen) {
  const doc = readGumDocument(name);
  const analysed = analyseGumText(doc, name);
  const coref = resolveCoreference(
    doc.text,
    layer(analysed, 'names'),
    layer(analysed, 'tokens'),
    layer(analysed, 'sentences'),
    sieves,
  );
  for (const [setting, exactOnly] of [
    ['head', false],
    ['exact', true],
  ] as const) {
    const s = score(doc, coref.mentions, coref.clusters, exactOnly);
    const t = total[setting];
    t.muc = add(t.muc, s.muc);
    t.b3 = add(t.b3, s.b3);
    t.ceafe = add(t.ceafe, s.ceafe);
    t.detected = add(t.detected, s.detected);
  }
  docs++;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, s: Scores) => {
  const [m, b, c] = [f1(s.muc), f1(s.b3), f1(s.ceafe)];
  const avg = (m.f1 + b.f1 + c.f1) / 3;
  const cells = [m, b, c].map((x) => `${pct(x.recall)} ${pct(x.precision)} ${pct(x.f1)}`).join(' | ');
  console.log(`| ${label.padEnd(28)} | ${cells} | ${pct(avg)} |`);
  return avg;
};
console.log(`GUM ${split}: ${docs} documents, ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `| ${'setting'.padEnd(28)} | MUC R     P     F1  | B³  R     P     F1  | CEAF-e R  P     F1  | avg F1 |`,
);
console.log(`|${'-'.repeat(30)}|${'-'.repeat(21)}|${'-'.repeat(21)}|${'-'.repeat(21)}|--------|`);
const headAvg = row('predicted mentions, head', total.head);
const exactAvg = row('predicted mentions, exact', total.exact);
const d = f1(total.head.detected);
console.log(
  `mention detection (head match, singletons included): recall ${pct(d.recall)}  precision ${pct(d.precision)}  F1 ${pct(d.f1)}`,
);

if (split === 'dev' && !filter && modN === 0) {
  const floors = JSON.parse(readFileSync(new URL('floors/coref.json', import.meta.url), 'utf8')) as Record<
    string,
    number
  >;
  const reached: Record<string, number> = { 'dev/head.avg': headAvg, 'dev/exact.avg': exactAvg };
  const below = Object.entries(floors).filter(([k, floor]) => (reached[k] ?? 0) < floor);
  for (const [k, floor] of below) console.error(`below floor: ${k} ${pct(reached[k] ?? 0)} < ${pct(floor)}`);
  if (below.length > 0) process.exit(1);
}
