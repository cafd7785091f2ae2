import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { findAmounts } from './find-amounts.js';

interface Expected {
  text: string;
  value: number;
  currency?: string;
  unit?: string;
  qualifier?: string;
  object?: string;
}

const amountsIn = (sentence: string) =>
  findAmounts(sentence, tokenize(sentence, [{ start: 0, end: sentence.length }]).tokens);

const TABLE: [string, Expected][] = [
  ['a contribution of US $ 436 million to help', { text: 'US $ 436 million', value: 436e6, currency: 'USD' }],
  [
    'some 10,000 IS fighters remain',
    { text: 'some 10,000', value: 1e4, qualifier: 'approximately', object: 'IS fighters' },
  ],
  [
    'about 10,000 ISIS militiamen',
    { text: 'about 10,000', value: 1e4, qualifier: 'approximately', object: 'ISIS militiamen' },
  ],
  [
    'with more than 800 units deployed',
    { text: 'more than 800', value: 800, qualifier: 'at-least', object: 'units' },
  ],
  [
    'At least five pro-Iran militiamen killed',
    { text: 'At least five', value: 5, qualifier: 'at-least', object: 'pro-Iran militiamen' },
  ],
  [
    'up to 40 percent of homes',
    { text: 'up to 40 percent', value: 40, unit: 'percent', qualifier: 'at-most' },
  ],
  ['inflation hit 3.5% in May', { text: '3.5%', value: 3.5, unit: 'percent' }],
  ['nearly 1,200 people fled', { text: 'nearly 1,200', value: 1200, qualifier: 'at-most', object: 'people' }],
  ['the fund holds €2bn now', { text: '€2bn', value: 2e9, currency: 'EUR' }],
  ['it cost £350,000 last year', { text: '£350,000', value: 350000, currency: 'GBP' }],
  ['a bill of 5 million dollars', { text: '5 million dollars', value: 5e6, currency: 'USD' }],
  ['paid 12.5 billion yen', { text: '12.5 billion yen', value: 12.5e9, currency: 'JPY' }],
  ['two dozen schools closed', { text: 'two dozen', value: 24, object: 'schools' }],
  ['a dozen soldiers were hurt', { text: 'a dozen', value: 12, object: 'soldiers' }],
  ['twenty-five protesters were held', { text: 'twenty-five', value: 25, object: 'protesters' }],
  ['three hundred families left', { text: 'three hundred', value: 300, object: 'families' }],
  ['over 2,000 troops arrived', { text: 'over 2,000', value: 2000, qualifier: 'at-least', object: 'troops' }],
  [
    'fewer than 50 doctors stayed',
    { text: 'fewer than 50', value: 50, qualifier: 'at-most', object: 'doctors' },
  ],
  ['roughly 7 km away', { text: 'roughly 7 km', value: 7, unit: 'km', qualifier: 'approximately' }],
  [
    'an estimated 1.5 million refugees',
    { text: 'an estimated 1.5 million', value: 1.5e6, qualifier: 'approximately', object: 'refugees' },
  ],
  ['Rs 500 crore was approved', { text: 'Rs 500 crore', value: 5e9, currency: 'INR' }],
  ['exactly 42 votes were cast', { text: 'exactly 42', value: 42, qualifier: 'exactly', object: 'votes' }],
];

test('amounts: values, currencies, units, qualifiers and counted objects', () => {
  for (const [sentence, expected] of TABLE) {
    const found = amountsIn(sentence)[0];
    assert.ok(found, `an amount in "${sentence}"`);
    assert.equal(found.text, expected.text, sentence);
    assert.equal(found.value, expected.value, sentence);
    assert.equal(found.currency, expected.currency, sentence);
    assert.equal(found.unit, expected.unit, sentence);
    assert.equal(found.qualifier, expected.qualifier ?? 'exactly', sentence);
    assert.equal(found.object?.text, expected.object, sentence);
  }
});

test('years, bare numbers and numbers inside names are not amounts', () => {
  for (const sentence of [
    'the coalition defeated it in 2019.',
    'Article 5 applies',
    'COVID-19 cases',
    'the G7 met',
    'one of them said',
  ]) {
    assert.deepEqual(amountsIn(sentence), [], sentence);
  }
});
