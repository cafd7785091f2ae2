import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './find-dates.js';

const datesIn = (sentence: string, published?: string) =>
  findDates(sentence, [{ start: 0, end: sentence.length }], published);

// Published on Tuesday 29 June 2021.
const TABLE: [string, string, string | undefined, string, boolean][] = [
  ['He spoke on Monday in Rome.', 'on Monday', '2021-06-28', 'day', true],
  ['The deal was signed yesterday.', 'yesterday', '2021-06-28', 'day', true],
  ['Prices fell last week.', 'last week', '2021-06-22', 'day', true],
  ['Talks resume on June 28, 2021.', 'June 28, 2021', '2021-06-28', 'day', false],
  ['The vote is on 3 March 2020.', '3 March 2020', '2020-03-03', 'day', false],
  ['It was founded in 2019.', '2019', '2019', 'year', false],
  ['Elections were held in May 2018.', 'May 2018', '2018-05', 'month', false],
  ['Troops left two days ago.', 'two days ago', '2021-06-27', 'day', true],
  ['The strikes came a day after the meeting.', 'a day after', undefined, 'day', true],
];

test('dates: absolute and relative, resolved against the publication date', () => {
  for (const [sentence, text, value, granularity, relative] of TABLE) {
    const date = datesIn(sentence, '2021-06-29').find((d) => d.text.includes(text) || text.includes(d.text));
    assert.ok(date, `a date in "${sentence}"`);
    assert.equal(date.value, value, sentence);
    assert.equal(date.granularity, granularity, sentence);
    assert.equal(date.relative, relative, sentence);
  }
});

test('without a publication date, relative dates get no value', () => {
  const [monday] = datesIn('He spoke on Monday.');
  assert.equal(monday?.relative, true);
  assert.equal(monday?.value, undefined);
});
