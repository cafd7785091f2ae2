/**
 * Word-level precision, recall and F1, ported from WCXB's `evaluate.py` so that our numbers are
 * comparable with the published ones: lowercase, tokens are runs of `\w` (Python's Unicode-aware
 * definition: letters, digits, underscore; combining marks split words), multiset overlap.
 */

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Python's `\w` on str: characters with `isalnum()` (letters and numbers of any script) or `_`. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  if (!text) return [];
  return text.toLowerCase().match(WORD) ?? [];
}

function countTokens(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function wordF1(predicted: string, reference: string): WordScore {
  const pred = wordTokens(predicted);
  const ref = wordTokens(reference);
  if (ref.length === 0) return pred.length === 0 ? score(1, 1, 1) : score(0, 0, 0);
  if (pred.length === 0) return score(0, 0, 0);
  const refCounts = countTokens(ref);
  let overlap = 0;
  for (const [token, n] of countTokens(pred)) overlap += Math.min(n, refCounts.get(token) ?? 0);
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return score(precision, recall, f1);
}

function score(precision: number, recall: number, f1: number): WordScore {
  return { precision, recall, f1 };
}

/** Fraction of snippets found (case-insensitive substring), as WCXB's `snippet_check`. */
export function snippetRate(text: string, snippets: string[]): number {
  if (snippets.length === 0) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}
