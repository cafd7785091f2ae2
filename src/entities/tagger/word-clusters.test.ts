import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString } from './feature-hash.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './tag-labels.js';
import { computeAtoms } from './token-atoms.js';
import { decodeModel, encodeModel } from './weight-table.js';
import {
  CAP_PRIOR,
  COARSE_SHIFT,
  capPriorBucket,
  MIDDLE_SHIFT,
  UNKNOWN_CLUSTER,
  WordClusters,
} from './word-clusters.js';

const TSV = 'blinken\t523\t4\nkenya\t389\t4\n0,000\t7\t0\nsaid\t917\t1\n';

test('word clusters: ids by normalised word, unknown words marked', () => {
  const clusters = WordClusters.compile(TSV);
  assert.equal(clusters.size, 4);
  assert.equal(clusters.get(hashString('blinken')), 523);
  assert.equal(clusters.get(hashString('0,000')), 7);
  assert.equal(clusters.get(hashString('nowhere')), UNKNOWN_CLUSTER);
  assert.equal(clusters.capPrior(hashString('kenya')), CAP_PRIOR.ALWAYS);
  assert.equal(clusters.capPrior(hashString('said')), CAP_PRIOR.NEVER);
  assert.equal(clusters.capPrior(hashString('nowhere')), CAP_PRIOR.UNSEEN);
  assert.equal(523 >> COARSE_SHIFT, 8);
  assert.equal(523 >> MIDDLE_SHIFT, 65);
});

test('word clusters: capitalisation prior buckets', () => {
  assert.equal(capPriorBucket(1, 1), CAP_PRIOR.UNSEEN);
  assert.equal(capPriorBucket(0, 40), CAP_PRIOR.NEVER);
  assert.equal(capPriorBucket(10, 40), CAP_PRIOR.RARELY);
  assert.equal(capPriorBucket(30, 40), CAP_PRIOR.OFTEN);
  assert.equal(capPriorBucket(40, 40), CAP_PRIOR.ALWAYS);
});

test('word clusters: atoms look words up lowercased with digits folded', () => {
  const clusters = WordClusters.compile(TSV);
  const gazetteer = Gazetteer.compile('');
  const atoms = computeAtoms(['Blinken', 'visits', 'KENYA', '5,000'], [0], gazetteer, clusters);
  assert.deepEqual([...atoms.cluster], [523, UNKNOWN_CLUSTER, 389, 7]);
  assert.deepEqual([...atoms.capPrior], [4, 0, 4, 0]);
});

test('word clusters: carried through the model file, absent in older models', () => {
  const gazetteer = Gazetteer.compile('kenya\t1\n');
  const keys = Uint32Array.of(12345);
  const rows = new Float32Array(LABEL_COUNT).fill(0.5);
  const header = {
    labels: Array.from({ length: LABEL_COUNT }, (_, i) => `L${i}`),
    features: 1,
    gazetteerEntries: 0,
    trainedAt: '',
  };
  const withClusters = decodeModel(encodeModel(header, keys, rows, gazetteer, WordClusters.compile(TSV)));
  assert.equal(withClusters.clusters.get(hashString('kenya')), 389);
  assert.equal(withClusters.gazetteer.bits('Kenya'), 1);
  const without = decodeModel(encodeModel(header, keys, rows, gazetteer));
  assert.equal(without.clusters.size, 0);
});
