/**
 * Span scores as the PolNeAR literature reports them (Newell et al. 2018; CofeNet, Wang et al. 2022):
 * per role (source, cue, content), precision, recall and F1 of predicted spans against gold spans,
 * with an exact match (same boundaries, ignoring white space at the edges) and a partial match (the
 * spans share at least one token), each gold span matched at most once.
 */
import type { CharSpan } from './read-brat.js';

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, exact: 0, overlap: 0 });

function trimmed(text: string, s: CharSpan, marks: boolean): CharSpan {
  const edge = marks ? /[\s"“”„«»]/ : /\s/;
  let { start, end } = s;
  while (start < end && edge.test(text[start] ?? '')) start++;
  while (end > start && edge.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** True when the spans share a word character (a token), not just a space or a mark. */
function shareToken(text: string, a: CharSpan, b: CharSpan): boolean {
  const from = Math.max(a.start, b.start);
  const to = Math.min(a.end, b.end);
  return to > from && /[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/**
 * Adds one document's matches for one role to `counts`. With `ignoreMarks`, quotation marks at the
 * edges do not count (for texts whose marks were damaged on purpose).
 */
export function scoreSpans(
  text: string,
  gold: CharSpan[],
  predicted: CharSpan[],
  counts: Counts,
  ignoreMarks = false,
): void {
  const g = gold.map((s) => trimmed(text, s, ignoreMarks)).sort((a, b) => a.start - b.start);
  const p = predicted.map((s) => trimmed(text, s, ignoreMarks)).sort((a, b) => a.start - b.start);
  counts.gold += g.length;
  counts.predicted += p.length;
  const exactKeys = new Set(g.map((s) => `${s.start}:${s.end}`));
  for (const s of p) if (exactKeys.delete(`${s.start}:${s.end}`)) counts.exact++;
  // Partial match: greedy one-to-one in text order (both lists sorted, a sweep keeps it linear).
  const taken = new Array<boolean>(g.length).fill(false);
  let first = 0;
  for (const s of p) {
    while (first < g.length && (g[first]?.end ?? 0) <= s.start) first++;
    for (let k = first; k < g.length && (g[k]?.start ?? 0) < s.end; k++) {
      if (!taken[k] && shareToken(text, s, g[k]!)) {
        taken[k] = true;
        counts.overlap++;
        break;
      }
    }
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: 100 * precision, recall: 100 * recall, f1: 100 * f1 };
}
