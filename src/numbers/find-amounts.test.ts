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
  ['Bluetooth range - 30 ft. Controls - touch', { text: '30 ft', value: 30, unit: 'ft' }],
  ['a screen of 6.1 inches', { text: '6.1 inches', value: 6.1, unit: 'in' }],
  [
    'an estimated 1.5 million refugees',
    { text: 'an estimated 1.5 million', value: 1.5e6, qualifier: 'approximately', object: 'refugees' },
  ],
  ['Rs 500 crore was approved', { text: 'Rs 500 crore', value: 5e9, currency: 'INR' }],
  ['earning Taka 8,500 a year', { text: 'Taka 8,500', value: 8500, currency: 'BDT' }],
  ['a Tk 500 crore budget', { text: 'Tk 500 crore', value: 5e9, currency: 'BDT' }],
  ['exactly 42 votes were cast', { text: 'exactly 42', value: 42, qualifier: 'exactly', object: 'votes' }],
  // Written numbers.
  ['one and a half million refugees', { text: 'one and a half million', value: 1.5e6, object: 'refugees' }],
  ['half a million people', { text: 'half a million', value: 5e5, object: 'people' }],
  ['forty-two villages burned', { text: 'forty-two', value: 42, object: 'villages' }],
  ['eleven miners were trapped', { text: 'eleven', value: 11, object: 'miners' }],
  ['two hundred thousand voters', { text: 'two hundred thousand', value: 2e5, object: 'voters' }],
  ['a hundred soldiers', { text: 'a hundred', value: 100, object: 'soldiers' }],
  ['a thousand homes', { text: 'a thousand', value: 1000, object: 'homes' }],
  ['ninety-nine boats sank', { text: 'ninety-nine', value: 99, object: 'boats' }],
  [
    'hundreds of protesters gathered',
    { text: 'hundreds', value: 100, qualifier: 'at-least', object: 'protesters' },
  ],
  ['dozens of families', { text: 'dozens', value: 12, qualifier: 'at-least', object: 'families' }],
  [
    'hundreds of the protesters',
    { text: 'hundreds', value: 100, qualifier: 'at-least', object: 'protesters' },
  ],
  ["one of BCoop's movie premieres", { text: 'one', value: 1, object: 'movie premieres' }],
  [
    'tens of thousands of workers',
    { text: 'tens of thousands', value: 1e4, qualifier: 'at-least', object: 'workers' },
  ],
  ['thousands of migrants', { text: 'thousands', value: 1000, qualifier: 'at-least', object: 'migrants' }],
  ['1.2m voters', { text: '1.2m', value: 1.2e6, object: 'voters' }],
  ['30k fans', { text: '30k', value: 3e4, object: 'fans' }],
  // Currencies.
  ['USD 5 million was sent', { text: 'USD 5 million', value: 5e6, currency: 'USD' }],
  ['a loan of 3 billion EUR', { text: '3 billion EUR', value: 3e9, currency: 'EUR' }],
  ['5 million Swiss francs', { text: '5 million Swiss francs', value: 5e6, currency: 'CHF' }],
  ['A$ 40 million for roads', { text: 'A$ 40 million', value: 40e6, currency: 'AUD' }],
  ['HK$3.2 billion in bonds', { text: 'HK$3.2 billion', value: 3.2e9, currency: 'HKD' }],
  ['200 million Egyptian pounds', { text: '200 million Egyptian pounds', value: 2e8, currency: 'EGP' }],
  ['10,000 Turkish lira', { text: '10,000 Turkish lira', value: 1e4, currency: 'TRY' }],
  ['₦500 million in aid', { text: '₦500 million', value: 5e8, currency: 'NGN' }],
  ['KES 2 billion budget', { text: 'KES 2 billion', value: 2e9, currency: 'KES' }],
  [
    'about $1.5bn in aid',
    { text: 'about $1.5bn', value: 1.5e9, currency: 'USD', qualifier: 'approximately' },
  ],
  [
    'up to 3 million euros',
    { text: 'up to 3 million euros', value: 3e6, currency: 'EUR', qualifier: 'at-most' },
  ],
  ['twenty million dollars', { text: 'twenty million dollars', value: 2e7, currency: 'USD' }],
  ['500 billion yuan', { text: '500 billion yuan', value: 5e11, currency: 'CNY' }],
  ['1,000 rubles each', { text: '1,000 rubles', value: 1000, currency: 'RUB' }],
  ['₹ 2 lakh per family', { text: '₹ 2 lakh', value: 2e5, currency: 'INR' }],
  [
    'hundreds of millions of dollars',
    { text: 'hundreds of millions of dollars', value: 1e8, currency: 'USD', qualifier: 'at-least' },
  ],
  // Percentages and units.
  ['unemployment rose to 7 per cent', { text: '7 per cent', value: 7, unit: 'percent' }],
  ['five percent of voters', { text: 'five percent', value: 5, unit: 'percent' }],
  [
    'rates rose 0.25 percentage points',
    { text: '0.25 percentage points', value: 0.25, unit: 'percentage-point' },
  ],
  ['almost 60% turnout', { text: 'almost 60%', value: 60, unit: 'percent', qualifier: 'at-most' }],
  ['at least 12 km of road', { text: 'at least 12 km', value: 12, unit: 'km', qualifier: 'at-least' }],
  ['3,000 hectares burned', { text: '3,000 hectares', value: 3000, unit: 'ha' }],
  ['500,000 barrels per day', { text: '500,000 barrels per day', value: 5e5, unit: 'bbl/d' }],
  ['a 1,200 MW plant', { text: '1,200 MW', value: 1200, unit: 'MW' }],
  ['winds of 150 km/h', { text: '150 km/h', value: 150, unit: 'km/h' }],
  [
    'more than 40 tonnes of aid',
    { text: 'more than 40 tonnes', value: 40, unit: 't', qualifier: 'at-least' },
  ],
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
    'Doors open at 9:30 PM EST.',
    'The show starts at 5 p.m. on Friday.',
    'The shop at 1450 Broadway closed.',
    'He starred in "8 Mile" in 2002.',
    'Actor Dead at 46\n\nNashawn Breedlove, famous for the film, is dead.',
    'The office moved from 22 Baker Street to 350 Fifth Avenue.',
  ]) {
    assert.deepEqual(amountsIn(sentence), [], sentence);
  }
});

