import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emissionFeatures, MAX_FEATURES, transitionFeature } from './feature-templates.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, labelIndex } from './tag-labels.js';
import { computeAtoms } from './token-atoms.js';
import { bestPath, START_BIAS, transitionScores, ViterbiDecoder } from './viterbi-decoder.js';
import type { Scorer } from './weight-table.js';

const L = LABEL_COUNT;
const O = 0;
const B_ORG = labelIndex('B-ORG');
const I_ORG = labelIndex('I-ORG');
const B_PER = labelIndex('B-PERSON');

/** A scorer from a map of feature hash → label → weight. */
function scorerOf(weights: Map<number, Record<number, number>>): Scorer {
  return {
    addScores(features, count, scores) {
      for (let f = 0; f < count; f++) {
        const row = weights.get(features[f]!);
        if (row) for (const [label, w] of Object.entries(row)) scores[Number(label)]! += w;
      }
    },
  };
}

test('bestPath finds the best sequence where greedy choice would not', () => {
  // Token 0 prefers B-PERSON locally (2 vs 1.5), but only B-ORG may continue into I-ORG at token 1.
  const emissions = new Float32Array(2 * L);
  emissions[B_PER] = 2;
  emissions[B_ORG] = 1.5;
  emissions[L + I_ORG] = 3;
  const transitions = transitionScores(scorerOf(new Map()));
  const out = new Uint8Array(2);
  bestPath(emissions, 2, transitions, out);
  assert.deepEqual([...out], [B_ORG, I_ORG]);
});

test('transitionScores forbids I-X after O and at a sentence start', () => {
  const t = transitionScores(scorerOf(new Map([[transitionFeature(O), { [B_ORG]: 0.5 }]])));
  assert.equal(t[O * L + I_ORG], Number.NEGATIVE_INFINITY);
  assert.equal(t[L * L + I_ORG], Number.NEGATIVE_INFINITY);
  assert.equal(t[O * L + B_ORG], 0.5);
  assert.equal(t[B_ORG * L + I_ORG], 0);
});

test('ViterbiDecoder labels a sentence from emission and transition weights', () => {
  const words = ['Reuters', 'News', 'said', 'so'];
  const atoms = computeAtoms(words, [0], Gazetteer.compile(''));
  const features = new Uint32Array(MAX_FEATURES);
  // The bias feature (the first emission feature) favours O; each word's form feature says more.
  emissionFeatures(atoms, 0, features);
  const bias = features[0]!;
  const form = (i: number) => {
    emissionFeatures(atoms, i, features);
    return features[1]!;
  };
  const weights = new Map<number, Record<number, number>>([
    [bias, { [O]: 1 }],
    [form(0), { [B_ORG]: 3 }],
    [form(1), { [I_ORG]: 1.2, [B_PER]: 1.5 }],
    [transitionFeature(B_ORG), { [I_ORG]: 1 }],
  ]);
  const out = new Uint8Array(4);
  for (const margin of [Number.POSITIVE_INFINITY, 10]) {
    new ViterbiDecoder(scorerOf(weights), false, margin).decode(atoms, 0, 4, out);
    assert.deepEqual([...out], [B_ORG, I_ORG, O, O]);
  }
});

test('ViterbiDecoder matches bestPath on random scores, ties included', () => {
  // Integer weights make equal path scores common; both must pick the same (lowest) labels.
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const words = ['Reuters', 'News', 'said', 'so', 'in', 'Kenya', 'today', '.'];
  const n = words.length;
  const atoms = computeAtoms(words, [0], Gazetteer.compile(''));
  const features = new Uint32Array(MAX_FEATURES);
  for (let round = 0; round < 50; round++) {
    const weights = new Map<number, Record<number, number>>();
    const row = () => Object.fromEntries(Array.from({ length: L }, (_, l) => [l, Math.floor(random() * 4)]));
    for (let p = 0; p <= L; p++) weights.set(transitionFeature(p), row());
    for (let i = 0; i < n; i++) {
      emissionFeatures(atoms, i, features);
      weights.set(features[1]!, row());
    }
    const scorer = scorerOf(weights);
    const emissions = new Float32Array(n * L);
    for (let i = 0; i < n; i++)
      scorer.addScores(features, emissionFeatures(atoms, i, features), emissions.subarray(i * L));
    const expected = new Uint8Array(n);
    bestPath(emissions, n, transitionScores(scorer), expected);
    const out = new Uint8Array(n);
    new ViterbiDecoder(scorer, false, Number.POSITIVE_INFINITY, {}).decode(atoms, 0, n, out);
    assert.deepEqual([...out], [...expected], `round ${round}`);
  }
});

test('ViterbiDecoder adds the start bias of a class to starting a name of it', () => {
  const words = ['Jan', 'said'];
  const atoms = computeAtoms(words, [0], Gazetteer.compile(''));
  const features = new Uint32Array(MAX_FEATURES);
  emissionFeatures(atoms, 0, features);
  // "Jan" prefers B-PERSON over O by 2, less than the default PERSON start penalty.
  const scorer = scorerOf(new Map([[features[1]!, { [B_PER]: 2 }]]));
  assert.ok((START_BIAS.PERSON ?? 0) < -2);
  const out = new Uint8Array(2);
  new ViterbiDecoder(scorer, false, Number.POSITIVE_INFINITY, {}).decode(atoms, 0, 2, out);
  assert.deepEqual([...out], [B_PER, O]);
  new ViterbiDecoder(scorer).decode(atoms, 0, 2, out);
  assert.deepEqual([...out], [O, O]);
  new ViterbiDecoder(scorer, false, Number.POSITIVE_INFINITY, { PERSON: -1 }).decode(atoms, 0, 2, out);
  assert.deepEqual([...out], [B_PER, O]);
});
