/** Exact-span precision/recall/F1 per type, overall, and for PERSON/ORG/location together. */

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScores {
  readonly byType = new Map<string, Counts>();

  private counts(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.byType.set(type, c);
    }
    return c;
  }

  /** Adds one document; spans of types mapped to undefined are ignored on both sides. */
  add(
    gold: readonly TypedSpan[],
    predicted: readonly TypedSpan[],
    mapType: (t: string) => string | undefined,
  ): void {
    const g = new Map<string, string>();
    for (const s of gold) {
      const t = mapType(s.type);
      if (t) g.set(`${s.start}:${s.end}`, t);
    }
    const p = new Map<string, string>();
    for (const s of predicted) {
      const t = mapType(s.type);
      if (t) p.set(`${s.start}:${s.end}`, t);
    }
    for (const [k, t] of p) {
      if (g.get(k) === t) this.counts(t).tp++;
      else this.counts(t).fp++;
    }
    for (const [k, t] of g) if (p.get(k) !== t) this.counts(t).fn++;
  }

  total(types?: readonly string[]): Counts {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [t, c] of this.byType) {
      if (types && !types.includes(t)) continue;
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return sum;
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p: 100 * p, r: 100 * r, f: p + r === 0 ? 0 : (200 * p * r) / (p + r) };
}

/** Our types → the three groups of the combined score (location = GPE + LOC + FAC). */
export function combinedGroup(type: string): string | undefined {
  if (type === 'PERSON' || type === 'ORG') return type;
  if (type === 'GPE' || type === 'LOC' || type === 'FAC' || type === 'LOCATION') return 'LOCATION';
  return undefined;
}

export function formatTable(title: string, scores: SpanScores, types: readonly string[]): string {
  const lines = [
    title,
    `${'type'.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   gold   pred`,
  ];
  const row = (name: string, c: Counts) => {
    const { p, r, f } = prf(c);
    lines.push(
      `${name.padEnd(10)} ${p.toFixed(1).padStart(6)} ${r.toFixed(1).padStart(6)} ${f.toFixed(1).padStart(6)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp + c.fp).padStart(6)}`,
    );
  };
  for (const t of types) if (scores.byType.has(t)) row(t, scores.byType.get(t)!);
  row('overall', scores.total());
  return lines.join('\n');
}
