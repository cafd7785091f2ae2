/**
 * Learns word clusters for the entity tagger from unlabelled text (ner-cluster-text.ts) and writes
 * data/gazetteers/ner-clusters.tsv (normalised word, a tab, leaf cluster id); train:ner compiles it
 * into the model. Deterministic (seeded).
 *
 * Method: the text is tokenised as at run time (wink tokens, hyphenated words split) and normalised
 * as the tagger's `norm` atom (lowercase, digits → 0). Each word seen at least `minCount` times gets a
 * sparse context vector: counts of the words at offsets −2, −1, +1, +2 among the `contextWords` most
 * frequent words (plus a line-boundary symbol), weighted by positive PMI with context-distribution
 * smoothing (α = 0.75) and L2-normalised. Spherical k-means then splits the words top-down into a
 * tree of 16 × 8 × 8 = 1,024 leaves; a word's id is its path (coarse << 6 | middle << 3 | leaf), so
 * the tagger reads three granularities from one number (word-clusters.ts). Each word also gets its
 * capitalisation prior: the share of its occurrences capitalised where no sentence, quote or
 * headline begins.
 *
 *   npx tsx scripts/ner-build-clusters.ts [--min-count 3] [--context-words 2000] [--seed 11] [--out path]
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { CAP, capClass, normaliseForm } from '../src/entities/tagger/token-atoms.js';
import { capPriorBucket, LEVEL_BITS } from '../src/entities/tagger/word-clusters.js';
import { seededRandom } from '../src/testing/seeded-random.js';
import { clusterTextSources } from './ner-cluster-text.js';

export const CLUSTERS_PATH = join(import.meta.dirname, '..', 'data', 'gazetteers', 'ner-clusters.tsv');

export interface ClusterOptions {
  minCount: number;
  contextWords: number;
  seed: number;
  /** Branching of the top level (16); lower levels split in 2^LEVEL_BITS. */
  topClusters: number;
  iterations: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  contextWords: 2000,
  seed: 11,
  topClusters: 16,
  iterations: 12,
};

const OFFSETS = [-2, -1, 1, 2];
const HYPHEN = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/u;

/** The tagger's `norm` string of a token (token-atoms.ts). */
function normalise(word: string): string {
  const lower = normaliseForm(word).toLowerCase();
  return /[0-9]/.test(lower) ? lower.replace(/[0-9]/g, '0') : lower;
}

