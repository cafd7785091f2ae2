import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from './gazetteer.js';
import { locationType } from './location-type.js';

test("a place's type: a known city or state, else a building or site by its last word", () => {
  // Bits: 1 = country, 4 = city (see GAZ in gazetteer.ts).
  const gazetteer = Gazetteer.compile(['tennessee\t4', 'chattanooga\t4'].join('\n'));
  const typeOf = (name: string) => locationType(gazetteer, name.toLowerCase().split(' '));
  assert.equal(typeOf('Tennessee'), 'GPE');
  assert.equal(typeOf('Tennessee Aquarium'), 'FAC');
  assert.equal(typeOf('Chattanooga Zoo'), 'FAC');
  assert.equal(typeOf('Rock City Gardens'), 'LOC');
  assert.equal(typeOf('Kabul Airport'), 'FAC');
  assert.equal(typeOf('Northern Hemisphere'), 'LOC');
});
