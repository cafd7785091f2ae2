import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeConsistent } from './document-consistency.js';
import type { LabelSpan } from './tag-labels.js';

const words = (s: string) => s.split(' ');

test('a bare surname inherits PERSON from the full name', () => {
  const w = words('Antony Blinken met Luigi Di Maio . Blinken and Di Maio agreed');
  const spans: LabelSpan[] = [
    { start: 0, end: 2, cls: 'PERSON' },
    { start: 3, end: 6, cls: 'PERSON' },
    { start: 7, end: 8, cls: 'ORG' },
  ];
  assert.deepEqual(makeConsistent(w, spans), [
    { start: 0, end: 2, cls: 'PERSON' },
    { start: 3, end: 6, cls: 'PERSON' },
    { start: 7, end: 8, cls: 'PERSON' },
    { start: 9, end: 11, cls: 'PERSON' },
  ]);
});

test('a bare surname after a name with a generational suffix is the person ("Harvey Mason Jr." … "Mason")', () => {
  const w = words('Harvey Mason Jr . went to Africa . As Mason says');
  const out = makeConsistent(w, [
    { start: 0, end: 4, cls: 'PERSON' },
    { start: 9, end: 10, cls: 'LOCATION' },
  ]);
  assert.deepEqual(out.at(-1), { start: 9, end: 10, cls: 'PERSON' });
});

test('an acronym defined in brackets or by initials takes the type of its expansion', () => {
  const w = words('the Islamic State ( IS ) and ISIS . IS fighters of the Islamic State in Iraq and Syria');
  const spans: LabelSpan[] = [
    { start: 1, end: 3, cls: 'ORG' },
    { start: 4, end: 5, cls: 'LOCATION' },
    { start: 13, end: 19, cls: 'ORG' },
  ];
  const out = makeConsistent(w, spans);
  assert.deepEqual(
    out.map((s) => [w.slice(s.start, s.end).join(' '), s.cls]),
    [
      ['Islamic State', 'ORG'],
      ['IS', 'ORG'],
      ['ISIS', 'ORG'],
      ['IS', 'ORG'],
      ['Islamic State in Iraq and Syria', 'ORG'],
    ],
  );
});

test('the same string gets its most frequent type', () => {
  const w = words('Kenya said . Kenya won . Kenya lost');
  const spans: LabelSpan[] = [
    { start: 0, end: 1, cls: 'LOCATION' },
    { start: 3, end: 4, cls: 'ORG' },
    { start: 6, end: 7, cls: 'LOCATION' },
  ];
  assert.deepEqual(
    makeConsistent(w, spans).map((s) => s.cls),
    ['LOCATION', 'LOCATION', 'LOCATION'],
  );
});

test('an organisation cut at "and" is rejoined when the phrase spells an acronym of the text', () => {
  const w = words('the Islamic State in Iraq and Syria . ISIS fighters');
  const spans: LabelSpan[] = [
    { start: 1, end: 5, cls: 'ORG' },
    { start: 6, end: 7, cls: 'LOCATION' },
    { start: 8, end: 9, cls: 'ORG' },
  ];
  assert.deepEqual(makeConsistent(w, spans)[0], { start: 1, end: 7, cls: 'ORG' });
});

test('an organisation cut before places joined by "in" and "and" is rejoined to spell an acronym', () => {
  const w = words('the Islamic State in Iraq and Syria . ISIS fighters in Iraq and Syria');
  const spans: LabelSpan[] = [
    { start: 1, end: 3, cls: 'ORG' },
    { start: 4, end: 5, cls: 'LOCATION' },
    { start: 6, end: 7, cls: 'LOCATION' },
    { start: 8, end: 9, cls: 'ORG' },
    { start: 11, end: 12, cls: 'LOCATION' },
    { start: 13, end: 14, cls: 'LOCATION' },
  ];
  const out = makeConsistent(w, spans);
  assert.deepEqual(out[0], { start: 1, end: 7, cls: 'ORG' });
  // Places that do not follow an organisation stay places.
  assert.deepEqual(out.slice(2), [
    { start: 11, end: 12, cls: 'LOCATION' },
    { start: 13, end: 14, cls: 'LOCATION' },
  ]);
});

test('an untagged acronym coordinated with a tagged one takes its type', () => {
  const w = words('( With information from AP and EFE )');
  const out = makeConsistent(w, [{ start: 4, end: 5, cls: 'ORG' }]);
  assert.deepEqual(out, [
    { start: 4, end: 5, cls: 'ORG' },
    { start: 6, end: 7, cls: 'ORG' },
  ]);
});

