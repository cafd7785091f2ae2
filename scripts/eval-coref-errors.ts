/**
 * Where coreference loses, on GUM (../shared/data/gum): a diagnostic beside eval-coref.ts, same documents
 * and head-match alignment, on the clusters as the sieves leave them (before the singleton filter). It prints
 *  - mention detection by gold kind (name, nominal, pronoun; PROPN / PRON / other heads in GUM), for
 *    mentions of gold clusters and for gold singletons;
 *  - every link a sieve made (each `union`), by sieve and the kinds of the two mentions: right (same gold
 *    entity), wrong (different gold entities), or spurious (a mention GUM does not have, or a gold singleton);
 *  - missing links: a gold mention, after the first of its entity, none of whose earlier gold mates is in its
 *    predicted cluster, by its kind and the nearest earlier mate's kind, split into "undetected" (the mention
 *    itself was not found), "alone" (found, left without antecedent) and "elsewhere" (joined to other mentions).
 *  - predicted clusters by the kinds they hold and their size: "useful" when two of their mentions are of
 *    one gold chain.
 * `--examples <n>` prints that many examples of each missing / wrong class; DETAIL=1 splits nominal links by
 * the later phrase's determiner, number, modifiers and post-modifier ("of …").
 * Usage: npx tsx scripts/eval-coref-errors.ts [--split dev|train] [--docs <substring>] [--examples <n>]
 */
import type { CorefMention } from '../src/entities/coref/coref-mention.js';
import { SIEVES } from '../src/entities/coref/resolve-coref.js';
import {
  alignMentions,
  type GoldMention,
  gumSieveContext,
  readGumDocument,
  splitNames,
} from './eval-coref-gum.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const split = option('--split') ?? 'dev';
const filter = option('--docs');
const examplesWanted = Number(option('--examples') ?? 0);

const goldKind = (g: GoldMention) =>
  g.headPos === 'PRON' ? 'pronoun' : g.headPos === 'PROPN' ? 'name' : g.headPos === 'DET' ? 'det' : 'nominal';

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const count = (key: string, example?: string) => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (example && examplesWanted > 0) {
    const list = examples.get(key) ?? [];
    if (list.length < examplesWanted) list.push(example);
    examples.set(key, list);
  }
};

for (const name of splitNames(split).filter((n) => !filter || n.includes(filter))) {
  const doc = readGumDocument(name);
  const context = gumSieveContext(doc, name);
  const { mentions, clusters } = context;
  const alignment = alignMentions(mentions, doc.mentions, false);
  const size = new Map<string, number>();
  for (const g of doc.mentions) size.set(g.entity, (size.get(g.entity) ?? 0) + 1);
  const gold = (i: number) => (alignment[i]! >= 0 ? doc.mentions[alignment[i]!] : undefined);
  const show = (m: CorefMention) => JSON.stringify(doc.text.slice(m.start, m.end));
  const around = (start: number, end: number) =>
    `${doc.text.slice(Math.max(0, start - 60), start)}[${doc.text.slice(start, end)}]${doc.text.slice(end, end + 30)}`.replace(
      /\s+/g,
      ' ',
    );

  let sieveName = '';
  const union = clusters.union.bind(clusters);
  clusters.union = (a: number, b: number) => {
    if (!clusters.same(a, b)) {
      const [x, y] = a < b ? [a, b] : [b, a];
      const gx = gold(x);
      const gy = gold(y);
      const side = (g: GoldMention | undefined) =>
        !g ? 'unaligned' : size.get(g.entity) === 1 ? 'singleton' : undefined;
      const spurious = side(gy) ?? side(gx);
      const verdict = spurious
        ? `spurious (${side(gy) ? 'anaphor' : 'antecedent'} ${spurious})`
        : gx!.entity === gy!.entity
          ? 'right'
          : 'wrong';
      count(
        `link ${sieveName.padEnd(18)}${process.env.DETAIL && mentions[y]!.kind === 'nominal' ? ` ${mentions[y]!.determiner}/${mentions[y]!.number}/${mentions[y]!.modifiers.length > 0 ? 'mod' : 'nomod'}/${mentions[y]!.end > mentions[y]!.headEnd ? 'post' : 'nopost'}` : ''} ${mentions[y]!.kind.padEnd(7)} → ${mentions[x]!.kind.padEnd(7)} ${verdict}`,
        verdict === 'right'
          ? undefined
          : `${name}: ${show(mentions[y]!)} → ${show(mentions[x]!)} | ${around(mentions[y]!.start, mentions[y]!.end)}`,
      );
    }
    union(a, b);
  };
  for (const sieve of SIEVES) {
    sieveName = sieve.name;
    sieve(context);
  }

  // Predicted clusters by what they hold, and whether two of their mentions are of one gold chain.
  for (const group of clusters.groups()) {
    if (group.length < 2) continue;
    const kinds = [...new Set(group.map((i) => mentions[i]!.kind))].sort().join('+');
    const bucket = group.length === 2 ? '2' : group.length <= 5 ? '3-5' : '6+';
    const chains = new Map<string, number>();
    for (const i of group) {
      const g = gold(i);
      if (g && (size.get(g.entity) ?? 0) > 1) chains.set(g.entity, (chains.get(g.entity) ?? 0) + 1);
    }
    const useful = [...chains.values()].some((n) => n > 1);
    count(
      `cluster ${kinds.padEnd(22)} size ${bucket.padEnd(3)} ${useful ? 'useful' : 'useless'}`,
      useful
        ? undefined
        : `${name}: ${group
            .map((i) => show(mentions[i]!))
            .join(' ')
            .slice(0, 160)}`,
    );
  }

  const predictedOf = new Map<number, number>();
  alignment.forEach((g, i) => {
    if (g >= 0) predictedOf.set(g, i);
  });
  const seen = new Map<string, number[]>();
  doc.mentions.forEach((g, k) => {
    const kind = goldKind(g);
    const inCluster = (size.get(g.entity) ?? 0) > 1;
    count(
      `detect ${inCluster ? 'coref    ' : 'singleton'} ${kind.padEnd(7)} ${predictedOf.has(k) ? 'found' : 'missed'}`,
      predictedOf.has(k) || !inCluster ? undefined : `${name}: ${around(g.start, g.end)}`,
    );
    const earlier = seen.get(g.entity) ?? [];
    seen.set(g.entity, [...earlier, k]);
    if (earlier.length === 0) return;
    const nearest = doc.mentions[earlier[earlier.length - 1]!]!;
    const i = predictedOf.get(k);
    let state: string;
    if (i === undefined) state = 'undetected';
    else if (earlier.some((e) => predictedOf.has(e) && clusters.same(predictedOf.get(e)!, i)))
      state = 'linked';
    else state = clusters.of(i).size === 1 ? 'alone' : 'elsewhere';
    count(
      `gold-link ${kind.padEnd(7)} → ${goldKind(nearest).padEnd(7)} ${state}`,
      state === 'linked'
        ? undefined
        : `${name}: ${around(g.start, g.end)}  (mate: ${doc.text.slice(nearest.start, nearest.end).slice(0, 40)})`,
    );
  });
}

for (const [key, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(`${String(n).padStart(6)}  ${key}`);
  for (const e of examples.get(key) ?? []) console.log(`          ${e}`);
}
