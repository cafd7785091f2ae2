import assert from 'node:assert/strict';
import { test } from 'node:test';
import { perturbMarks, toOriginalSpan } from './perturb-marks.js';
import { predictedAttributions } from './predicted-attributions.js';
import { readBrat } from './read-brat.js';
import { emptyCounts, prf, scoreSpans } from './score-spans.js';

// A text and annotation written for this test (not PolNeAR's).
const TEXT = '“We will win,” said Ana Ruiz.\nShe thinks the\nvote is close.';
const ANN = [
  'T1\tContent 0 14\t“We will win,”',
  'T2\tCue 15 19\tsaid',
  'T3\tSource 20 28\tAna Ruiz',
  'T4\tSource 30 33\tShe',
  'T5\tCue 34 40\tthinks',
  'T6\tContent 41 44;45 59\tthe vote is close',
  'E1\tCue:T2 Source:T3 Content:T1',
  'E2\tCue:T5 Source:T4 Content:T6',
].join('\n');

test('brat standoff: events join parts, line-broken fragments join', () => {
  const [first, second] = readBrat(ANN, TEXT);
  assert.deepEqual(first, {
    source: [{ start: 20, end: 28 }],
    cue: [{ start: 15, end: 19 }],
    content: [{ start: 0, end: 14 }],
  });
  assert.deepEqual(second?.content, [{ start: 41, end: 59 }]);
});

test('exact and partial matches, each gold span once', () => {
  const counts = emptyCounts();
  scoreSpans(
    TEXT,
    [
      { start: 0, end: 14 },
      { start: 41, end: 59 },
    ],
    [
      { start: 0, end: 14 },
      { start: 45, end: 59 },
      { start: 46, end: 50 },
    ],
    counts,
  );
  assert.deepEqual(counts, { gold: 2, predicted: 3, exact: 1, overlap: 2 });
  assert.equal(Math.round(prf(2, 3, 2).f1), 80);
});

test('predicted quotes take their marks as PolNeAR content', () => {
  const [a] = predictedAttributions(TEXT, [
    {
      start: 1,
      end: 13,
      text: 'We will win,',
      kind: 'direct',
      cue: { start: 15, end: 19, text: 'said' },
      speaker: { start: 20, end: 28, text: 'Ana Ruiz' },
      confidence: 0.9,
    },
  ]);
  assert.deepEqual(a?.content, [{ start: 0, end: 14 }]);
});

test('damaged marks are seeded and map back to the original offsets', () => {
  const deleted = perturbMarks(TEXT, 'delete', 1, 7);
  assert.ok(deleted.text.startsWith('We will win, said'));
  assert.deepEqual(toOriginalSpan(deleted, { start: 0, end: 12 }), { start: 1, end: 13 });
  assert.ok(perturbMarks(TEXT, 'guillemets', 1, 7).text.startsWith('«We will win,»'));
  assert.ok(perturbMarks(TEXT, 'swap', 1, 7).text.startsWith('”We will win,“'));
  assert.equal(perturbMarks(TEXT, 'swap', 0.5, 3).text, perturbMarks(TEXT, 'swap', 0.5, 3).text);
});
