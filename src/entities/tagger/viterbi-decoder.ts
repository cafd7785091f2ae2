/**
 * Exact first-order decoding of one sentence: label scores from features that do not depend on
 * labels ("emissions", `emissionFeatures`) plus a weight for each pair of adjacent labels (the
 * weights of `transitionFeature(previous)`), maximised over all BIO-valid label sequences.
 *
 * Every token is scored (greedy decoding skips lowercase words after O); lean models keep that
 * affordable by giving lowercase words, numbers and punctuation a smaller feature set. Pruning
 * (`margin`) can skip tokens too, but it cost up to 9 F1 (perceptron path scores are wide) and is
 * only there to measure that.
 */
import { emissionFeatures, LEAN_CAP, MAX_FEATURES, transitionFeature } from './feature-templates.js';
import { ALLOWED_TRANSITION, LABEL_COUNT, TAGGER_CLASSES, type TaggerClass } from './tag-labels.js';
import type { DocAtoms } from './token-atoms.js';
import type { Scorer } from './weight-table.js';

const L = LABEL_COUNT;

/**
 * Transition scores: `[previous * L + label]` for previous in 0..L (L = sentence start), minus
 * infinity where BIO forbids the pair.
 */
export function transitionScores(scorer: Scorer): Float32Array {
  const table = new Float32Array((L + 1) * L);
  const feature = new Uint32Array(1);
  const scores = new Float32Array(L);
  for (let p = 0; p <= L; p++) {
    feature[0] = transitionFeature(p);
    scores.fill(0);
    scorer.addScores(feature, 1, scores);
    for (let l = 0; l < L; l++)
      table[p * L + l] = ALLOWED_TRANSITION[p * L + l] ? scores[l]! : Number.NEGATIVE_INFINITY;
  }
  return table;
}

/**
 * The best label sequence for `n` tokens with emission scores `emissions[t * L + label]`, written
 * to `out[0..n)`. Exact (no pruning): training uses it.
 */
export function bestPath(
  emissions: Float32Array,
  n: number,
  transitions: Float32Array,
  out: Uint8Array,
): void {
  const delta = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) delta[l] = transitions[L * L + l]! + emissions[l]!;
  for (let t = 1; t < n; t++) {
    for (let l = 0; l < L; l++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = delta[(t - 1) * L + p]! + transitions[p * L + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[t * L + l] = best + emissions[t * L + l]!;
      back[t * L + l] = arg;
    }
  }
  let label = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < L; l++) {
    if (delta[(n - 1) * L + l]! > best) {
      best = delta[(n - 1) * L + l]!;
      label = l;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = label;
    label = back[t * L + label]!;
  }
}

/**
 * Decode-time penalties for starting a name of a class (added to every transition into its B- label,
 * so they cost no time): the shipped model starts too many people and places (WNW dev: 1,140 PERSON
 * predictions for 1,058 gold). Chosen on WNW dev and UNER-EWT dev for the model of 2026-11-29 03:33
 * (grid PERSON −4…−6 × LOCATION −1…−3 all gave +0.28…+0.38 WNW dev and +0.08…+0.21 UNER dev;
 * −5 / −2: 85.02 → 85.37 and 74.24 → 74.43); training never sees them, so a retrained model needs
 * them measured again (`eval:ner --no-start-bias`).
 */
export const START_BIAS: Readonly<Partial<Record<TaggerClass, number>>> = { PERSON: -5, LOCATION: -2 };

export class ViterbiDecoder {
  /**
   * Transition scores by label, then previous label: `[label * (L + 1) + previous]` (previous L:
   * sentence start), so the inner loop of `extend` reads both its arrays in order; float64 holds
   * the float32 scores exactly.
   */
  private readonly transitionsTo: Float64Array;
  /** Emission features of a token: where the scorer reads them without a copy, when it says. */
  private readonly features: Uint32Array;
  private readonly emission = new Float32Array(L);
  private delta = new Float64Array(64 * L);
  private back = new Uint8Array(64 * L);

