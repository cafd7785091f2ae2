/**
 * Entities of the reference sample (../shared/samples/seed-article.txt), as its expected.md lists them:
 * one entity per real thing with its names, descriptions and pronouns, roles, countries and the flag.
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
const entity = (id: string) => record.entities.find((e) => e.id === id);
const mentionsOf = (id: string) => record.mentions.filter((m) => m.entity === id);
const textsOf = (id: string) => new Set(mentionsOf(id).map((m) => m.text));
const mentionAt = (phrase: string, from = 0) => {
  const start = record.text.indexOf(phrase, from);
  return record.mentions.find((m) => m.start === start && m.text === phrase);
};

test('one Antony Blinken: names, the variant, descriptions, pronouns and his role', () => {
  const blinken = entity('person/antony-blinken');
  assert.ok(blinken);
  assert.equal(blinken.name, 'Antony Blinken');
  for (const text of [
    'Antony Blinken',
    'Antoine Blink',
    'Blinken',
    'The US Secretary of State',
    'the head of the American diplomacy',
  ]) {
    assert.ok(textsOf(blinken.id).has(text), text);
  }
  assert.deepEqual([...blinken.aliases].sort(), ['Antoine Blink', 'Blinken']);
  assert.deepEqual(blinken.roles, [{ title: 'Secretary of State', country: 'USA' }]);
  assert.equal(blinken.country, 'USA');
  const pronouns = mentionsOf(blinken.id).filter((m) => m.kind === 'pronoun');
  assert.ok(pronouns.length >= 4, 'he/his that refer to him');
  assert.equal(record.mentions.find((m) => record.text.startsWith('he urged', m.start))?.entity, blinken.id);
  assert.equal(
    record.mentions.find((m) => record.text.startsWith('he proposed', m.start))?.entity,
    blinken.id,
  );
  assert.equal(mentionAt('The US Secretary of State')?.kind, 'nominal');
});

test('one Luigi Di Maio: his Italian counterpart, and the "he" of "he added"', () => {
  const diMaio = entity('person/luigi-di-maio');
  assert.ok(diMaio);
  for (const text of ['Luigi Di Maio', 'Di Maio', 'his Italian counterpart'])
    assert.ok(textsOf(diMaio.id).has(text), text);
  assert.equal(diMaio.roles[0]?.country, 'ITA');
  const lastHe = record.text.lastIndexOf('he added');
  assert.equal(record.mentions.find((m) => m.start === lastHe)?.entity, diMaio.id);
});

test('one Islamic State, one coalition, Pope Francis by his full name', () => {
  const is = entity('org/islamic-state');
  assert.ok(is);
  for (const text of [
    'Islamic State',
    'Islamic State in Iraq and Syria',
    'IS',
    'ISIS',
    'the Islamic State group',
    'the extremist group',
  ]) {
    assert.ok(textsOf(is.id).has(text), text);
  }
  const coalition = record.entities.find((e) => e.type === 'ORG' && e.name.includes('coalition'));
  assert.ok(coalition, 'the coalition is an entity');
  const coalitionMentions = mentionsOf(coalition.id).map((m) => m.text);
  assert.ok(coalitionMentions.length >= 3, coalitionMentions.join(', '));
  assert.ok(coalitionMentions.every((t) => t.includes('coalition')));
  assert.ok(coalitionMentions.includes('the coalition'));
  assert.ok(entity('person/pope-francis'));
  assert.ok(!entity('person/francis'));
});

test("demonyms and adjectives name their country; ids are type and canonical name, unnamed actors the article's own", () => {
  const us = entity('gpe/united-states');
  assert.ok(us, 'the United States is an entity');
  assert.ok(us.aliases.includes('American') && us.aliases.includes('US'));
  assert.equal(us.country, 'USA');
  assert.equal(mentionAt('Iranian')?.entity, 'gpe/iran');
  assert.ok(entity('gpe/italy')?.aliases.includes('Italian'));
  for (const e of record.entities)
    assert.match(e.id, e.described ? /^[a-z]+\/[a-z0-9-]+@[0-9a-f]{10}$/ : /^[a-z]+\/[a-z0-9-]+$/);
  assert.ok(record.entities.some((e) => e.described && e.name.includes('coalition')));
  const variant = record.flags.filter((f) => f.code === 'name-variant');
  assert.equal(variant.length, 1);
  assert.equal(record.text.slice(variant[0]?.start, variant[0]?.end), 'Antoine Blink');
});

test('aliases come from names only; every mention indexes the text', () => {
  for (const e of record.entities) assert.ok(!e.aliases.some((a) => /^(?:the|his|he)\b/i.test(a)), e.id);
  for (const m of record.mentions) assert.equal(record.text.slice(m.start, m.end), m.text);
});
