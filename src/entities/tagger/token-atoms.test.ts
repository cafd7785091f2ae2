import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emissionFeatures, MAX_FEATURES } from './feature-templates.js';
import { GAZ, Gazetteer } from './gazetteer.js';
import { computeAtoms, DOC } from './token-atoms.js';
import { UNKNOWN_CLUSTER, WordClusters } from './word-clusters.js';

const WORDS = ['Blinken', 'visits', 'Kenya', 'and', 'Blinken', 'said', '5,000'];

test('token atoms: a repeated word gets the same atoms as its first occurrence', () => {
  const atoms = computeAtoms(WORDS, [0, 4], Gazetteer.compile(''));
  for (const field of ['form', 'norm', 'shape', 'pre3', 'suf2', 'suf3', 'suf4', 'cap', 'length'] as const)
    assert.equal(atoms[field][4], atoms[field][0], field);
  assert.deepEqual(computeAtoms(WORDS, [0, 4], Gazetteer.compile('')), atoms);
});

test('token atoms: cached word atoms belong to their cluster table', () => {
  const gazetteer = Gazetteer.compile('');
  const a = computeAtoms(WORDS, [0], gazetteer, WordClusters.compile('blinken\t523\t4\n'));
  const b = computeAtoms(WORDS, [0], gazetteer, WordClusters.compile('blinken\t17\t2\nkenya\t389\t4\n'));
  assert.deepEqual([a.cluster[0], a.capPrior[0], a.cluster[2]], [523, 4, UNKNOWN_CLUSTER]);
  assert.deepEqual([b.cluster[0], b.capPrior[0], b.cluster[2]], [17, 2, 389]);
});

const gazetteer = Gazetteer.compile(`kerala\t${GAZ.CITY}\nmax\t${GAZ.NAME}\n`);

test('a sentence whose writer capitalises nothing but "I" is marked, and its names match the gazetteer', () => {
  const words = ['I', 'took', 'max', 'to', 'kerala', '.', 'Max', 'liked', 'kerala', '.'];
  const atoms = computeAtoms(words, [0, 6], gazetteer);
  assert.equal(atoms.docFlags[0]! & DOC.LOWER_SENTENCE, DOC.LOWER_SENTENCE);
  assert.equal(atoms.docFlags[6]! & DOC.LOWER_SENTENCE, 0);
  assert.equal(atoms.gazBegin[2], GAZ.NAME);
  assert.equal(atoms.gazBegin[4], GAZ.CITY);
  // In a sentence with capitals, a lowercase word is a word: no proper-name match.
  assert.equal(atoms.gazBegin[6], GAZ.NAME);
  assert.equal(atoms.gazBegin[8], 0);
  // Lean models give lowercase words of such sentences the full feature set.
  const out = new Uint32Array(MAX_FEATURES);
  assert.ok(emissionFeatures(atoms, 4, out, true) > emissionFeatures(atoms, 8, out, true));
});
