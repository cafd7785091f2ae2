import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateMention } from '../doc/record-schema.js';
import { eventDating } from './event-dates.js';

test('the bound of a stretch of time is not the date of the event', () => {
  const text = 'The schools signed a deal that runs through 2036.';
  const year: DateMention = {
    start: 44,
    end: 48,
    text: '2036',
    value: '2036',
    granularity: 'year',
    relative: false,
  };
  const dateOf = eventDating(text, [year], '2023-12-22T12:00:00Z');
  const signed = { start: 12, end: 18 };
  assert.equal(dateOf(signed, { start: 0, end: text.length }), '2023-12-22');
  const inYear = 'The schools signed a deal in 2036.';
  const dated = eventDating(inYear, [{ ...year, start: 29, end: 33 }], '2023-12-22T12:00:00Z');
  assert.equal(dated(signed, { start: 0, end: inYear.length }), '2036');
});
