/**
 * Coreference metrics over clusters of mention keys (the CoNLL-2012 definitions): MUC (links),
 * B³ (per mention) and CEAF-e (entity alignment, φ4 similarity, exact Hungarian assignment).
 * Counts are returned unnormalised so that documents can be summed (micro-average over a corpus).
 */

export type Clusters = string[][];

export interface Counts {
  /** Recall numerator and denominator, precision numerator and denominator. */
  rn: number;
  rd: number;
  pn: number;
  pd: number;
}

export const zero = (): Counts => ({ rn: 0, rd: 0, pn: 0, pd: 0 });
export const add = (a: Counts, b: Counts): Counts => ({
  rn: a.rn + b.rn,
  rd: a.rd + b.rd,
  pn: a.pn + b.pn,
  pd: a.pd + b.pd,
});

export function f1(c: Counts): { recall: number; precision: number; f1: number } {
  const recall = c.rd ? c.rn / c.rd : 0;
  const precision = c.pd ? c.pn / c.pd : 0;
  return { recall, precision, f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0 };
}

const clusterOf = (clusters: Clusters) => {
  const map = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const m of c) map.set(m, i);
  });
  return map;
};

/** MUC recall side: for each key cluster, |K| minus the number of partitions the response makes of it. */
function mucSide(key: Clusters, response: Clusters): { n: number; d: number } {
  const owner = clusterOf(response);
  let n = 0;
  let d = 0;
  for (const cluster of key) {
    const parts = new Set<string>();
    for (const m of cluster) parts.add(owner.has(m) ? `r${owner.get(m)}` : `s${m}`);
    n += cluster.length - parts.size;
    d += cluster.length - 1;
  }
  return { n, d };
}

export function muc(key: Clusters, response: Clusters): Counts {
  const r = mucSide(key, response);
  const p = mucSide(response, key);
  return { rn: r.n, rd: r.d, pn: p.n, pd: p.d };
}

function bcubedSide(key: Clusters, response: Clusters): { n: number; d: number } {
  const owner = clusterOf(response);
  let n = 0;
  let d = 0;
  for (const cluster of key) {
    const overlap = new Map<number, number>();
    for (const m of cluster) {
      const r = owner.get(m);
      if (r !== undefined) overlap.set(r, (overlap.get(r) ?? 0) + 1);
    }
    for (const count of overlap.values()) n += (count * count) / cluster.length;
    d += cluster.length;
  }
  return { n, d };
}

export function bcubed(key: Clusters, response: Clusters): Counts {
  const r = bcubedSide(key, response);
  const p = bcubedSide(response, key);
  return { rn: r.n, rd: r.d, pn: p.n, pd: p.d };
}

/** Maximum-weight assignment (Hungarian algorithm on costs = -similarity), rows ≤ columns padded. */
function maxAssignment(weights: number[][]): number {
  const n = Math.max(weights.length, weights[0]?.length ?? 0);
  if (n === 0) return 0;
  const cost = (i: number, j: number) => -(weights[i]?.[j] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j]) total += weights[p[j]! - 1]?.[j - 1] ?? 0;
  return total;
}

export function ceafe(key: Clusters, response: Clusters): Counts {
  const owner = clusterOf(response);
  const weights = key.map((k) => {
    const row = new Array<number>(response.length).fill(0);
    const overlap = new Map<number, number>();
    for (const m of k) {
      const r = owner.get(m);
      if (r !== undefined) overlap.set(r, (overlap.get(r) ?? 0) + 1);
    }
    for (const [r, count] of overlap) row[r] = (2 * count) / (k.length + (response[r]?.length ?? 0));
    return row;
  });
  const best = key.length && response.length ? maxAssignment(weights) : 0;
  return { rn: best, rd: key.length, pn: best, pd: response.length };
}
