import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from './article-features.js';
import { makeRecord } from './testing/make-record.js';

test('an actor known only by descriptions names no story', () => {
  const record = makeRecord({
    title: 'Floods in Pakistan',
    body: 'Pakistan counted the dead. Rescuers said the dead were found near Sukkur.',
    entities: [
      { id: 'gpe/pakistan', name: 'Pakistan' },
      { id: 'person/dead@0123456789', name: 'the dead', described: true },
    ],
  });
  assert.deepEqual([...articleFeatures(record).entities.keys()], ['gpe/pakistan']);
});
