import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString } from './feature-hash.js';
import { GAZ, Gazetteer, matchGazetteer } from './gazetteer.js';

test('a country code is a country only where it is written in capitals', () => {
  const gazetteer = Gazetteer.compile(`esp\t${GAZ.NAME | GAZ.COUNTRY_CODE}\nspain\t${GAZ.COUNTRY}\n`);
  const words = ['ESP', 'Esp', 'esp', 'Spain'];
  const lowers = words.map((w) => w.toLowerCase());
  const { begin } = matchGazetteer(
    gazetteer,
    lowers,
    Uint32Array.from(lowers.map(hashString)),
    Uint8Array.from([2, 1, 0, 1]),
  );
  assert.deepEqual([...begin], [GAZ.NAME | GAZ.COUNTRY, GAZ.NAME, 0, GAZ.COUNTRY]);
});
