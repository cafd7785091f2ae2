import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inQuotedTitle, isTitleCase } from './quoted-title.js';

test('title case: capitalised words and short function words, six words at most', () => {
  assert.equal(isTitleCase('Good Morning America.'), true);
  assert.equal(isTitleCase('Delivering for America'), true);
  assert.equal(isTitleCase('We will win'), false);
  assert.equal(isTitleCase('One Two Three Four Five Six Seven'), false);
  assert.equal(isTitleCase(`${'A'.repeat(50_000)}#`), false);
});

test('a word inside a short title-case quotation on its line', () => {
  const text = 'the ten-year "Delivering for America" plan, and "Attack them now," he said.';
  const at = (word: string) => {
    const start = text.indexOf(word);
    return inQuotedTitle(text, start, start + word.length);
  };
  assert.equal(at('Delivering'), true);
  assert.equal(at('Attack'), false);
  assert.equal(at('plan'), false);
});
