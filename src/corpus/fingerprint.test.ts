import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bandKeys,
  estimateJaccard,
  estimateJaccardHex,
  minhash,
  signatureFromHex,
  signatureToHex,
  textHash,
} from './fingerprint.js';

const BASE = `The foreign ministers met in Brussels on Tuesday to discuss the ceasefire. Officials said the talks
would continue next week, and that both sides had agreed to exchange prisoners before the end of the month.
The agreement, which was brokered by the United Nations, also covers humanitarian corridors in the east.
Aid groups welcomed the move but warned that supplies were running low in several cities.`;

test('textHash ignores case, punctuation and spacing only', () => {
  assert.equal(textHash('Hello,  "World"!'), textHash('hello world'));
  assert.notEqual(textHash('hello world'), textHash('hello there world'));
});

test('minhash: a re-published copy is near, an unrelated text is far', () => {
  const copy = `BRUSSELS (Wire) — ${BASE}\n(With reporting by the wire service.)`;
  const other = `The city council approved a new budget for schools and parks on Monday, after a long debate
about property taxes and the cost of repairing the old bridge over the river near the market square.`;
  const base = minhash(BASE);
  assert.ok(estimateJaccard(base, minhash(copy)) >= 0.7, 'copy is near');
  assert.ok(estimateJaccard(base, minhash(other)) < 0.1, 'other is far');
  const shared = bandKeys(base).filter((k) => bandKeys(minhash(copy)).includes(k));
  assert.ok(shared.length > 0, 'copy shares a band');
});

test('signatures round-trip through hex and band keys stay exact integers', () => {
  const signature = minhash(BASE);
  assert.deepEqual(signatureFromHex(signatureToHex(signature)), signature);
  for (const key of bandKeys(signature)) assert.ok(Number.isSafeInteger(key));
});

test('estimateJaccardHex compares stored signatures as estimateJaccard does', () => {
  const base = minhash(BASE);
  for (const text of [BASE, `${BASE} And one more sentence at the end.`, 'Something else entirely.']) {
    const other = minhash(text);
    assert.equal(
      estimateJaccardHex(signatureToHex(base), signatureToHex(other)),
      estimateJaccard(base, other),
    );
  }
});
