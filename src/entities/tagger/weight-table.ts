/**
 * The tagger's weights at run time: an open-addressing table from feature hash to a row of int8
 * weights (one per label) with a per-row scale, stored in one compact binary file.
 *
 * File layout (little endian): "NGNER002", uint32 header length, header JSON, zero padding to a
 * multiple of 4, then uint32 keys[n], float32 scales[n], int16 weights[n * labelCount] (padded to
 * 4 bytes), the compiled gazetteer: uint32 keys[m], uint32 values[m], and the word clusters when
 * the header counts any (`clusterEntries`): uint32 keys[c], uint32 values[c].
 */
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './tag-labels.js';
import { WordClusters } from './word-clusters.js';

export interface Scorer {
  /** Adds the weights of `count` features to `scores` (one slot per label). */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void;
}

export interface ModelHeader {
  labels: readonly string[];
  features: number;
  gazetteerEntries: number;
  trainedAt: string;
  [extra: string]: unknown;
}

const MAGIC = 'NGNER002';

/** Bytes per table slot: key (4), scale (4), one int16 weight per label; one cache line. */
const SLOT_BYTES = 64;
const SLOT_INTS = SLOT_BYTES / 4;
const SLOT_SHORTS = SLOT_BYTES / 2;

export class WeightTable implements Scorer {
  private readonly mask: number;
  /** Slot i: keys[i * 16] = feature hash (0 = empty), scales[i * 16 + 1], weights[i * 32 + 4 + label]. */
  private readonly keys: Uint32Array;
  private readonly scales: Float32Array;
  private readonly weights: Int16Array;

  constructor(
    readonly header: ModelHeader,
    scales: Float32Array,
    weights: Int16Array,
    keys: Uint32Array,
  ) {
    // addScores is unrolled for 17 labels (O and B/I of 8 classes).
    if (LABEL_COUNT !== 17) throw new Error('the weight table is written for 17 labels');
    let capacity = 1024;
    while (capacity < keys.length * 1.4) capacity *= 2;
    this.mask = capacity - 1;
    const buffer = new ArrayBuffer(capacity * SLOT_BYTES);
    this.keys = new Uint32Array(buffer);
    this.scales = new Float32Array(buffer);
    this.weights = new Int16Array(buffer);
    const L = LABEL_COUNT;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let slot = key & this.mask;
      while (this.keys[slot * SLOT_INTS] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot * SLOT_INTS] = key;
      this.scales[slot * SLOT_INTS + 1] = scales[row]!;
      this.weights.set(weights.subarray(row * L, row * L + L), slot * SLOT_SHORTS + 4);
    }
  }

  /**
   * Adds each found feature's row in the order of `features`. The 17 label sums live in locals and are
   * written back once: bit-identical to `scores[l] += scale * weight` on the Float32Array (each sum is
   * rounded to float32 after every addition, as the array store did), but a plain loop over labels
   * loaded and stored the array 17 times per feature and took twice as long (the lookups' cache
   * misses cost less than this arithmetic).
   */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const keys = this.keys;
    const scales = this.scales;
    const w = this.weights;
    const mask = this.mask;
    const fround = Math.fround;
    let s0 = scores[0]!,
      s1 = scores[1]!,
      s2 = scores[2]!,
      s3 = scores[3]!,
      s4 = scores[4]!,
      s5 = scores[5]!,
      s6 = scores[6]!,
      s7 = scores[7]!,
      s8 = scores[8]!,
      s9 = scores[9]!,
      s10 = scores[10]!,
      s11 = scores[11]!,
      s12 = scores[12]!,
      s13 = scores[13]!,
      s14 = scores[14]!,
      s15 = scores[15]!,
      s16 = scores[16]!;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let slot = key & mask;
      let found = keys[slot * SLOT_INTS]!;
      while (found !== key && found !== 0) {
        slot = (slot + 1) & mask;
        found = keys[slot * SLOT_INTS]!;
      }
      if (found === 0) continue;
      const scale = scales[slot * SLOT_INTS + 1]!;
      const base = slot * SLOT_SHORTS + 4;
      s0 = fround(s0 + scale * w[base + 0]!);
      s1 = fround(s1 + scale * w[base + 1]!);
      s2 = fround(s2 + scale * w[base + 2]!);
      s3 = fround(s3 + scale * w[base + 3]!);
      s4 = fround(s4 + scale * w[base + 4]!);
      s5 = fround(s5 + scale * w[base + 5]!);
      s6 = fround(s6 + scale * w[base + 6]!);
      s7 = fround(s7 + scale * w[base + 7]!);
      s8 = fround(s8 + scale * w[base + 8]!);
      s9 = fround(s9 + scale * w[base + 9]!);
      s10 = fround(s10 + scale * w[base + 10]!);
      s11 = fround(s11 + scale * w[base + 11]!);
      s12 = fround(s12 + scale * w[base + 12]!);
      s13 = fround(s13 + scale * w[base + 13]!);
      s14 = fround(s14 + scale * w[base + 14]!);
      s15 = fround(s15 + scale * w[base + 15]!);
      s16 = fround(s16 + scale * w[base + 16]!);
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
    scores[9] = s9;
    scores[10] = s10;
    scores[11] = s11;
    scores[12] = s12;
    scores[13] = s13;
    scores[14] = s14;
    scores[15] = s15;
    scores[16] = s16;
  }
}

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

