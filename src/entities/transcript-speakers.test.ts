import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../doc/doc.js';
import { withTranscriptSpeakers } from './transcript-speakers.js';

/** Paragraphs of `text` as blocks. */
function blocksOf(text: string) {
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    blocks.push({ start, end: start + paragraph.length });
    start += paragraph.length + 2;
  }
  return blocks;
}

const named = (text: string, names: NameSpan[] = []) =>
  withTranscriptSpeakers(text, blocksOf(text), names).map((n) => `${text.slice(n.start, n.end)}:${n.type}`);

test('a label that heads several answers is a person, wherever it stands', () => {
  const text =
    'Asake and Olamide\n\nHow did you feel?\n\nAsake: I felt excited and grateful.\n\nAnd now?\n\nAsake: It is a brilliant class of nominees.';
  assert.deepEqual(named(text), ['Asake:PERSON', 'Asake:PERSON', 'Asake:PERSON']);
});

test('a label heading one paragraph, a part in a transcript, or a name the tagger found is left alone', () => {
  assert.deepEqual(named('ISLAMABAD: Talks resumed on Monday in the capital.'), []);
  assert.deepEqual(named('HOST: Welcome back to the show.\n\nHOST: Our next guest is here.'), []);
  const text =
    'Olamide: The category will greatly impact the industry.\n\nOlamide: It is a blessing to all of us.';
  assert.deepEqual(named(text, [{ start: 0, end: 7, type: 'GPE' }]), ['Olamide:GPE']);
});

test('a label over list items is no speaker', () => {
  const text =
    'Alternatively: Samurai Shodown NeoGeo Collection (1993)\n\nAlternatively: Xanadu Next (2005)\n\nAlternatively: Pinball Fantasies of the Year (1994)';
  assert.deepEqual(named(text), []);
  assert.deepEqual(
    named('Runner-up: Xanadu Next (2005)\n\nRunner-up: Pinball Fantasies of the Year (1994)'),
    [],
  );
});

test('a radio transcript: a label the tagger cut up is one person; the part after the name is none', () => {
  const text =
    'SERGIO MARTINEZ-BELTRAN, BYLINE: It is a Saturday afternoon in Austin.\n\nMARTINEZ-BELTRAN: Most people chanting here are educators.\n\nMARTINEZ-BELTRAN: Curts is getting help from her friend.';
  const at = (word: string, from = 0) => text.indexOf(word, from);
  const tagged = [
    { start: 0, end: 23, type: 'PERSON' as const },
    { start: at('BYLINE'), end: at('BYLINE') + 6, type: 'ORG' as const },
    { start: at('MARTINEZ', 30), end: at('MARTINEZ', 30) + 8, type: 'GPE' as const },
    { start: at('BELTRAN', 40), end: at('BELTRAN', 40) + 7, type: 'ORG' as const },
  ];
  assert.deepEqual(named(text, tagged), [
    'SERGIO MARTINEZ-BELTRAN:PERSON',
    'MARTINEZ-BELTRAN:PERSON',
    'MARTINEZ-BELTRAN:PERSON',
  ]);
});