test('an acronym spelled by the head of a long name takes its type, over a bracket after a place', () => {
  const w = words(
    'the United Nations Relief and Works Agency for Palestine Refugees in the Near East ( UNRWA ) . the UNRWA Director',
  );
  const spans: LabelSpan[] = [
    { start: 1, end: 10, cls: 'ORG' },
    { start: 12, end: 14, cls: 'LOCATION' },
    { start: 15, end: 16, cls: 'LOCATION' },
    { start: 19, end: 20, cls: 'LOCATION' },
  ];
  assert.deepEqual(
    makeConsistent(w, spans).map((s) => [w.slice(s.start, s.end).join(' '), s.cls]),
    [
      ['United Nations Relief and Works Agency for Palestine Refugees', 'ORG'],
      ['Near East', 'LOCATION'],
      ['UNRWA', 'ORG'],
      ['UNRWA', 'ORG'],
    ],
  );
});

test('the head of an organisation whose acronym the text uses is that organisation', () => {
  const w = words(
    'Islamic State warned . the Islamic State in Iraq and Syria ( ISIS ) and the Islamic State group . Pinellas County and Pinellas County Sheriff Office',
  );
  const spans: LabelSpan[] = [
    { start: 0, end: 2, cls: 'LOCATION' },
    { start: 5, end: 11, cls: 'ORG' },
    { start: 16, end: 19, cls: 'ORG' },
    { start: 20, end: 22, cls: 'LOCATION' },
    { start: 23, end: 27, cls: 'ORG' },
  ];
  assert.deepEqual(
    makeConsistent(w, spans, () => false).map((s) => [w.slice(s.start, s.end).join(' '), s.cls]),
    [
      ['Islamic State', 'ORG'],
      ['Islamic State in Iraq and Syria', 'ORG'],
      ['ISIS', 'ORG'],
      ['Islamic State', 'ORG'],
      ['Pinellas County', 'LOCATION'],
      ['Pinellas County Sheriff Office', 'ORG'],
    ],
  );
});

test('an acronym that the document spells with lowercase words is not a name', () => {
  const w = words('the consumer price index ( CPI ) rose . CPI and the IMF');
  const spans: LabelSpan[] = [
    { start: 5, end: 6, cls: 'ORG' },
    { start: 9, end: 10, cls: 'ORG' },
    { start: 12, end: 13, cls: 'ORG' },
  ];
  assert.deepEqual(makeConsistent(w, spans), [{ start: 12, end: 13, cls: 'ORG' }]);
});

test('a plural acronym takes the type of a plural name', () => {
  const w = words('the Village Defence Committees ( VDCs ) . VDCs were revived');
  const spans: LabelSpan[] = [{ start: 1, end: 4, cls: 'ORG' }];
  assert.deepEqual(makeConsistent(w, spans), [
    { start: 1, end: 4, cls: 'ORG' },
    { start: 5, end: 6, cls: 'ORG' },
    { start: 8, end: 9, cls: 'ORG' },
  ]);
});

test('an acronym written as a word takes its name type when it spells the initials', () => {
  const w = words('the Communications Regulatory Authority of Namibia ( Cran ) said Cran will act');
  const spans: LabelSpan[] = [
    { start: 1, end: 6, cls: 'ORG' },
    { start: 7, end: 8, cls: 'PERSON' },
    { start: 10, end: 11, cls: 'PERSON' },
  ];
  assert.deepEqual(makeConsistent(w, spans), [
    { start: 1, end: 6, cls: 'ORG' },
    { start: 7, end: 8, cls: 'ORG' },
    { start: 10, end: 11, cls: 'ORG' },
  ]);
});

test('the bare first word of a company name is the company, unless it is part of a full name', () => {
  const w = words(
    'Ozy Media sued . Ozy said Ozy lost . Tesla Motors grew and Nikola Tesla smiled . Tesla left',
  );
  const out = makeConsistent(w, [
    { start: 0, end: 2, cls: 'ORG' },
    { start: 4, end: 5, cls: 'PERSON' },
    { start: 6, end: 7, cls: 'PERSON' },
    { start: 9, end: 11, cls: 'ORG' },
    { start: 13, end: 15, cls: 'PERSON' },
    { start: 17, end: 18, cls: 'PERSON' },
  ]);
  assert.deepEqual(
    out.map((s) => `${w.slice(s.start, s.end).join(' ')}:${s.cls}`),
    ['Ozy Media:ORG', 'Ozy:ORG', 'Ozy:ORG', 'Tesla Motors:ORG', 'Nikola Tesla:PERSON', 'Tesla:PERSON'],
  );
});
