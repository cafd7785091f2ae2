/**
 * Acceptance test on newsgraph's reference sample, ../shared/samples/seed-article.txt, against the
 * points of seed-article.expected.md that the first analysis layer covers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ArticleRecordSchema } from '../src/doc/record-schema.js';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyze } from '../src/pipeline/analyze.js';

const SEED = new URL('../../shared/samples/seed-article.txt', import.meta.url);
const record = analyze(readTextInput(readFileSync(SEED), { path: 'seed-article.txt' }), {
  published: '2021-06-29',
});
const entityName = (id: string | undefined) => record.entities.find((e) => e.id === id)?.name;
const quoteStarting = (words: string) => record.quotes.find((q) => q.text.startsWith(words));

test('the record matches its schema and every span indexes the text', () => {
  ArticleRecordSchema.parse(record);
  for (const item of [...record.mentions, ...record.quotes, ...record.amounts, ...record.dates]) {
    assert.equal(record.text.slice(item.start, item.end), item.text);
  }
  for (const quote of record.quotes) {
    if (quote.cue) assert.equal(record.text.slice(quote.cue.start, quote.cue.end), quote.cue.text);
    if (quote.speaker)
      assert.equal(record.text.slice(quote.speaker.start, quote.speaker.end), quote.speaker.text);
  }
});

test('title, clean body, captions, credits and removed parts', () => {
  assert.equal(
    record.meta.title,
    'Antony Blinken warned that Islamic State still aspires to carry out large-scale attacks',
  );
  const body = record.text.slice(record.blocks[1]?.start);
  assert.ok(body.startsWith('The US Secretary of State, Antoine Blink, warned on Monday'));
  assert.ok(record.text.endsWith('Enlarged Mediterranean ”, he added.'));
  for (const gone of [
    '(Reuters)',
    'With information from',
    'China and Venezuela',
    'At least five pro-Iran',
    'Source link',
  ]) {
    assert.ok(!record.text.includes(gone), `"${gone}" should not be in the body`);
  }
  assert.deepEqual(record.meta.captions, [
    { text: 'Antony Blinken', credit: 'Reuters' },
    { text: 'Antony Blinken and Luigi Di Maio', credit: 'Reuters' },
  ]);
  assert.deepEqual([...record.meta.credits].sort(), ['AP', 'EFE', 'Reuters']);
  const reasons = record.removed.map((r) => r.reason);
  assert.deepEqual(reasons, [
    'caption',
    'duplicate-line',
    'caption',
    'duplicate-line',
    'credit',
    'related-links',
    'related-links',
    'trailer',
  ]);
});

test("Blinken's direct quotes 3, 4 and 8 have Blinken as speaker", () => {
  const blinken = record.entities.find((e) => e.name === 'Antony Blinken');
  assert.ok(blinken, 'Antony Blinken is an entity');
  const expected = [
    ['This situation is simply untenable,', 'said'],
    ['It just cannot go on forever.', undefined],
    [
      'This self-defense action to do whatever is necessary to prevent further attacks sends a strong and very important message,',
      'told',
    ],
  ] as const;
  for (const [text, cue] of expected) {
    const quote = record.quotes.find((q) => q.text === text);
    assert.ok(quote, `quote "${text}" is found`);
    assert.equal(quote.kind, 'direct');
    assert.equal(quote.speaker?.entity, blinken.id);
    assert.equal(quote.cue?.text, cue);
  }
});

test('other quotes with a resolvable speaker, and “caliphate” is not a quote', () => {
  assert.equal(entityName(quoteStarting('still aspire')?.speaker?.entity), 'Antony Blinken');
  assert.equal(quoteStarting('still aspire')?.kind, 'partial');
  assert.equal(entityName(quoteStarting('against the residual')?.speaker?.entity), 'Antony Blinken');
  assert.equal(entityName(quoteStarting('as guest observers')?.speaker?.entity), 'Luigi Di Maio');
  assert.equal(entityName(quoteStarting('the threat in Iraq')?.speaker?.entity), 'Luigi Di Maio');
  assert.ok(quoteStarting('Together, we must remain'), 'the quote closed only by » is found');
  assert.equal(quoteStarting('Together, we must remain')?.cue?.text, 'Declared');
  assert.ok(!record.quotes.some((q) => q.text.includes('caliphate') && q.text.length < 20));
});

test('the US $436 million amount and the counts', () => {
  const money = record.amounts.find((a) => a.currency === 'USD');
  assert.equal(money?.value, 436_000_000);
  assert.equal(money?.text, 'US $ 436 million');
  const fighters = record.amounts.find((a) => a.object?.text === 'IS fighters');
  assert.equal(fighters?.value, 10_000);
  assert.equal(fighters?.qualifier, 'approximately');
  const units = record.amounts.find((a) => a.object?.text === 'units');
  assert.equal(units?.value, 800);
  assert.equal(units?.qualifier, 'at-least');
});

test('dates resolve against the publication date', () => {
  const monday = record.dates.find((d) => d.text === 'on Monday');
  assert.equal(monday?.value, '2021-06-28');
  assert.equal(monday?.relative, true);
  assert.equal(record.dates.find((d) => d.text === '2019')?.value, '2019');
});

test('flags for broken quotation marks, the name variant and machine translation', () => {
  const codes = record.flags.map((f) => f.code);
  assert.ok(codes.filter((c) => c === 'quote-mark-reversed').length >= 4);
  assert.ok(codes.includes('quote-mark-unbalanced'));
  const variant = record.flags.find((f) => f.code === 'name-variant');
  assert.equal(variant && record.text.slice(variant.start, variant.end), 'Antoine Blink');
  assert.ok(codes.includes('probable-machine-translation'));
  assert.equal(record.meta.translation?.probable, true);
});
