/**
 * Coreference clusters over a document's mentions: union-find, with each cluster's pooled attributes
 * (genders, numbers, semantic classes, whether it has a name), so that a sieve checks agreement with the
 * whole cluster and not only with one mention of it (the Stanford sieves' cluster-level features).
 */
import type { Gender, GrammaticalNumber } from './coref-lexicon.js';
import type { CorefMention } from './coref-mention.js';

export interface ClusterAttributes {
  genders: Set<Gender>;
  numbers: Set<GrammaticalNumber>;
  semantics: Set<string>;
  names: number;
  size: number;
  /** Lower-case words of the cluster's non-pronoun mentions. */
  words: Set<string>;
}

export class Clusters {
  private readonly parent: number[];
  private readonly attributes: ClusterAttributes[];

  constructor(readonly mentions: readonly CorefMention[]) {
    this.parent = mentions.map((_, i) => i);
    this.attributes = mentions.map((m) => ({
      genders: new Set(m.gender === '?' ? [] : [m.gender]),
      numbers: new Set(m.number === '?' ? [] : [m.number]),
      semantics: new Set(m.semantic === '?' ? [] : [m.semantic]),
      names: m.kind === 'name' ? 1 : 0,
      size: 1,
      words: new Set(m.kind === 'pronoun' ? [] : [...m.modifiers, m.head]),
    }));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  same(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  /** Joins the clusters of `a` and `b`; the earlier mention's root stays the root. */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (rb < ra) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    const x = this.attributes[ra]!;
    const y = this.attributes[rb]!;
    for (const g of y.genders) x.genders.add(g);
    for (const n of y.numbers) x.numbers.add(n);
    for (const s of y.semantics) x.semantics.add(s);
    for (const w of y.words) x.words.add(w);
    x.names += y.names;
    x.size += y.size;
  }

  /**
   * Whether the clusters of `a` and `b` both hold names already: the name sieve, which runs first, kept
   * them apart, so a repeated description ("Ben Zhao, a professor …" … "Vitaly Shmatikov, a professor …")
   * must not join them.
   */
  namedApart(a: number, b: number): boolean {
    return !this.same(a, b) && this.of(a).names > 0 && this.of(b).names > 0;
  }

  of(i: number): ClusterAttributes {
    return this.attributes[this.find(i)]!;
  }

  /** Mention indices grouped by cluster, clusters in order of their first mention. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.mentions.forEach((_, i) => {
      const root = this.find(i);
      const list = byRoot.get(root) ?? [];
      list.push(i);
      byRoot.set(root, list);
    });
    return [...byRoot.values()];
  }
}
