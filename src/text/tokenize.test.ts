import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';

const tokensOf = (text: string) =>
  tokenize(text, [{ start: 0, end: text.length }]).tokens.map(
    (t) => `${text.slice(t.start, t.end)}/${t.pos}`,
  );

test('a possessive before a period is split from its name, as everywhere else', () => {
  const text = 'Everyone is in the film, except Chris Von Erich’s. Removing Chris Von Erich’s story hurt.';
  const tokens = tokensOf(text);
  assert.equal(tokens.filter((t) => t === 'Erich/PROPN').length, 2, tokens.join(' '));
  assert.equal(tokens.filter((t) => t === '’s/PART').length, 2, tokens.join(' '));
  assert.deepEqual(tokensOf("It's fine.").slice(0, 2), ['It/PRON', "'s/AUX"]);
});

test('tokens keep their offsets in the text', () => {
  const text = 'The dog’s. Then AT&T’s.';
  const { tokens } = tokenize(text, [{ start: 0, end: text.length }]);
  assert.equal(tokens.map((t) => text.slice(t.start, t.end)).join(''), text.replace(/\s/g, ''));
});

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

test('a word with Latin letters beyond Latin-1 is one token', () => {
  assert.deepEqual(words('Erdoğan met Wałęsa in Łódź, then Dvořák.'), [
    'Erdoğan',
    'met',
    'Wałęsa',
    'in',
    'Łódź',
    ',',
    'then',
    'Dvořák',
    '.',
  ]);
  assert.deepEqual(words('Erdoğan’s party cannot'), ['Erdoğan', '’s', 'party', 'can', 'not']);
});
