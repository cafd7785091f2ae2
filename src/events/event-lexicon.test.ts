import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lemma, ploverOf, verbLemma } from './event-lexicon.js';

const SHIPPED = new URL('../../../shared/data/events/plover/CAMEO2PLOVER-2021.txt', import.meta.url);

test('CAMEO → PLOVER agrees with the shipped conversion table', { skip: !existsSync(SHIPPED) }, () => {
  const seen = new Set<string>();
  for (const line of readFileSync(SHIPPED, 'utf8').split('\n')) {
    const match = /^(\d{3,4}):\s*([A-Z]+)\s*,/.exec(line.trim());
    if (!match?.[1] || seen.has(match[1])) continue;
    seen.add(match[1]);
    assert.equal(ploverOf(match[1])?.type, match[2], match[1]);
  }
  assert.ok(seen.size > 200);
});

test('codes, roots and the appeals PLOVER folds into REQUEST', () => {
  assert.deepEqual(ploverOf('195'), { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] });
  assert.equal(ploverOf('0841')?.mode, 'release');
  assert.equal(ploverOf('020')?.type, 'REQUEST');
  assert.equal(ploverOf('199')?.type, 'ASSAULT');
  assert.equal(ploverOf('010'), undefined);
});

test('lemmas of inflected forms', () => {
  for (const [word, base] of [
    ['met', 'meet'],
    ['releases', 'release'],
    ['bombarded', 'bombard'],
    ['shelling', 'shell'],
    ['shelled', 'shell'],
    ['airstrikes', 'airstrike'],
    ['pledged', 'pledge'],
  ])
    assert.equal(lemma(word as string), base, word);
  assert.equal(verbLemma('meeting'), 'meet');
});
