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
