/**
 * The twelve quotes of ../shared/samples/seed-article.expected.md with their speakers and cues, the
 * scare-quoted “caliphate” left out, and the reported speech the expected reading lists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readTextInput } from '../ingest/read-text.js';
import { analyze } from '../pipeline/analyze.js';

const SEED = new URL('../../../shared/samples/seed-article.txt', import.meta.url);
const record = analyze(readTextInput(readFileSync(SEED), { path: 'seed-article.txt' }), {
  published: '2021-06-29',
});
const BLINKEN = 'person/antony-blinken';
const DI_MAIO = 'person/luigi-di-maio';
const quoteStarting = (words: string) =>
  record.quotes.find((q) => q.text.startsWith(words) && q.kind !== 'indirect');

test('the twelve quotes, their speakers and cues', () => {
  const expected: [string, string | string[], string | undefined, string?][] = [
    ['still aspire to carry out large-scale attacks', BLINKEN, 'warned', 'partial'],
    ['Together, we must remain', BLINKEN, 'Declared', 'direct'],
    ['This situation is simply untenable,', BLINKEN, 'said', 'direct'],
    ['It just cannot go on forever.', BLINKEN, undefined, 'direct'],
    ['There is a lot to do', [BLINKEN, DI_MAIO], 'agreed'],
    ['against the residual elements in Iraq and Syria', BLINKEN, 'underlined', 'partial'],
    ['what goals can be achieved together', BLINKEN, undefined],
    ['This self-defense action', BLINKEN, 'told', 'direct'],
    ['as guest observers', DI_MAIO, 'thanked', 'partial'],
    ['Working Group dedicated to Africa', DI_MAIO, 'proposing'],
    ['ISIS was defeated in its territorial dimension', DI_MAIO, 'added'],
    ['the threat in Iraq and Syria remains', DI_MAIO, 'added'],
  ];
  for (const [words, speaker, cue, kind] of expected) {
    const quote = quoteStarting(words);
    assert.ok(quote, `"${words}" is a quote`);
    const speakers = quote.speaker as { entity?: string; entities?: string[] } | undefined;
    if (Array.isArray(speaker)) assert.deepEqual(speakers?.entities, speaker, words);
    else assert.equal(speakers?.entity, speaker, words);
    assert.equal(quote.cue?.text, cue, words);
    if (kind) assert.equal(quote.kind, kind, words);
  }
  assert.ok(quoteStarting('ISIS was defeated')?.text.endsWith('respect for Iraqi sovereignty.'));
  assert.ok(quoteStarting('Together, we must')?.text.endsWith('on the battlefield.'));
});

test('“caliphate” is a scare quote, not a statement', () => {
  assert.ok(!record.quotes.some((q) => q.text.trim() === 'caliphate'));
});

test('reported speech without quotation marks', () => {
  const indirect = record.quotes.filter((q) => q.kind === 'indirect');
  const find = (cue: string, words: string) =>
    indirect.find((q) => q.cue?.text === cue && q.text.startsWith(words));
  assert.equal(find('called for', 'a new effort to repatriate')?.speaker?.entity, BLINKEN);
  assert.equal(find('announced', 'a new contribution')?.speaker?.entity, BLINKEN);
  assert.equal(find('proposed', 'the creation of a Task Force on Africa')?.speaker?.entity, BLINKEN);
  assert.equal(find('warned', 'that, despite his defeat')?.speaker?.entity, BLINKEN);
});
