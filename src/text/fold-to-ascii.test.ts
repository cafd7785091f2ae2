import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldToAscii } from './fold-to-ascii.js';

test('accents and undecomposed Latin letters fold to ASCII', () => {
  assert.equal(foldToAscii('Łódź'), 'Lodz');
  assert.equal(foldToAscii('Gdańsk'), 'Gdansk');
  assert.equal(foldToAscii('Erdoğan'), 'Erdogan');
  assert.equal(foldToAscii('Øresund Straße'), 'Oresund Strasse');
  assert.equal(foldToAscii('Москва'), 'Москва');
});
