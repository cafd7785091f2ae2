import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasObjectComplement } from './object-complement.js';
import { tokenize } from './tokenize.js';

/** Whether the object after "called" in the sentence has a complement. */
function complemented(sentence: string): boolean {
  const { tokens } = tokenize(sentence, [{ start: 0, end: sentence.length }]);
  const words = tokens.map((t) => sentence.slice(t.start, t.end));
  return hasObjectComplement(tokens, words, words.indexOf('called') + 1);
}

test('an object with its complement', () => {
  for (const sentence of [
    'Trump called the report a hoax.',
    'The senator called the decision unacceptable.',
    'Biden called it “a disaster”.',
    'Warren called Wells Fargo’s behavior “outrageous”.',
    'Clinton called her vote in favor of the Iraq War a mistake.',
  ])
    assert.equal(complemented(sentence), true, sentence);
});

test('a bare object: a telephone call, a meeting convened', () => {
  for (const sentence of [
    'Residents called the city asking for help.',
    'She called her mother on Sunday.',
    'The U.N. called an emergency meeting to discuss the test.',
    'Republicans called the hearing because they felt ignored.',
  ])
    assert.equal(complemented(sentence), false, sentence);
});
