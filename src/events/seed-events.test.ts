/**
 * The events, amounts and dates of ../shared/samples/seed-article.expected.md, and the two exports,
 * on the analysed seed article.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ArticleRecordSchema, type Event } from '../doc/record-schema.js';
import { readTextInput } from '../ingest/read-text.js';
import { analyze } from '../pipeline/analyze.js';
import { exportGkg, GKG_COLUMNS } from './export-gkg.js';
import { exportPlover } from './export-plover.js';

const SEED = new URL('../../../shared/samples/seed-article.txt', import.meta.url);
const record = analyze(readTextInput(readFileSync(SEED), { path: 'seed-article.txt' }), {
  published: '2021-06-29',
});

const find = (type: string, trigger: RegExp): Event => {
  const event = record.events.find((e) => e.type === type && trigger.test(e.trigger.text));
  assert.ok(event, `a ${type} event triggered by ${trigger}`);
  return event;
};
const actorCountries = (e: Event) => e.participants.filter((p) => p.role === 'actor').map((p) => p.country);
const targetTexts = (e: Event) => e.participants.filter((p) => p.role === 'target').map((p) => p.text);

test('events have valid spans and match the schema', () => {
  ArticleRecordSchema.parse(record);
  for (const e of record.events) {
    assert.equal(record.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    for (const p of e.participants) assert.equal(record.text.slice(p.start, p.end), p.text);
  }
});

test('the seed events: who did what to whom, where, when', () => {
  const met = find('CONSULT', /^gathered$/);
  assert.equal(met.place, 'gpe/rome');
  assert.equal(met.date, '2021-06-28');
  const warned = find('THREATEN', /^warned$/);
  assert.ok(actorCountries(warned).includes('USA'));
  const aid = find('AID', /contribution/);
  assert.ok(actorCountries(aid).includes('USA'));
  assert.ok(targetTexts(aid).some((t) => /displaced people|people/.test(t)));
  const request = find('REQUEST', /^called for$/);
  assert.ok(actorCountries(request).includes('USA'));
  const proposed = find('AGREE', /^proposed$/);
  assert.ok(targetTexts(proposed).some((t) => t.includes('Task Force on Africa')));
  const strikes = find('ASSAULT', /airstrikes/);
  assert.equal(strikes.cameo, '195');
  assert.ok(actorCountries(strikes).includes('USA'));
  assert.ok(
    strikes.participants.some((p) => p.role === 'target' && p.country === 'IRN' && p.sector === 'rebel'),
  );
  assert.equal(strikes.date, '2021-06-27', 'the strikes were the day before the Monday meeting');
  const pope = find('CONSULT', /^meeting$/);
  assert.ok(targetTexts(pope).some((t) => t.includes('Francis')));
  const thanked = find('SUPPORT', /^thanked$/);
  assert.deepEqual(thanked.targets, ['gpe/ghana', 'gpe/mozambique', 'gpe/burkina-faso']);
  assert.ok(actorCountries(thanked).includes('ITA'));
  const deployed = find('MOBILIZE', /^deployed$/);
  assert.ok(actorCountries(deployed).includes('ITA'));
  const withdrawal = find('RETREAT', /withdrawal/);
  assert.deepEqual(withdrawal.actors, ['gpe/united-states']);
});

test('the seed amounts, counts and dates', () => {
  const fighters = record.amounts.find((a) => a.object?.text === 'IS fighters');
  assert.equal(fighters?.count?.kind, 'detained');
  const militiamen = record.amounts.find((a) => a.object?.text === 'ISIS militiamen');
  assert.equal(militiamen?.value, 10_000);
  assert.equal(militiamen?.qualifier, 'approximately');
  const dayAfter = record.dates.find((d) => /a day after/.test(d.text));
  assert.equal(dayAfter?.offsetDays, 1);
  assert.equal(dayAfter?.value, undefined);
});

test('PLOVER JSON and GKG-like TSV exports', () => {
  const plover = exportPlover([record]);
  assert.equal(plover.length, record.events.length);
  const strikes = plover.find((e) => e.cameo === '195');
  assert.equal(strikes?.event_type, 'ASSAULT');
  assert.equal(strikes?.actors[0]?.actor_country, 'USA');
  assert.ok(strikes?.text.includes('launched airstrikes'));
  const [header, line] = exportGkg([record]).trimEnd().split('\n');
  assert.deepEqual(header?.split('\t'), [...GKG_COLUMNS]);
  const fields = line?.split('\t') ?? [];
  assert.equal(fields.length, GKG_COLUMNS.length);
  assert.match(fields[3] ?? '', /DETAINED#10000#IS fighters#\d+/);
  assert.match(fields[4] ?? '', /436000000,USD,\d+,USD,,exactly/);
  assert.match(fields[5] ?? '', /This situation is simply untenable/);
  assert.match(fields[6] ?? '', /Antony Blinken/);
});