test('a counted object does not run over a line break', () => {
  assert.deepEqual(
    amountsIn('Police counted 300 protesters\n\nMarchers left.').map((a) => a.object?.text),
    ['protesters'],
  );
});

test('ISO 4217 codes are currencies only in capitals', () => {
  assert.equal(amountsIn('I try 5 times')[0]?.currency, undefined);
  assert.equal(amountsIn('it cost TRY 5 million')[0]?.currency, 'TRY');
});

test('a day of the month is no amount', () => {
  for (const sentence of [
    'It was in the Feb. 23 press release.',
    'The office removed it in a Nov. 16 update.',
    'The 16 March vote was close.',
  ])
    assert.deepEqual(amountsIn(sentence), [], sentence);
  assert.deepEqual(
    amountsIn('In March, 30 people died.').map((a) => a.value),
    [30],
  );
});

test('a decade and a number word inside a name are no amounts', () => {
  assert.deepEqual(amountsIn('It leaves behind any notion of its 90s roots.'), []);
  assert.deepEqual(amountsIn("In the 1980s' boom, prices rose."), []);
  assert.deepEqual(amountsIn('It matches you through the Five Factor Personality Test.'), []);
  assert.deepEqual(
    amountsIn('Five people died.').map((a) => a.value),
    [5],
  );
});

test('a number naming a grade or a kind counts nothing', () => {
  for (const sentence of [
    'It lowers the risk of type 2 diabetes.',
    'A Category 5 hurricane hit the coast.',
    'The drug passed Phase 3 trials.',
    'She has stage 4 cancer.',
  ])
    assert.deepEqual(amountsIn(sentence), [], sentence);
  assert.deepEqual(
    amountsIn('Two types of 3 trials ran.').map((a) => a.value),
    [2, 3],
  );
});

test('"four in 10 Americans" is a share in percent', () => {
  const shares = (sentence: string) =>
    amountsIn(sentence).map((a) => ({
      text: a.text,
      value: a.value,
      unit: a.unit,
      q: a.qualifier,
      of: a.object?.text,
    }));
  assert.deepEqual(shares('With more than four in 10 Americans affected, the drugs matter.'), [
    { text: 'more than four in 10', value: 40, unit: 'percent', q: 'at-least', of: 'Americans' },
  ]);
  assert.deepEqual(shares('One in four people taking it dropped out.'), [
    { text: 'One in four', value: 25, unit: 'percent', q: 'exactly', of: 'people' },
  ]);
  assert.deepEqual(
    amountsIn('The plant employs 40 people in 3 shifts.').map((a) => a.value),
    [40, 3],
  );
});

test('the first bound of a range takes the scale of the second', () => {
  assert.deepEqual(
    amountsIn('There is a $30 to $40 million gap per school.').map((a) => a.value),
    [30e6, 40e6],
  );
  assert.deepEqual(
    amountsIn('It costs $30 to $40 and then $2 million.').map((a) => a.value),
    [30, 40, 2e6],
  );
});

test('a unit symbol may be glued to its number; storage and energy units', () => {
  assert.deepEqual(
    amountsIn('A 2.2kg laptop with 18GB RAM and a 100 kWh battery.').map((a) => `${a.value} ${a.unit}`),
    ['2.2 kg', '18 GB', '100 kWh'],
  );
});

test('more than one of a singular noun is a model number or a label, not a count', () => {
  for (const sentence of [
    'The iPhone 11 Credit goes to Apple.',
    'It adds 5 G support.',
    'The 12 line is cheaper.',
  ])
    assert.deepEqual(amountsIn(sentence), [], sentence);
  assert.deepEqual(
    amountsIn('Some 40 police, 300 fishermen, 7 billion population and 1 drug.').map((a) => a.value),
    [40, 300, 7e9, 1],
  );
});
