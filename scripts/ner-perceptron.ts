/**
 * Averaged perceptron training for the entity tagger (greedy decoding with predicted history, as at
 * run time). Weights live in growable float arrays keyed by feature hash; averaging uses the
 * "w - u / c" identity so each update costs O(labels).
 */
import {
  emissionFeatures,
  extractFeatures,
  MAX_FEATURES,
  transitionFeature,
} from '../src/entities/tagger/feature-templates.js';
import { ALLOWED_TRANSITION, LABEL_COUNT } from '../src/entities/tagger/tag-labels.js';
import type { DocAtoms } from '../src/entities/tagger/token-atoms.js';
import { bestPath, transitionScores } from '../src/entities/tagger/viterbi-decoder.js';
import type { Scorer } from '../src/entities/tagger/weight-table.js';

export interface TrainingDoc {
  atoms: DocAtoms;
  gold: Uint8Array;
  /** Sentence start indices, plus n at the end. */
  bounds: number[];
  /** Size of this document's perceptron updates (1 when absent): weighting a corpus without copying it. */
  weight?: number;
}

export class PerceptronTrainer implements Scorer {
  private readonly rowOf = new Map<number, number>();
  private w = new Float64Array(1 << 20);
  private u = new Float64Array(1 << 20);
  private rows = 0;
  private clock = 1;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(LABEL_COUNT);

