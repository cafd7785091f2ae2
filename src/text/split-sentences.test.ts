import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';

const sentencesOf = (text: string) =>
  tokenize(text, [{ start: 0, end: text.length }]).sentences.map((s) => text.slice(s.start, s.end));

test('a full stop, question or exclamation mark before a capital ends a sentence', () => {
  assert.deepEqual(sentencesOf('The talks ended. Both sides left! Why? Nobody knows.'), [
    'The talks ended.',
    'Both sides left!',
    'Why?',
    'Nobody knows.',
  ]);
});

test('a sentence may start with a digit or a currency sign', () => {
  assert.deepEqual(
    sentencesOf('Crowds returned. $5 million was spent. 5 people died. €3 billion was lost.'),
    ['Crowds returned.', '$5 million was spent.', '5 people died.', '€3 billion was lost.'],
  );
});

test('closing quotation marks and brackets after the stop stay with the sentence', () => {
  assert.deepEqual(sentencesOf('He said: "It is over." She left. (See above.) Then it rained.'), [
    'He said: "It is over."',
    'She left.',
    '(See above.)',
    'Then it rained.',
  ]);
});

test('a full stop inside a short bracket abbreviates', () => {
  assert.deepEqual(
    sentencesOf(
      'A nurse from Rockford, Iowa (pop. 758), said so. See the map (Fig. 3). It rained (a lot.) Then not.',
    ),
    [
      'A nurse from Rockford, Iowa (pop. 758), said so.',
      'See the map (Fig. 3).',
      'It rained (a lot.)',
      'Then not.',
    ],
  );
});

test('titles and initials before a name end no sentence; "U.S." or "p.m." before a sentence do', () => {
  assert.deepEqual(
    sentencesOf('Mr. Smith met Gen. J. K. Jones in the U.S. The talks ended at 5 p.m. Then he left.'),
    ['Mr. Smith met Gen. J. K. Jones in the U.S.', 'The talks ended at 5 p.m.', 'Then he left.'],
  );
  assert.deepEqual(sentencesOf('He met U.S. Senator John Cornyn on Jan. 3 and voted for item No. 5 today.'), [
    'He met U.S. Senator John Cornyn on Jan. 3 and voted for item No. 5 today.',
  ]);
});

test('no sentence ends without a space after the stop, at an ellipsis, or before a reference mark', () => {
  assert.deepEqual(sentencesOf('He batted .348 and earned a Ph.D. in 2009.'), [
    'He batted .348 and earned a Ph.D. in 2009.',
  ]);
  assert.deepEqual(sentencesOf('"I have never heard it before... I have seen the emails," she said.'), [
    '"I have never heard it before... I have seen the emails," she said.',
  ]);
  assert.deepEqual(sentencesOf('We waited … and waited … Obama came.'), [
    'We waited … and waited … Obama came.',
  ]);
  assert.deepEqual(sentencesOf('She had help since childhood… At Civic Center, she sold toys.'), [
    'She had help since childhood…',
    'At Civic Center, she sold toys.',
  ]);
  assert.deepEqual(sentencesOf('He died in 1971. [12] Then came the war.'), [
    'He died in 1971. [12]',
    'Then came the war.',
  ]);
});

test('a scraped full stop with no space after it ends a sentence between two words', () => {
  assert.deepEqual(sentencesOf('It will stay in Iraq, with respect for its sovereignty.Di Maio added.'), [
    'It will stay in Iraq, with respect for its sovereignty.',
    'Di Maio added.',
  ]);
});

test('no sentence crosses a block edge', () => {
  const text = 'Title without a stop\n\nFirst paragraph. Second sentence';
  const blocks = [
    { start: 0, end: 20 },
    { start: 22, end: text.length },
  ];
  const { sentences } = tokenize(text, blocks);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Title without a stop', 'First paragraph.', 'Second sentence'],
  );
});
