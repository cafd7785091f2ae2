/** Bad input is normal input: no crash, no hang, a clear error or a sensible record. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { ArticleRecordSchema } from '../src/doc/record-schema.js';
import { InputError } from '../src/ingest/raw-input.js';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyze } from '../src/pipeline/analyze.js';

const analyzeText = (text: string, raw = false) =>
  analyze(readTextInput(Buffer.from(text), { path: 'fuzz.txt' }), { raw });

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

test('random bytes give a clear InputError or a valid record', () => {
  for (let i = 0; i < 200; i++) {
    const bytes = randomBytes(1 + ((i * 37) % 3000));
    try {
      ArticleRecordSchema.parse(analyze(readTextInput(bytes, { path: 'junk.bin' })));
    } catch (error) {
      assert.ok(error instanceof InputError, `unexpected ${(error as Error).stack}`);
    }
  }
});

test('random text made of quote marks, punctuation, numbers and words never breaks the pipeline', () => {
  const pieces = [
    '“',
    '”',
    '"',
    '«',
    '»',
    '‘',
    '’',
    "'",
    ' ',
    '\n',
    '\n\n',
    '.',
    ',',
    ' said ',
    'He',
    ' Blinken',
    '$',
    '5',
    ' million',
    'US',
    '(AP)',
    ' on Monday',
    '—',
    '\t',
    '\u00a0',
    '\u200b',
    'é',
    '😀',
    '\ud800',
  ];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const next = generator(seed);
    for (let n = 0; n < 40; n++) {
      let text = 'Title';
      const length = Math.floor(next() * 400);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      for (const raw of [false, true]) {
        let record: ReturnType<typeof analyzeText>;
        try {
          record = analyzeText(text, raw);
        } catch (error) {
          assert.ok(error instanceof InputError, `seed ${seed}: ${(error as Error).stack}`);
          continue;
        }
        ArticleRecordSchema.parse(record);
        for (const quote of record.quotes)
          assert.equal(record.text.slice(quote.start, quote.end), quote.text);
      }
    }
  }
});

test('unbalanced quotes and only-empty lines', () => {
  const record = analyzeText('A title\n\n“He said “it is ” fine ” she “said ««\n\n»» “ ” " " "');
  ArticleRecordSchema.parse(record);
  assert.ok(record.flags.some((f) => f.code.startsWith('quote-mark')));
  assert.throws(() => analyzeText('\n\n   \n\t\n'), /is empty/);
});

test('10 MB of text is analysed without hanging', { timeout: 180_000 }, () => {
  const paragraph =
    'The minister said on Monday that “the talks will go on” while some 2,000 people marched in Rome. ';
  // Numbered paragraphs: identical ones would be dropped as repeated lines.
  const paragraphs: string[] = [];
  for (let length = 0, i = 0; length < 10_000_000; i++) {
    paragraphs.push(`${i}. ${paragraph.repeat(8)}`);
    length += (paragraphs[i]?.length ?? 0) + 2;
  }
  const text = `Big input\n\n${paragraphs.join('\n\n')}`;
  assert.ok(text.length >= 10_000_000);
  const record = analyzeText(text);
  const repeats = (text.length / paragraph.length) | 0;
  assert.ok(record.sentences.length >= repeats * 0.9, `${record.sentences.length} sentences for ${repeats}`);
  assert.ok(record.quotes.length >= repeats * 0.9, `${record.quotes.length} quotes for ${repeats}`);
});

test('one 10 MB line without any break is analysed too', { timeout: 180_000 }, () => {
  const record = analyzeText(`Title\n\n${'word '.repeat(2_000_000)}`);
  assert.ok(record.text.length > 9_000_000);
});