  get featureCount(): number {
    return this.rows;
  }

  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const L = LABEL_COUNT;
    for (let f = 0; f < count; f++) {
      const row = this.rowOf.get(features[f]!);
      if (row === undefined) continue;
      const base = row * L;
      for (let l = 0; l < L; l++) scores[l]! += this.w[base + l]!;
    }
  }

  private row(key: number): number {
    let row = this.rowOf.get(key);
    if (row === undefined) {
      row = this.rows++;
      this.rowOf.set(key, row);
      if (this.rows * LABEL_COUNT > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return row;
  }

  private update(
    count: number,
    gold: number,
    guess: number,
    features = this.features,
    from = 0,
    weight = 1,
  ): void {
    const L = LABEL_COUNT;
    const c = this.clock * weight;
    for (let f = from; f < from + count; f++) {
      const base = this.row(features[f]!) * L;
      this.w[base + gold]! += weight;
      this.u[base + gold]! += c;
      this.w[base + guess]! -= weight;
      this.u[base + guess]! -= c;
    }
  }

  /** One pass over the sentences of `docs` in the given order; returns the token error count. */
  trainSentences(docs: readonly TrainingDoc[], order: readonly [number, number][]): number {
    const L = LABEL_COUNT;
    let errors = 0;
    for (const [d, s] of order) {
      const doc = docs[d]!;
      const start = doc.bounds[s]!;
      const end = doc.bounds[s + 1]!;
      let p1 = L;
      let p2 = L;
      for (let i = start; i < end; i++) {
        const count = extractFeatures(doc.atoms, i, p1, p2, this.features);
        this.scores.fill(0);
        this.addScores(this.features, count, this.scores);
        let guess = 0;
        let best = Number.NEGATIVE_INFINITY;
        for (let l = 0; l < L; l++) {
          if (!ALLOWED_TRANSITION[p1 * L + l]) continue;
          if (this.scores[l]! > best) {
            best = this.scores[l]!;
            guess = l;
          }
        }
        const gold = doc.gold[i]!;
        if (guess !== gold) {
          errors++;
          this.update(count, gold, guess);
        }
        this.clock++;
        p2 = p1;
        p1 = guess;
      }
    }
    return errors;
  }

  private sentenceFeatures = new Uint32Array(64 * MAX_FEATURES);
  private sentenceEmissions = new Float32Array(64 * LABEL_COUNT);

  /**
   * One pass of the structured perceptron (Collins 2002): each sentence is decoded exactly
   * (first-order Viterbi over emission and transition weights) and, where the best sequence differs
   * from the gold one, the features of the differing tokens and transitions are updated. Returns
   * the token error count. `lean`: see emissionFeatures.
   */
  trainSentencesViterbi(
    docs: readonly TrainingDoc[],
    order: readonly [number, number][],
    lean: boolean,
  ): number {
    const L = LABEL_COUNT;
    const M = MAX_FEATURES;
    let counts = new Int32Array(1024);
    let predicted = new Uint8Array(1024);
    let errors = 0;
    for (const [d, s] of order) {
      const doc = docs[d]!;
      const start = doc.bounds[s]!;
      const n = doc.bounds[s + 1]! - start;
      if (n <= 0) continue;
      if (this.sentenceFeatures.length < n * M) {
        this.sentenceFeatures = new Uint32Array(n * M * 2);
        this.sentenceEmissions = new Float32Array(n * L * 2);
      }
      if (predicted.length < n) {
        predicted = new Uint8Array(n * 2);
        counts = new Int32Array(n * 2);
      }
      const features = this.sentenceFeatures;
      const emissions = this.sentenceEmissions;
      for (let t = 0; t < n; t++) {
        const view = features.subarray(t * M, t * M + M);
        const count = emissionFeatures(doc.atoms, start + t, view, lean);
        counts[t] = count;
        const scores = emissions.subarray(t * L, t * L + L);
        scores.fill(0);
        this.addScores(view, count, scores);
      }
      bestPath(emissions, n, transitionScores(this), predicted);
      const gold = doc.gold;
      const weight = doc.weight ?? 1;
      for (let t = 0; t < n; t++) {
        const g = gold[start + t]!;
        const p = predicted[t]!;
        if (g !== p) {
          errors++;
          this.update(counts[t]!, g, p, features, t * M, weight);
        }
        const gPrev = t > 0 ? gold[start + t - 1]! : L;
        const pPrev = t > 0 ? predicted[t - 1]! : L;
        if (g !== p || gPrev !== pPrev) {
          this.updateRow(transitionFeature(gPrev), g, weight);
          this.updateRow(transitionFeature(pPrev), p, -weight);
        }
      }
      this.clock++;
    }
    return errors;
  }

  private updateRow(key: number, label: number, delta: number): void {
    const base = this.row(key) * LABEL_COUNT;
    this.w[base + label]! += delta;
    this.u[base + label]! += delta * this.clock;
  }

  /** Averaged weights of the rows whose largest absolute weight reaches `minWeight`. */
  averaged(minWeight: number): { keys: Uint32Array; rows: Float32Array } {
    const L = LABEL_COUNT;
    const keptKeys: number[] = [];
    const kept: number[] = [];
    const c = this.clock;
    for (const [key, row] of this.rowOf) {
      let max = 0;
      for (let l = 0; l < L; l++)
        max = Math.max(max, Math.abs(this.w[row * L + l]! - this.u[row * L + l]! / c));
      if (max >= minWeight) {
        keptKeys.push(key);
        kept.push(row);
      }
    }
    const rows = new Float32Array(kept.length * L);
    kept.forEach((row, r) => {
      for (let l = 0; l < L; l++) rows[r * L + l] = this.w[row * L + l]! - this.u[row * L + l]! / c;
    });
    return { keys: Uint32Array.from(keptKeys), rows };
  }

  /** A scorer over averaged weights (for measuring on dev data between epochs). */
  averagedScorer(): Scorer {
    const { keys, rows } = this.averaged(0);
    return tableScorer(keys, rows);
  }
}

/** A scorer over weight rows (one per key, LABEL_COUNT weights each) held in a Map (training only). */
export function tableScorer(keys: Uint32Array, rows: Float32Array): Scorer {
  const rowOf = new Map<number, number>();
  keys.forEach((k, r) => {
    rowOf.set(k, r);
  });
  return {
    addScores(features, count, scores) {
      for (let f = 0; f < count; f++) {
        const row = rowOf.get(features[f]!);
        if (row === undefined) continue;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += rows[row * LABEL_COUNT + l]!;
      }
    },
  };
}

/**
 * The mean of several models' weights (parameter mixing of models trained with different sentence
 * orders), keeping the rows whose largest absolute mean weight reaches `minWeight`.
 */
export function mixWeights(
  models: readonly { keys: Uint32Array; rows: Float32Array }[],
  minWeight: number,
): { keys: Uint32Array; rows: Float32Array } {
  const L = LABEL_COUNT;
  if (models.length === 1) {
    const { keys, rows } = models[0]!;
    const kept: number[] = [];
    keys.forEach((_, r) => {
      let max = 0;
      for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(rows[r * L + l]!));
      if (max >= minWeight) kept.push(r);
    });
    const out = new Float32Array(kept.length * L);
    kept.forEach((r, i) => {
      out.set(rows.subarray(r * L, r * L + L), i * L);
    });
    return { keys: Uint32Array.from(kept.map((r) => keys[r]!)), rows: out };
  }
  const sums = new Map<number, Float64Array>();
  for (const { keys, rows } of models) {
    keys.forEach((key, r) => {
      let sum = sums.get(key);
      if (!sum) {
        sum = new Float64Array(L);
        sums.set(key, sum);
      }
      for (let l = 0; l < L; l++) sum[l]! += rows[r * L + l]!;
    });
  }
  const keptKeys: number[] = [];
  const kept: Float64Array[] = [];
  for (const [key, sum] of sums) {
    let max = 0;
    for (let l = 0; l < L; l++) {
      sum[l]! /= models.length;
      max = Math.max(max, Math.abs(sum[l]!));
    }
    if (max >= minWeight) {
      keptKeys.push(key);
      kept.push(sum);
    }
  }
  const rows = new Float32Array(kept.length * L);
  kept.forEach((sum, i) => {
    rows.set(sum, i * L);
  });
  return { keys: Uint32Array.from(keptKeys), rows };
}