/** Tokens after which a capital letter says nothing about the word (a sentence or quote may begin). */
const OPENER = /^([.!?:;"“”'‘’«»([—–-]|\.\.\.|…)$/;

/** Headline-like lines (most words capitalised) say nothing about a word's capitalisation either. */
function isHeadline(values: readonly string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const v of values) {
    const cap = capClass(v);
    if (cap === CAP.DIGIT || cap === CAP.OTHER) continue;
    letters++;
    if (cap !== CAP.LOWER) capitals++;
  }
  return letters >= 4 && capitals >= 0.7 * letters;
}

interface Corpus {
  /** Word ids, −1 between lines. */
  ids: Int32Array;
  words: string[];
  counts: number[];
  /** Occurrences not at a line or sentence start, and how many of them are capitalised. */
  midCounts: number[];
  midCapitalised: number[];
  lines: number;
}

/** The corpus as word ids; vocabulary with counts and capitalisation counts. */
function readCorpus(): Corpus {
  const nlp = winkNLP(model, []);
  const its = nlp.its;
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const midCounts: number[] = [];
  const midCapitalised: number[] = [];
  const seen = new Set<string>();
  let ids = new Int32Array(1 << 22);
  let n = 0;
  const push = (id: number) => {
    if (n === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[n++] = id;
  };
  let lines = 0;
  for (const source of clusterTextSources()) {
    for (const line of source.lines) {
      if (seen.has(line)) continue;
      seen.add(line);
      lines++;
      const values: string[] = [];
      for (const value of nlp.readDoc(line).tokens().out(its.value) as string[]) {
        if (value.trim() === '') continue;
        if (value.length >= 3 && HYPHEN.test(value))
          value.split(HYPHEN).forEach((p, i) => {
            if (i > 0) values.push('-');
            values.push(p);
          });
        else values.push(value);
      }
      const headline = isHeadline(values);
      values.forEach((piece, j) => {
        const norm = normalise(piece);
        let id = idOf.get(norm);
        if (id === undefined) {
          id = words.length;
          idOf.set(norm, id);
          words.push(norm);
          counts.push(0);
          midCounts.push(0);
          midCapitalised.push(0);
        }
        counts[id]!++;
        if (!headline && j > 0 && !OPENER.test(values[j - 1]!)) {
          midCounts[id]!++;
          const cap = capClass(normaliseForm(piece));
          if (cap !== CAP.LOWER && cap !== CAP.DIGIT && cap !== CAP.OTHER) midCapitalised[id]!++;
        }
        push(id);
      });
      push(-1);
    }
  }
  return { ids: ids.subarray(0, n), words, counts, midCounts, midCapitalised, lines };
}

interface SparseRows {
  /** Row r's entries are [start[r], start[r + 1]). */
  start: Int32Array;
  dims: Int32Array;
  values: Float32Array;
}

/** PPMI context vectors (L2-normalised) of the target words. */
function contextVectors(
  ids: Int32Array,
  counts: number[],
  targets: Int32Array,
  contextWords: number,
): { rows: SparseRows; dimCount: number } {
  const vocab = counts.length;
  const targetIndex = new Int32Array(vocab).fill(-1);
  targets.forEach((w, i) => {
    targetIndex[w] = i;
  });
  const byFrequency = [...counts.keys()].sort((a, b) => counts[b]! - counts[a]! || a - b);
  const contextIndex = new Int32Array(vocab).fill(-1);
  for (let i = 0; i < Math.min(contextWords, vocab); i++) contextIndex[byFrequency[i]!] = i;
  const slot = contextWords + 1; // + the line boundary
  const dimCount = OFFSETS.length * slot;
  let pairs = new Uint32Array(1 << 22);
  let p = 0;
  for (let t = 0; t < ids.length; t++) {
    const w = ids[t]!;
    if (w < 0) continue;
    const row = targetIndex[w]!;
    if (row < 0) continue;
    for (let o = 0; o < OFFSETS.length; o++) {
      const at = t + OFFSETS[o]!;
      let c: number;
      if (at < 0 || at >= ids.length || ids[at]! < 0) c = contextWords;
      else {
        // A boundary between t and `at` (two words away) also counts as the boundary.
        const between = OFFSETS[o]! === -2 ? ids[t - 1]! : OFFSETS[o]! === 2 ? ids[t + 1]! : 0;
        c = between < 0 ? contextWords : contextIndex[ids[at]!]!;
      }
      if (c < 0) continue;
      if (p === pairs.length) {
        const grown = new Uint32Array(pairs.length * 2);
        grown.set(pairs);
        pairs = grown;
      }
      pairs[p++] = row * dimCount + o * slot + c;
    }
  }
  const sorted = pairs.subarray(0, p).sort();
  // Run-length counts of (row, dim) pairs.
  const rowOfPair: number[] = [];
  const dimOfPair: number[] = [];
  const countOfPair: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const code = sorted[i]!;
    rowOfPair.push(Math.floor(code / dimCount));
    dimOfPair.push(code % dimCount);
    countOfPair.push(j - i);
    i = j;
  }
  const rowTotal = new Float64Array(targets.length);
  const dimTotal = new Float64Array(dimCount);
  for (let i = 0; i < rowOfPair.length; i++) {
    rowTotal[rowOfPair[i]!]! += countOfPair[i]!;
    dimTotal[dimOfPair[i]!]! += countOfPair[i]!;
  }
  // Smoothed context distribution: P(c) ∝ count(c)^0.75.
  let smoothedSum = 0;
  for (let d = 0; d < dimCount; d++) smoothedSum += dimTotal[d]! ** 0.75;
  const start = new Int32Array(targets.length + 1);
  const dims: number[] = [];
  const values: number[] = [];
  let r = 0;
  for (let i = 0; i < rowOfPair.length; i++) {
    while (r < rowOfPair[i]!) start[++r] = dims.length;
    const pc = dimTotal[dimOfPair[i]!]! ** 0.75 / smoothedSum;
    const pmi = Math.log(countOfPair[i]! / (rowTotal[rowOfPair[i]!]! * pc));
    if (pmi > 0) {
      dims.push(dimOfPair[i]!);
      values.push(pmi);
    }
  }
  while (r < targets.length) start[++r] = dims.length;
  const rows: SparseRows = { start, dims: Int32Array.from(dims), values: Float32Array.from(values) };
  for (let row = 0; row < targets.length; row++) {
    let norm = 0;
    for (let k = rows.start[row]!; k < rows.start[row + 1]!; k++) norm += rows.values[k]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = rows.start[row]!; k < rows.start[row + 1]!; k++) rows.values[k]! /= norm;
  }
  return { rows, dimCount };
}

