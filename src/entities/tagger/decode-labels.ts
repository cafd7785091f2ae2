/**
 * Left-to-right decoding of one sentence with the previous two labels as features. Beam width 1 is
 * greedy decoding; a wider beam sums log-softmax-normalised local scores. Transitions that break BIO
 * (I-X after anything but X) are never taken.
 */
import { extractFeatures, MAX_FEATURES } from './feature-templates.js';
import { ALLOWED_TRANSITION, LABEL_COUNT } from './tag-labels.js';
import type { DocAtoms } from './token-atoms.js';
import type { Scorer } from './weight-table.js';

/** Capitalisation classes (CAP in token-atoms.ts) where the O shortcut applies: lower, digit, other. */
const SHORTCUT_CAP = [true, false, false, false, true, true, false];

export class LabelDecoder {
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(LABEL_COUNT);

  /**
   * @param outsideShortcut label O without scoring when the previous label is O and the word is
   *   lowercase, a number or punctuation: names almost never start there, and it halves tagging time.
   */
  constructor(
    private readonly scorer: Scorer,
    readonly beamWidth = 1,
    readonly outsideShortcut = true,
  ) {}

  get description(): string {
    return `greedy, beam width ${this.beamWidth}, O shortcut ${this.outsideShortcut}`;
  }

  /** Labels tokens [start, end) of `atoms` into `out`. */
  decode(atoms: DocAtoms, start: number, end: number, out: Uint8Array): void {
    if (this.beamWidth <= 1) this.greedy(atoms, start, end, out);
    else this.beam(atoms, start, end, out);
  }

  private greedy(atoms: DocAtoms, start: number, end: number, out: Uint8Array): void {
    const L = LABEL_COUNT;
    let p1 = L;
    let p2 = L;
    const shortcut = this.outsideShortcut;
    for (let i = start; i < end; i++) {
      if (shortcut && p1 === 0 && SHORTCUT_CAP[atoms.cap[i]!]) {
        out[i] = 0;
        p2 = p1;
        continue;
      }
      const count = extractFeatures(atoms, i, p1, p2, this.features);
      this.scores.fill(0);
      this.scorer.addScores(this.features, count, this.scores);
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let l = 0; l < L; l++) {
        if (!ALLOWED_TRANSITION[p1 * L + l]) continue;
        const s = this.scores[l]!;
        if (s > bestScore) {
          bestScore = s;
          best = l;
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  private beam(atoms: DocAtoms, start: number, end: number, out: Uint8Array): void {
    const L = LABEL_COUNT;
    const K = this.beamWidth;
    type Hyp = { score: number; labels: number[] };
    let beam: Hyp[] = [{ score: 0, labels: [] }];
    for (let i = start; i < end; i++) {
      const candidates: Hyp[] = [];
      for (const hyp of beam) {
        const t = hyp.labels.length;
        const p1 = t >= 1 ? hyp.labels[t - 1]! : L;
        const p2 = t >= 2 ? hyp.labels[t - 2]! : L;
        const count = extractFeatures(atoms, i, p1, p2, this.features);
        this.scores.fill(0);
        this.scorer.addScores(this.features, count, this.scores);
        // Local scores under different histories are not comparable: normalise them (log-softmax).
        let max = Number.NEGATIVE_INFINITY;
        for (let l = 0; l < L; l++) if (ALLOWED_TRANSITION[p1 * L + l]) max = Math.max(max, this.scores[l]!);
        let sum = 0;
        for (let l = 0; l < L; l++)
          if (ALLOWED_TRANSITION[p1 * L + l]) sum += Math.exp(this.scores[l]! - max);
        const logZ = max + Math.log(sum);
        for (let l = 0; l < L; l++) {
          if (!ALLOWED_TRANSITION[p1 * L + l]) continue;
          candidates.push({ score: hyp.score + this.scores[l]! - logZ, labels: [...hyp.labels, l] });
        }
      }
      candidates.sort((a, b) => b.score - a.score);
      beam = candidates.slice(0, K);
    }
    const best = beam[0]!.labels;
    for (let i = start; i < end; i++) out[i] = best[i - start]!;
  }
}
