/** Sparse weighted vectors (key → weight) for comparing articles with stories. */
export type Vector = Map<string, number>;

export function normalizeVector(vector: Vector): Vector {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  const out: Vector = new Map();
  for (const [key, weight] of vector) out.set(key, weight * scale);
  return out;
}

/**
 * Cosine of two vectors. `bNorm2`, when given, is b's squared norm, and b may then hold only the keys
 * it shares with a (what story assignment loads of a story's vector).
 */
export function cosine(a: Vector, b: Vector, bNorm2?: number): number {
  let dot = 0;
  let na = 0;
  let nb = bNorm2 ?? 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of a.values()) na += weight * weight;
  if (bNorm2 === undefined) for (const weight of b.values()) nb += weight * weight;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The `n` heaviest keys. */
export function topKeys(vector: Vector, n: number): string[] {
  return [...vector]
    .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : 1))
    .slice(0, n)
    .map(([key]) => key);
}
