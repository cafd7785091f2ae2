/**
 * The tagger's weights at run time: an open-addressing table from feature hash to a row of int16
 * weights (one per label) with a per-row scale, stored in one compact binary file. At run time the
 * table lives in the memory of the WebAssembly kernel that sums the rows (score-kernel.ts).
 *
 * File layout (little endian): "NGNER002", uint32 header length, header JSON, zero padding to a
 * multiple of 4, then uint32 keys[n], float32 scales[n], int16 weights[n * labelCount] (padded to
 * 4 bytes), the compiled gazetteer: uint32 keys[m], uint32 values[m], and the word clusters when
 * the header counts any (`clusterEntries`): uint32 keys[c], uint32 values[c].
 */
import { MAX_FEATURES } from './feature-templates.js';
import { Gazetteer } from './gazetteer.js';
import { createScoreKernel, FEATURES, SCORES, type ScoreKernel, TABLE } from './score-kernel.js';
import { LABEL_COUNT } from './tag-labels.js';
import { WordClusters } from './word-clusters.js';

export interface Scorer {
  /** Adds the weights of `count` features to `scores` (one slot per label). */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void;
  /** Where callers may write features (MAX_FEATURES) for addScores to read without a copy, if anywhere. */
  readonly featureBuffer?: Uint32Array;
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
  private readonly kernel: ScoreKernel;
  /** The kernel's features and label scores (score-kernel.ts). */
  readonly featureBuffer: Uint32Array;
  private readonly sums: Float64Array;

  constructor(
    readonly header: ModelHeader,
    scales: Float32Array,
    weights: Int16Array,
    keys: Uint32Array,
  ) {
    if (LABEL_COUNT !== 17) throw new Error('the score kernel is written for 17 labels');
    let capacity = 1024;
    while (capacity < keys.length * 1.4) capacity *= 2;
    this.mask = capacity - 1;
    // The slots live in the kernel's memory (score-kernel.ts), which sums their weights.
    this.kernel = createScoreKernel(capacity * SLOT_BYTES);
    const buffer = this.kernel.memory.buffer;
    this.featureBuffer = new Uint32Array(buffer, FEATURES, MAX_FEATURES);
    this.sums = new Float64Array(buffer, SCORES, LABEL_COUNT);
    // Slot i: slotKeys[i * 16] = feature hash (0 = empty), slotScales[i * 16 + 1],
    // slotWeights[i * 32 + 4 + label].
    const slotKeys = new Uint32Array(buffer, TABLE, capacity * SLOT_INTS);
    const slotScales = new Float32Array(buffer, TABLE, capacity * SLOT_INTS);
    const slotWeights = new Int16Array(buffer, TABLE, capacity * SLOT_SHORTS);
    const L = LABEL_COUNT;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let slot = key & this.mask;
      while (slotKeys[slot * SLOT_INTS] !== 0) slot = (slot + 1) & this.mask;
      slotKeys[slot * SLOT_INTS] = key;
      slotScales[slot * SLOT_INTS + 1] = scales[row]!;
      // Copied weight by weight: a subarray per row cost ~0.2 s over the model's rows.
      const from = row * L;
      const to = slot * SLOT_SHORTS + 4;
      for (let l = 0; l < L; l++) slotWeights[to + l] = weights[from + l]!;
    }
  }

  /**
   * Adds the rows of the features found, in the order of `features`, each sum rounded to float32
   * after every addition (as `scores[l] += scale * weight` on the Float32Array): bit-identical.
   * Features written to `featureBuffer` are read in place; others are copied there first.
   */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const own = this.featureBuffer;
    if (features !== own) for (let f = 0; f < count; f++) own[f] = features[f]!;
    const sums = this.sums;
    for (let l = 0; l < LABEL_COUNT; l++) sums[l] = scores[l]!;
    this.kernel.add(count, this.mask);
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = sums[l]!;
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
