/**
 * The singleton filter: after the sieves, each common-noun phrase in a cluster is scored by a logistic
 * model over mentionFeatures (models/coref-singletons.json, trained on GUM train by
 * scripts/train-coref-singletons.ts) for how likely it is to be part of a chain at all; below the model's
 * threshold it leaves its cluster (Recasens et al. 2013 filter coreference links the same way). Names and
 * pronouns stay where the sieves put them.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Token } from '../../doc/doc.js';
import { projectPath } from '../../resources/read-data-file.js';
import type { CorefMention } from './coref-mention.js';
import { mentionFeatures, summariseCluster, textCounts } from './mention-features.js';

export interface SingletonModel {
  threshold: number;
  weights: Record<string, number>;
}

let model: { threshold: number; weights: Map<string, number> } | null | undefined;

/** The model file (`NEWSGRAPH_COREF_SINGLETONS=<path>` reads another one), or undefined when there is none. */
export function singletonModel(): { threshold: number; weights: Map<string, number> } | undefined {
  if (model === undefined) {
    const path = process.env.NEWSGRAPH_COREF_SINGLETONS ?? projectPath('models/coref-singletons.json');
    const file = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SingletonModel) : undefined;
    model = file ? { threshold: file.threshold, weights: new Map(Object.entries(file.weights)) } : null;
  }
  return model ?? undefined;
}

export function logistic(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Calls `visit` with the features of every common-noun phrase in a cluster of two or more (its mention
 * index, its features), one at a time: a huge text has hundreds of thousands of them, too many to hold.
 */
function forEachClusteredNominal(
  text: string,
  tokens: readonly Token[],
  mentions: readonly CorefMention[],
  groups: number[][],
  visit: (index: number, features: string[]) => void,
): void {
  const counts = textCounts(text, mentions);
  for (const group of groups) {
    if (group.length < 2) continue;
    const members = group.map((i) => mentions[i]!);
    const cluster = summariseCluster(text, members);
    members.forEach((m, k) => {
      if (m.kind !== 'nominal' || m.semantic === 'clause') return;
      // Members are in text order, so the nearest other mention is next to it in the list.
      const previous = members[k - 1];
      const next = members[k + 1];
      const nearest = Math.min(
        previous ? m.sentence - previous.sentence : 1000,
        next ? next.sentence - m.sentence : 1000,
      );
      visit(group[k]!, mentionFeatures({ text, tokens, m, counts, cluster, nearest }));
    });
  }
}

/** The features of every common-noun phrase in a cluster of two or more, by mention index (for training). */
export function clusteredNominals(
  text: string,
  tokens: readonly Token[],
  mentions: readonly CorefMention[],
  groups: number[][],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  forEachClusteredNominal(text, tokens, mentions, groups, (i, features) => out.set(i, features));
  return out;
}

/** Clusters without the phrases the model takes for singletons (each left on its own). */
export function filterClusters(
  text: string,
  tokens: readonly Token[],
  mentions: readonly CorefMention[],
  groups: number[][],
): number[][] {
  const found = singletonModel();
  if (!found) return groups;
  const singletons = new Set<number>();
  forEachClusteredNominal(text, tokens, mentions, groups, (i, features) => {
    if (logistic(found.weights, features) < found.threshold) singletons.add(i);
  });
  const out: number[][] = [];
  for (const group of groups) {
    const kept = group.filter((i) => !singletons.has(i));
    if (kept.length > 0) out.push(kept);
    for (const i of group) if (singletons.has(i)) out.push([i]);
  }
  return out;
}
