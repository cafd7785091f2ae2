import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippet } from './read-queries.js';

const LONG = `${'Opening words of a long report. '.repeat(8)}Then the Mayor of ZÜRICH spoke about the harbour strike.`;

test('snippets start near the earliest word that begins with a query word, whatever its case', () => {
  assert.equal(snippet('Harbour strike ends', ['strike']), 'Harbour strike ends');
  const zurich = snippet(LONG, ['zürich']);
  assert.match(zurich, /^….*Mayor of ZÜRICH spoke/);
  assert.equal(snippet(LONG, ['harbour', 'mayor']).indexOf('Mayor') < 60, true, 'the earliest of the words');
  assert.equal(
    snippet(LONG, ['ords']).startsWith('Opening'),
    true,
    'inside a word is no match: from the start',
  );
  assert.equal(snippet(LONG, []).startsWith('Opening'), true);
  assert.match(
    snippet(`${LONG} Über alles.`, ['über']),
    /Über alles\.$/,
    'a word that begins with a non-ASCII letter',
  );
});