/** Spherical k-means of `members` (row indices) into k clusters; returns each member's cluster. */
function sphericalKMeans(
  rows: SparseRows,
  dimCount: number,
  members: readonly number[],
  k: number,
  iterations: number,
  random: () => number,
): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const centroids = new Float32Array(k * dimCount);
  const dot = (row: number, c: number) => {
    let s = 0;
    const base = c * dimCount;
    for (let e = rows.start[row]!; e < rows.start[row + 1]!; e++)
      s += rows.values[e]! * centroids[base + rows.dims[e]!]!;
    return s;
  };
  const setCentroid = (c: number, row: number) => {
    for (let e = rows.start[row]!; e < rows.start[row + 1]!; e++)
      centroids[c * dimCount + rows.dims[e]!] = rows.values[e]!;
  };
  // k-means++ seeding with cosine distance.
  const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  setCentroid(0, members[Math.floor(random() * n)]!);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(members[i]!, c - 1));
      if (d < best[i]!) best[i] = d;
      total += best[i]! ** 2;
    }
    let pick = random() * total;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      pick -= best[i]! ** 2;
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    setCentroid(c, members[chosen]!);
  }
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let top = 0;
      let topScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const s = dot(members[i]!, c);
        if (s > topScore) {
          topScore = s;
          top = c;
        }
      }
      if (assign[i] !== top || it === 0) changed++;
      assign[i] = top;
    }
    if (changed === 0) break;
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const row = members[i]!;
      const base = assign[i]! * dimCount;
      sizes[assign[i]!]!++;
      for (let e = rows.start[row]!; e < rows.start[row + 1]!; e++)
        centroids[base + rows.dims[e]!]! += rows.values[e]!;
    }
    for (let c = 0; c < k; c++) {
      const base = c * dimCount;
      if (sizes[c] === 0) {
        // An empty cluster restarts at a random member.
        setCentroid(c, members[Math.floor(random() * n)]!);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dimCount; d++) norm += centroids[base + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimCount; d++) centroids[base + d]! /= norm;
    }
  }
  return assign;
}

/** Top-down clustering into a tree: returns each row's leaf path id. */
function clusterTree(
  rows: SparseRows,
  dimCount: number,
  rowCount: number,
  options: ClusterOptions,
): Int32Array {
  const random = seededRandom(options.seed);
  const ids = new Int32Array(rowCount);
  const split = (members: number[], k: number): number[][] => {
    const assign = sphericalKMeans(rows, dimCount, members, k, options.iterations, random);
    const groups: number[][] = Array.from({ length: k }, () => []);
    members.forEach((m, i) => {
      groups[assign[i]!]!.push(m);
    });
    return groups;
  };
  const all = Array.from({ length: rowCount }, (_, i) => i);
  const branch = 1 << LEVEL_BITS;
  split(all, options.topClusters).forEach((top, a) => {
    split(top, branch).forEach((middle, b) => {
      split(middle, branch).forEach((leaf, c) => {
        for (const row of leaf) ids[row] = (a << (2 * LEVEL_BITS)) | (b << LEVEL_BITS) | c;
      });
    });
  });
  return ids;
}

export function buildClusters(
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  path = CLUSTERS_PATH,
): string {
  const started = Date.now();
  const { ids, words, counts, midCounts, midCapitalised, lines } = readCorpus();
  const readSeconds = (Date.now() - started) / 1000;
  const targetList: number[] = [];
  for (let w = 0; w < words.length; w++) if (counts[w]! >= options.minCount) targetList.push(w);
  targetList.sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  const targets = Int32Array.from(targetList);
  const { rows, dimCount } = contextVectors(ids, counts, targets, options.contextWords);
  const leaf = clusterTree(rows, dimCount, targets.length, options);
  const out = targetList
    .map((w, i) => `${words[w]}\t${leaf[i]}\t${capPriorBucket(midCapitalised[w]!, midCounts[w]!)}`)
    .join('\n');
  writeFileSync(path, `${out}\n`);
  const tokens = ids.length - lines;
  return `${targets.length} words (count ≥ ${options.minCount}) of ${words.length} from ${tokens} tokens in ${lines} lines, read in ${readSeconds.toFixed(0)} s, clustered in ${((Date.now() - started) / 1000 - readSeconds).toFixed(0)} s`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      'min-count': { type: 'string', default: String(DEFAULT_CLUSTER_OPTIONS.minCount) },
      'context-words': { type: 'string', default: String(DEFAULT_CLUSTER_OPTIONS.contextWords) },
      seed: { type: 'string', default: String(DEFAULT_CLUSTER_OPTIONS.seed) },
      out: { type: 'string', default: CLUSTERS_PATH },
    },
  });
  console.log(
    buildClusters(
      {
        ...DEFAULT_CLUSTER_OPTIONS,
        minCount: Number(values['min-count']),
        contextWords: Number(values['context-words']),
        seed: Number(values.seed),
      },
      values.out,
    ),
  );
}
