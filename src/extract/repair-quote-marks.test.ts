import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairQuoteMarks } from './repair-quote-marks.js';

const repair = (text: string) => repairQuoteMarks(text, [{ start: 0, end: text.length }], true);

test('balanced curly quotes are left as they are', () => {
  const result = repair('He said “it is fine” and left.');
  assert.equal(result.text, 'He said “it is fine” and left.');
  assert.deepEqual(
    result.marks.map((m) => [m.role, m.pair]),
    [
      ['open', 1],
      ['close', 0],
    ],
  );
  assert.deepEqual(result.flags, []);
});

test('marks facing the wrong way are turned round, with a flag each', () => {
  const result = repair('the fight” against the residual elements “, to prevent');
  assert.equal(result.text, 'the fight“ against the residual elements ”, to prevent');
  assert.deepEqual(
    result.flags.map((f) => f.code),
    ['quote-mark-reversed', 'quote-mark-reversed'],
  );
});

test('guillemets and straight quotes pair too', () => {
  assert.equal(repair('Il a dit « oui » puis "non".').flags.length, 0);
  assert.equal(repair('Il a dit » oui « puis.').text, 'Il a dit « oui » puis.');
});

test('a lone closing mark is unbalanced; the quote runs from the paragraph start', () => {
  const result = repair('Together, we must remain committed.», Declared the head.');
  assert.equal(result.marks[0]?.role, 'close');
  assert.equal(result.marks[0]?.pair, -1);
  assert.equal(result.flags[0]?.code, 'quote-mark-unbalanced');
});

test('an opening mark left open at a paragraph end is fine when the next paragraph opens again', () => {
  const text = '“First paragraph of the quote.\n\n“Second paragraph,” she said.';
  const blocks = [
    { start: 0, end: 30 },
    { start: 32, end: text.length },
  ];
  const result = repairQuoteMarks(text, blocks, true);
  assert.deepEqual(result.flags, []);
});

test('with an odd count, the mark that fits its context worst is left unpaired', () => {
  const result = repair('He said “yes” and then “no.');
  assert.deepEqual(
    result.marks.map((m) => m.role),
    ['open', 'close', 'open'],
  );
  assert.equal(result.marks[2]?.pair, -1);
});

test('without rewrite the text is untouched', () => {
  const text = 'the fight” against it “, to prevent';
  assert.equal(repairQuoteMarks(text, [{ start: 0, end: text.length }], false).text, text);
});

test('straight marks inside a curly quotation are quotation marks within it, not its ends', () => {
  const text = '“It moves from "application consumption" to services,” he said.';
  const result = repair(text);
  assert.deepEqual(
    result.marks.map((m) => [text[m.start], m.role, m.pair]),
    [
      ['“', 'open', 1],
      ['”', 'close', 0],
    ],
  );
  assert.deepEqual(result.flags, []);
});
