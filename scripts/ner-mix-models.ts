/**
 * Mean weights of several tagger model files written by `train:ner` with the same gazetteer and word
 * clusters (e.g. two runs with different seeds), each weighted by its number of seeds, as one model:
 *
 *   npx tsx scripts/ner-mix-models.ts <out.bin> <a.bin> <b.bin> …
 *
 * The files hold int16 weights with a scale per feature, pruned at |w| < 0.05, so the result differs
 * from one `train:ner` run over all the seeds by that rounding and pruning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Gazetteer } from '../src/entities/tagger/gazetteer.js';
import { LABEL_COUNT } from '../src/entities/tagger/tag-labels.js';
import { encodeModel, type ModelHeader } from '../src/entities/tagger/weight-table.js';
import { WordClusters } from '../src/entities/tagger/word-clusters.js';

const L = LABEL_COUNT;
const align4 = (n: number) => Math.ceil(n / 4) * 4;
const same = (a: Uint32Array, b: Uint32Array) =>
  a.length === b.length && Buffer.compare(Buffer.from(a.buffer), Buffer.from(b.buffer)) === 0;

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length < 2) throw new Error('usage: ner-mix-models.ts <out.bin> <a.bin> <b.bin> …');
const sums = new Map<number, Float64Array>();
let total = 0;
let first: { header: ModelHeader; gazetteer: Gazetteer; clusters: WordClusters } | undefined;
const seeds: unknown[] = [];
for (const path of inputs) {
  const bytes = new Uint8Array(readFileSync(path));
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
  const data = new Uint8Array(bytes.subarray(align4(12 + headerLength)));
  const n = header.features;
  const m = header.gazetteerEntries;
  const c = typeof header.clusterEntries === 'number' ? header.clusterEntries : 0;
  const keys = new Uint32Array(data.buffer, 0, n);
  const scales = new Float32Array(data.buffer, n * 4, n);
  const weights = new Int16Array(data.buffer, n * 8, n * L);
  const gazStart = n * 8 + align4(n * L * 2);
  const clusterStart = gazStart + m * 8;
  const gazetteer = new Gazetteer(
    new Uint32Array(data.buffer, gazStart, m).slice(),
    new Uint32Array(data.buffer, gazStart + m * 4, m).slice(),
  );
  const clusters = new WordClusters(
    new Uint32Array(data.buffer, clusterStart, c).slice(),
    new Uint32Array(data.buffer, clusterStart + c * 4, c).slice(),
  );
  if (!first) first = { header, gazetteer, clusters };
  else if (
    !same(first.gazetteer.keys, gazetteer.keys) ||
    !same(first.gazetteer.values, gazetteer.values) ||
    !same(first.clusters.keys, clusters.keys) ||
    !same(first.clusters.values, clusters.values)
  )
    throw new Error(`${path}: gazetteer or word clusters differ from ${inputs[0]}`);
  const count = Array.isArray(header.seeds) ? header.seeds.length : 1;
  seeds.push(...(Array.isArray(header.seeds) ? header.seeds : [null]));
  total += count;
  for (let r = 0; r < n; r++) {
    let sum = sums.get(keys[r]!);
    if (!sum) {
      sum = new Float64Array(L);
      sums.set(keys[r]!, sum);
    }
    for (let l = 0; l < L; l++) sum[l]! += count * scales[r]! * weights[r * L + l]!;
  }
}
const keptKeys: number[] = [];
const rows: number[] = [];
for (const [key, sum] of sums) {
  let max = 0;
  for (let l = 0; l < L; l++) {
    sum[l]! /= total;
    max = Math.max(max, Math.abs(sum[l]!));
  }
  if (max < 0.05) continue;
  keptKeys.push(key);
  for (let l = 0; l < L; l++) rows.push(sum[l]!);
}
const bytes = encodeModel(
  { ...first!.header, trainedAt: new Date().toISOString(), seeds, mixedFrom: inputs.length },
  Uint32Array.from(keptKeys),
  Float32Array.from(rows),
  first!.gazetteer,
  first!.clusters,
);
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${keptKeys.length} features, ${(bytes.length / 1e6).toFixed(1)} MB`);
