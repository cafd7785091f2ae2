import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './tag-labels.js';
import { decodeModel, encodeModel } from './weight-table.js';

const L = LABEL_COUNT;

test('WeightTable.addScores: bit-identical to adding scale × weight into a Float32Array', () => {
  let seed = 11;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const n = 200;
  const keys = Uint32Array.from({ length: n }, (_, i) => 1 + i * 7919);
  const rows = Float32Array.from({ length: n * L }, () => (random() < 0.3 ? 0 : (random() - 0.5) * 10));
  const header = {
    labels: Array.from({ length: L }, (_, i) => `L${i}`),
    features: n,
    gazetteerEntries: 0,
    trainedAt: '',
  };
  const { table } = decodeModel(encodeModel(header, keys, rows, Gazetteer.compile('')));
  // The reference: the rows as the file stores them (float32 scale, int16 weight / scale rounded).
  const quantised = (row: number) => {
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(rows[row * L + l]!));
    const scale = max / 32767 || 1;
    const weights = Array.from({ length: L }, (_, l) => Math.round(rows[row * L + l]! / scale));
    return { scale: Math.fround(scale), weights };
  };
  for (let round = 0; round < 100; round++) {
    const features = Uint32Array.from({ length: 40 }, () =>
      random() < 0.8 ? keys[Math.floor(random() * n)]! : 0xdead0000 + round,
    );
    const expected = new Float32Array(L).fill(1.5);
    for (const key of features) {
      const row = keys.indexOf(key);
      if (row < 0) continue;
      const { scale, weights } = quantised(row);
      for (let l = 0; l < L; l++) expected[l]! += scale * weights[l]!;
    }
    const scores = new Float32Array(L).fill(1.5);
    table.addScores(features, features.length, scores);
    assert.deepEqual(scores, expected, `round ${round}`);
  }
});
