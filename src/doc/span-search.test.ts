import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstStartingAt, spanContaining, spansWithin } from './span-search.js';

const spans = [
  { start: 0, end: 3 },
  { start: 4, end: 8 },
  { start: 10, end: 12 },
];

test('binary searches over a sorted layer', () => {
  assert.deepEqual(
    [0, 1, 4, 9, 10, 13].map((at) => firstStartingAt(spans, at)),
    [0, 1, 1, 2, 2, 3],
  );
  assert.deepEqual(
    [0, 2, 3, 4, 7, 9, 11, 12].map((at) => spanContaining(spans, at)?.start),
    [0, 0, undefined, 4, 4, undefined, 10, undefined],
  );
  assert.deepEqual(spansWithin(spans, 1, 12), [spans[1], spans[2]]);
  assert.deepEqual(spansWithin(spans, 0, 7), [spans[0]]);
  assert.deepEqual(spansWithin([], 0, 7), []);
});