/** Serialises quantised weights (`rows`: float weights per label for each feature hash) and the gazetteer. */
export function encodeModel(
  header: ModelHeader,
  keys: Uint32Array,
  rows: Float32Array,
  gazetteer: Gazetteer,
  clusters: WordClusters = WordClusters.EMPTY,
): Uint8Array {
  const L = LABEL_COUNT;
  const n = keys.length;
  const m = gazetteer.keys.length;
  const c = clusters.keys.length;
  const scales = new Float32Array(n);
  const weights = new Int16Array(n * L);
  for (let r = 0; r < n; r++) {
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(rows[r * L + l]!));
    const scale = max / 32767 || 1;
    scales[r] = scale;
    for (let l = 0; l < L; l++) weights[r * L + l] = Math.round(rows[r * L + l]! / scale);
  }
  const headerBytes = new TextEncoder().encode(
    JSON.stringify({ ...header, features: n, gazetteerEntries: m, clusterEntries: c }),
  );
  const body = align4(12 + headerBytes.length);
  const gazStart = body + n * 8 + align4(n * L * 2);
  const clusterStart = gazStart + m * 8;
  const out = new Uint8Array(clusterStart + c * 8);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  out.set(new Uint8Array(keys.buffer, keys.byteOffset, n * 4), body);
  out.set(new Uint8Array(scales.buffer, 0, n * 4), body + n * 4);
  out.set(new Uint8Array(weights.buffer, 0, n * L * 2), body + n * 8);
  out.set(new Uint8Array(gazetteer.keys.buffer, gazetteer.keys.byteOffset, m * 4), gazStart);
  out.set(new Uint8Array(gazetteer.values.buffer, gazetteer.values.byteOffset, m * 4), gazStart + m * 4);
  out.set(new Uint8Array(clusters.keys.buffer, clusters.keys.byteOffset, c * 4), clusterStart);
  out.set(new Uint8Array(clusters.values.buffer, clusters.values.byteOffset, c * 4), clusterStart + c * 4);
  return out;
}

export function decodeModel(bytes: Uint8Array): {
  table: WeightTable;
  gazetteer: Gazetteer;
  clusters: WordClusters;
} {
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error('not a newsgraph entity tagger model (or an older format)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
  if (header.labels.length !== LABEL_COUNT) throw new Error('model label set differs from the tagger');
  const n = header.features;
  const m = header.gazetteerEntries;
  const L = LABEL_COUNT;
  // Copy into a fresh aligned buffer (a Node Buffer may sit at any offset of a shared pool).
  const data = new Uint8Array(bytes.subarray(align4(12 + headerLength)));
  const gazStart = n * 8 + align4(n * L * 2);
  const table = new WeightTable(
    header,
    new Float32Array(data.buffer, n * 4, n),
    new Int16Array(data.buffer, n * 8, n * L),
    new Uint32Array(data.buffer, 0, n),
  );
  const gazetteer = new Gazetteer(
    new Uint32Array(data.buffer, gazStart, m),
    new Uint32Array(data.buffer, gazStart + m * 4, m),
  );
  const c = typeof header.clusterEntries === 'number' ? header.clusterEntries : 0;
  const clusterStart = gazStart + m * 8;
  const clusters =
    c > 0
      ? new WordClusters(
          new Uint32Array(data.buffer, clusterStart, c),
          new Uint32Array(data.buffer, clusterStart + c * 4, c),
        )
      : WordClusters.EMPTY;
  return { table, gazetteer, clusters };
}
