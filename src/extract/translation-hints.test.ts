import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translationSigns } from './translation-hints.js';

test('signs of machine translation; a name before a longer name is no repetition', () => {
  const signs = (text: string) => translationSigns(text, 0).signals;
  assert.deepEqual(signs('He met Blinken and Blinken said so.'), ['repeated-phrase']);
  assert.deepEqual(signs('Schools such as Virginia and Virginia Tech joined.'), []);
  assert.deepEqual(signs('It affects the sovereignty.Di Maio said, the problem. as a whole'), [
    'missing-space-after-sentence',
    'period-inside-sentence',
  ]);
  assert.equal(translationSigns('the problem. as a whole. And sovereignty.Di Maio', 0).probable, true);
  assert.deepEqual(signs('despite his defeat, Elements of the group fought on.'), [
    'capitalised-word-mid-sentence',
  ]);
  assert.deepEqual(signs('Rania Al Abdullah, Queen of Jordan, observes it.'), []);
});
