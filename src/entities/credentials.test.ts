import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../doc/doc.js';
import { withoutCredentials } from './credentials.js';

const spans = (text: string, typed: [string, NameSpan['type']][]): NameSpan[] =>
  typed.map(([words, type]) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, type };
  });

test('credentials after a person name are no organisations; the same letters elsewhere stay', () => {
  const text =
    'Kelly Jones MS, RD, CSSD told Health. The MS society and RD Foods agreed with Ann Lee, MS, LD.';
  const names = spans(text, [
    ['Kelly Jones', 'PERSON'],
    ['MS,', 'ORG'],
    ['RD,', 'ORG'],
    ['CSSD', 'ORG'],
    ['Health', 'ORG'],
    ['MS society', 'ORG'],
    ['RD Foods', 'ORG'],
    ['Ann Lee', 'PERSON'],
    ['LD', 'ORG'],
  ]).map((n) => (text.slice(n.start, n.end).endsWith(',') ? { ...n, end: n.end - 1 } : n));
  assert.deepEqual(
    withoutCredentials(text, names).map((n) => text.slice(n.start, n.end)),
    ['Kelly Jones', 'Health', 'MS society', 'RD Foods', 'Ann Lee'],
  );
});
