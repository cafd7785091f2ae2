import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NameSpan } from '../../doc/doc.js';
import { tagEntities } from './tag-entities.js';
import { winkTokens } from './wink-tokens.js';

const SEED = fileURLToPath(new URL('../../../../shared/samples/seed-article.txt', import.meta.url));

function tag(text: string): NameSpan[] {
  const { tokens, sentences } = winkTokens(text);
  return tagEntities(text, tokens, sentences);
}

/**
 * Type of the name covering every whole-word occurrence of `needle` (or "none"). Occurrences inside a
 * longer name listed in `within` count as that name's part ("Iraq" in "Islamic State in Iraq and Syria").
 */
function typesOf(
  text: string,
  names: readonly NameSpan[],
  needle: string,
  within: readonly string[] = [],
): string[] {
  const found: string[] = [];
  const re = new RegExp(`(?<![\\p{L}])${needle.replace(/[.$]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const span = names.find((n) => n.start <= m.index && n.end >= m.index + needle.length);
    if (span && within.includes(text.slice(span.start, span.end))) continue;
    found.push(span?.type ?? 'none');
  }
  return found;
}

test('seed article: people, organisations, countries and nationalities get their types', {
  skip: !existsSync(SEED),
}, () => {
  const text = readFileSync(SEED, 'utf8');
  const names = tag(text);
  const expected: [string, string][] = [
    ['Antony Blinken', 'PERSON'],
    ['Blinken', 'PERSON'],
    ['Antoine Blink', 'PERSON'],
    ['Di Maio', 'PERSON'],
    ['Francis', 'PERSON'],
    ['Islamic State', 'ORG'],
    ['Islamic State in Iraq and Syria', 'ORG'],
    ['ISIS', 'ORG'],
    ['IS', 'ORG'],
    ['Reuters', 'ORG'],
    ['AP', 'ORG'],
    ['EFE', 'ORG'],
    ['Iraq', 'GPE'],
    ['Syria', 'GPE'],
    ['Afghanistan', 'GPE'],
    ['Rome', 'GPE'],
    ['Ghana', 'GPE'],
    ['Mozambique', 'GPE'],
    ['Burkina Faso', 'GPE'],
    ['Italy', 'GPE'],
    ['Kuwait', 'GPE'],
    ['United States', 'GPE'],
    ['China', 'GPE'],
    ['Venezuela', 'GPE'],
    ['American', 'NORP'],
    ['Italian', 'NORP'],
    ['Iraqi', 'NORP'],
  ];
  const wrong: string[] = [];
  for (const [needle, type] of expected) {
    const got = typesOf(text, names, needle, type === 'ORG' ? [] : ['Islamic State in Iraq and Syria']);
    assert.ok(got.length > 0, `${needle} occurs in the seed article`);
    if (got.some((t) => t !== type)) wrong.push(`${needle}: ${got.join(',')} (want ${type})`);
  }
  assert.deepEqual(wrong, []);
});

test('names are sorted, non-overlapping and inside the text', () => {
  const text = 'Antony Blinken met Luigi Di Maio in Rome. Blinken later flew to Iraq-Syria talks in Baghdad.';
  const names = tag(text);
  for (let i = 1; i < names.length; i++) assert.ok(names[i - 1]!.end <= names[i]!.start);
  for (const n of names) assert.ok(n.start >= 0 && n.end <= text.length && n.start < n.end);
  assert.deepEqual(typesOf(text, names, 'Blinken'), ['PERSON', 'PERSON']);
  assert.deepEqual(typesOf(text, names, 'Iraq'), ['GPE']);
});

test('empty input gives no names', () => {
  assert.deepEqual(tagEntities('', [], []), []);
});

test('a person name takes the hyphenated part of its last word, not a relation glued to it', () => {
  const text =
    'North Korean leader Kim Jong-un met South Korean President Moon Jae-in in Panmunjom on Friday. ' +
    'The talks followed a John Smith-led mission to the border.';
  const people = tag(text)
    .filter((n) => n.type === 'PERSON')
    .map((n) => text.slice(n.start, n.end));
  assert.ok(people.includes('Kim Jong-un'), people.join(', '));
  assert.ok(people.includes('Moon Jae-in'), people.join(', '));
  assert.ok(!people.some((p) => p.endsWith('-led')), people.join(', '));
});
