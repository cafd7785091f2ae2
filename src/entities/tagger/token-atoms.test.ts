import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emissionFeatures, MAX_FEATURES } from './feature-templates.js';
import { GAZ, Gazetteer } from './gazetteer.js';
import { computeAtoms, DOC } from './token-atoms.js';

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
