import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';

const words = (text: string) =>
  tokenize(text, [{ start: 0, end: text.length }]).tokens.map((t) => text.slice(t.start, t.end));

test('a dotted abbreviation keeps its period after wink has read it without one', () => {
  // wink's lexicon is shared by the process: after "U.S" without its period, a fresh wink's "U.S."
  // would come back as "U.S" "." in every later text.
  assert.deepEqual(words('more names in the U.S for areas'), [
    'more',
    'names',
    'in',
    'the',
    'U.S',
    'for',
    'areas',
  ]);
  assert.deepEqual(words('a bunch of U.S. citizens left the U.K. today.'), [
    'a',
    'bunch',
    'of',
    'U.S.',
    'citizens',
    'left',
    'the',
    'U.K.',
    'today',
    '.',
  ]);
  assert.deepEqual(words('evacuating U.S. citizens'), ['evacuating', 'U.S.', 'citizens']);
});
