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
import { mentionFeatures, textCounts } from './mention-features.js';

export interface SingletonModel {
  threshold: number;
  weights: Record<string, number>;
}

let model: SingletonModel | null | undefined;

export function singletonModel(): SingletonModel | undefined {
  if (model === undefined) {
    const path = process.env.NEWSGRAPH_COREF_SINGLETONS ?? projectPath('models/coref-singletons.json');
    model = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SingletonModel) : null;
  }
  return model ?? undefined;
}

export function logistic(weights: Record<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The features of every common-noun phrase in a cluster of two or more, by mention index. */
export function clusteredNominals(
  text: string,
  tokens: readonly Token[],
  mentions: readonly CorefMention[],
  groups: number[][],
): Map<number, string[]> {
  const counts = textCounts(text, mentions);
  const out = new Map<number, string[]>();
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const i of group) {
      const m = mentions[i]!;
      if (m.kind !== 'nominal') continue;
      const mates = group.filter((k) => k !== i).map((k) => mentions[k]!);
      out.set(i, mentionFeatures({ text, tokens, m, counts, mates }));
    }
  }
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
  const features = clusteredNominals(text, tokens, mentions, groups);
  const out: number[][] = [];
  for (const group of groups) {
    const kept = group.filter((i) => {
      const f = features.get(i);
      return !f || logistic(found.weights, f) >= found.threshold;
    });
    const dropped = group.filter((i) => !kept.includes(i));
    if (kept.length > 0) out.push(kept);
    for (const i of dropped) out.push([i]);
  }
  return out;
}
