import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalWord } from './canonical-word.js';

test('canonical words keep their characters, and equal words are one string', () => {
  const twoByte = 'said \u2019 Minister Abdulrahmanov';
  for (const word of ['said', 'Abdulrahmanov', '2021', ',', 'caf\u00e9', '\u2019s', '\ud800x', ''])
    assert.equal(canonicalWord(word), word);
  assert.equal(canonicalWord(twoByte.slice(0, 4)), 'said');
  assert.equal(canonicalWord(twoByte.slice(16)), 'Abdulrahmanov');
});
