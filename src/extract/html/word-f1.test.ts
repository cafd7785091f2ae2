import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetRate, wordF1, wordTokens } from './word-f1.js';

test('tokens are lowercased runs of Unicode letters, digits and underscore (Python \\w)', () => {
  assert.deepEqual(wordTokens("It's 7-2, café_au lait! Ünïcode 東京"), [
    'it',
    's',
    '7',
    '2',
    'café_au',
    'lait',
    'ünïcode',
    '東京',
  ]);
  assert.deepEqual(wordTokens(''), []);
});

test('precision, recall and F1 as evaluate.py computes them', () => {
  const cases: [string, string, [number, number, number]][] = [
    ['a b c', 'a b c', [1, 1, 1]],
    ['a b c d', 'a b', [0.5, 1, 2 / 3]],
    ['a a b', 'a b b', [2 / 3, 2 / 3, 2 / 3]],
    ['', '', [1, 1, 1]],
    ['x', '', [0, 0, 0]],
    ['', 'x', [0, 0, 0]],
  ];
  for (const [pred, ref, [p, r, f]] of cases) {
    const s = wordF1(pred, ref);
    assert.ok(
      Math.abs(s.precision - p) < 1e-12 && Math.abs(s.recall - r) < 1e-12 && Math.abs(s.f1 - f) < 1e-12,
      `${pred} / ${ref}`,
    );
  }
});

test('snippet rate is case-insensitive substring presence', () => {
  assert.equal(snippetRate('The Quick brown fox', ['quick brown', 'lazy dog']), 0.5);
  assert.equal(snippetRate('anything', []), 1);
});
