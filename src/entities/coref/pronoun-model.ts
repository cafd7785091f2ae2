/**
 * The learned pronoun ranker: a logistic model over pairFeatures (models/coref-pronouns.json, trained on
 * GUM train by scripts/train-coref.ts). A pronoun takes the best-scoring candidate when its probability
 * reaches the model's threshold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../resources/read-data-file.js';

export interface PronounModel {
  threshold: number;
  weights: Record<string, number>;
}

let model: PronounModel | null | undefined;

export function pronounModel(): PronounModel | undefined {
  if (model === undefined) {
    const path = projectPath('models/coref-pronouns.json');
    model = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PronounModel) : null;
  }
  return model ?? undefined;
}

export function pairScore(weights: Record<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