  /**
   * @param lean the model's lowercase words, numbers and punctuation have lean features (emissionFeatures)
   * @param margin labels scoring more than this below their token's best are dropped, and where only
   *   O survives, a lowercase word, number or punctuation mark is labelled O without scoring.
   *   Infinity (the default) decodes exactly; finite margins only measure what pruning costs.
   * @param startBias added to the score of starting a name of each class (START_BIAS)
   */
  constructor(
    private readonly scorer: Scorer,
    readonly lean = false,
    readonly margin = Number.POSITIVE_INFINITY,
    readonly startBias: Readonly<Partial<Record<TaggerClass, number>>> = START_BIAS,
  ) {
    const transitions = transitionScores(scorer);
    TAGGER_CLASSES.forEach((cls, c) => {
      const bias = startBias[cls] ?? 0;
      for (let p = 0; p <= L && bias !== 0; p++) transitions[p * L + 1 + 2 * c]! += bias;
    });
    this.transitionsTo = new Float64Array(L * (L + 1));
    for (let l = 0; l < L; l++)
      for (let p = 0; p <= L; p++) this.transitionsTo[l * (L + 1) + p] = transitions[p * L + l]!;
    this.features = scorer.featureBuffer ?? new Uint32Array(MAX_FEATURES);
  }

  get description(): string {
    const bias = Object.entries(this.startBias).map(([cls, b]) => `${cls} ${b}`);
    return `Viterbi, lean features ${this.lean}, pruning margin ${this.margin}, start bias ${bias.join(', ') || 'none'}`;
  }

  /** Labels tokens [start, end) of `atoms` into `out`. */
  decode(atoms: DocAtoms, start: number, end: number, out: Uint8Array): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.delta.length < n * L) {
      this.delta = new Float64Array(n * L * 2);
      this.back = new Uint8Array(n * L * 2);
    }
    const { delta, back, transitionsTo, emission } = this;
    const margin = this.margin;
    const NEG = Number.NEGATIVE_INFINITY;
    let onlyOutside = false;
    for (let t = 0; t < n; t++) {
      const i = start + t;
      const row = t * L;
      if (onlyOutside && LEAN_CAP[atoms.cap[i]!]) {
        // Only O reaches this token, and a name does not start at it: O, without scoring.
        delta.fill(NEG, row, row + L);
        delta[row] = delta[row - L]! + transitionsTo[0]!;
        back[row] = 0;
        continue;
      }
      emission.fill(0);
      this.scorer.addScores(this.features, emissionFeatures(atoms, i, this.features, this.lean), emission);
      if (t === 0) {
        for (let l = 0; l < L; l++) {
          delta[l] = transitionsTo[l * (L + 1) + L]! + emission[l]!;
          back[l] = 0;
        }
      } else this.extend(row, emission);
      if (margin === Number.POSITIVE_INFINITY) continue;
      let max = NEG;
      for (let l = 0; l < L; l++) max = Math.max(max, delta[row + l]!);
      onlyOutside = true;
      for (let l = 0; l < L; l++) {
        if (delta[row + l]! < max - margin) delta[row + l] = NEG;
        else if (l !== 0) onlyOutside = false;
      }
    }
    let label = 0;
    for (let l = 1; l < L; l++) if (delta[(n - 1) * L + l]! > delta[(n - 1) * L + label]!) label = l;
    for (let t = n - 1; t >= 0; t--) {
      out[start + t] = label;
      label = back[t * L + label]!;
    }
  }

  /**
   * delta and back of the token at `row` (t * L) from the token before it. Label outer, previous
   * label inner, so the running maximum stays in registers (previous label outer, with best and arg
   * arrays, took twice as long). Ties keep the lowest previous label, as they did: candidates
   * ascend and only a strictly greater score replaces the best.
   */
  private extend(row: number, emission: Float32Array): void {
    const { delta, back, transitionsTo } = this;
    const prevRow = row - L;
    const NEG = Number.NEGATIVE_INFINITY;
    // O (0) and B-X (odd) may follow any label. A previous label of minus infinity (I-X at a
    // sentence start) can never win, so it needs no skipping.
    for (let l = 0; l < L; l += l === 0 ? 1 : 2) {
      let best = NEG;
      let arg = 0;
      const to = l * (L + 1);
      for (let p = 0; p < L; p++) {
        const s = delta[prevRow + p]! + transitionsTo[to + p]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[row + l] = best + emission[l]!;
      back[row + l] = arg;
    }
    // I-X (even) only follows B-X (l - 1) or I-X (l) of its class (tag-labels.ts).
    for (let l = 2; l < L; l += 2) {
      const to = l * (L + 1);
      let best = delta[prevRow + l - 1]! + transitionsTo[to + l - 1]!;
      let arg = l - 1;
      const s = delta[prevRow + l]! + transitionsTo[to + l]!;
      if (s > best) {
        best = s;
        arg = l;
      }
      delta[row + l] = best + emission[l]!;
      back[row + l] = arg;
    }
  }
}
