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
  // Weekdays are the most recent one on or before the publication day (a Tuesday).
  ['Shelling began on Friday evening.', 'on Friday evening', '2021-06-25', 'day', true],
  ['Voters went to the polls on Sunday.', 'on Sunday', '2021-06-27', 'day', true],
  ['The minister resigned on Tuesday.', 'on Tuesday', '2021-06-29', 'day', true],
  ['Talks ended Wednesday.', 'Wednesday', '2021-06-23', 'day', true],
  ['The blast hit on Monday night.', 'Monday night', '2021-06-28', 'day', true],
  ['They will meet next Tuesday.', 'next Tuesday', '2021-07-06', 'day', true],
  ['It rained last Sunday.', 'last Sunday', '2021-06-27', 'day', true],
  // Relative to the publication date.
  ['Prices fell last month.', 'last month', '2021-05', 'month', true],
  ['The economy grew last year.', 'last year', '2020', 'year', true],
  ['The law passed two years ago.', 'two years ago', '2019', 'year', true],
  ['He was arrested a week ago.', 'a week ago', '2021-06-22', 'day', true],
  ['Rebels attacked yesterday morning.', 'yesterday morning', '2021-06-28', 'day', true],
  ['The vote is tomorrow.', 'tomorrow', '2021-06-30', 'day', true],
  ['Markets fell today.', 'today', '2021-06-29', 'day', true],
  ['Talks resumed this week.', 'this week', '2021-06-27', 'day', true],
  ['It was founded three days ago.', 'three days ago', '2021-06-26', 'day', true],
  // A range joined by a hyphen starts on its first day (chrono alone read "21-November 21" as 2021).
  ['Exports rose in the year (March 21-November 21).', 'March 21-November 21', '2021-03-21', 'day', true],
  // "Ahead of" points to a day to come.
  ['Ahead of the vote on Jan. 15, she has been traveling.', 'Jan. 15', '2022-01-15', 'day', true],
  // Months and years without a day.
  ['Elections are due in March.', 'March', '2022-03', 'month', true],
  ['He took office in May.', 'May', '2021-05', 'month', true],
  ['Prices have risen since January 2020.', 'January 2020', '2020-01', 'month', false],
  ['The war began in 2011.', '2011', '2011', 'year', false],
  ['a deal signed in mid-2020', '2020', '2020', 'year', false],
  ['It happened in September 2001.', 'September 2001', '2001-09', 'month', false],
  // Absolute dates and times.
  ['Talks were held on 14 February 2019.', '14 February 2019', '2019-02-14', 'day', false],
  ['The treaty of 1 Jan. 2020 applies.', '1 Jan. 2020', '2020-01-01', 'day', false],
  ['Polls close on 2021-06-30.', '2021-06-30', '2021-06-30', 'day', false],
  ['The attack on June 5 killed three.', 'June 5', '2021-06-05', 'day', true],
  ['He spoke at 3 pm on Tuesday.', 'at 3 pm on Tuesday', '2021-06-29T15:00:00', 'time', true],
  // Counted from another event: no value of their own.
  ['Two weeks later, the army withdrew.', 'Two weeks later', undefined, 'day', true],
  ['Three days earlier, talks had failed.', 'Three days earlier', undefined, 'day', true],
  ['The day before, rebels shelled the town.', 'The day before', undefined, 'day', true],
  ['They left the following day.', 'the following day', undefined, 'day', true],
  ['He had arrived the previous day.', 'the previous day', undefined, 'day', true],
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

test('dates counted from another event carry their offset in days', () => {
  const offset = (sentence: string) => datesIn(sentence, '2021-06-29')[0]?.offsetDays;
  assert.equal(offset('The meeting took place just a day after the strikes.'), 1);
  assert.equal(offset('Three days earlier, talks had failed.'), -3);
  assert.equal(offset('Two weeks later, the army withdrew.'), 14);
  assert.equal(offset('They left the following day.'), 1);
  assert.equal(offset('He had arrived the previous day.'), -1);
});

test('a part of the day alone and "in the year" are not dates; "this evening" is the day', () => {
  assert.deepEqual(
    datesIn('Fans enjoy the evening no matter what. In the year it was introduced, he won.', '2023-12-14'),
    [],
  );
  assert.deepEqual(
    datesIn('She will speak this evening.', '2023-12-14').map(({ text, granularity, value }) => ({
      text,
      granularity,
      value,
    })),
    [{ text: 'this evening', granularity: 'day', value: '2023-12-14' }],
  );
});

test('"may" and "march" as verbs are not dates', () => {
  assert.deepEqual(datesIn('Protesters may march to the palace.', '2021-06-29'), []);
  assert.deepEqual(datesIn('May the talks succeed.', '2021-06-29'), []);
});

test('rates, scores and split seconds are not times', () => {
  for (const sentence of [
    'Malaysia was at 2.43 per cent in May.',
    'Inflation will peak at 4 to 4.5 per cent.',
    'Growth stayed at 1 percent.',
    'The three swimmers finished within 0.16 seconds of each other.',
  ])
    assert.deepEqual(
      datesIn(sentence, '2021-06-29').filter((d) => d.granularity === 'time'),
      [],
      sentence,
    );
  assert.equal(datesIn('He died at 7.45 pm.', '2021-06-29')[0]?.value, '2021-06-29T19:45:00');
});

test('without a publication date, relative dates get no value', () => {
  for (const sentence of [
    'He spoke on Monday.',
    'They would respond within 48 hours.',
    'Troops will leave in two days.',
  ]) {
    const [date] = datesIn(sentence);
    assert.equal(date?.relative, true, sentence);
    assert.equal(date?.value, undefined, sentence);
  }
});

test('a span of time from now counts from the publication date', () => {
  const [date] = datesIn('Troops will leave in two days.', '2021-06-29');
  assert.equal(date?.value, '2021-07-01');
  assert.equal(date?.relative, true);
});

test('chrono reads only the text round date words, and the spans it returns are exact', () => {
  const sentence = 'Prices, which rose by 12 percent, fell sharply (on Monday), the ministry said.';
  const [date] = datesIn(sentence, '2021-06-29');
  assert.equal(date?.text, 'on Monday');
  assert.equal(sentence.slice(date?.start, date?.end), 'on Monday');
});

test('a span of time is no date; a point that many units away is', () => {
  const published = '2021-06-29';
  for (const sentence of [
    'It repeats the mistakes of the past 45 years.',
    'He was jailed for two years.',
    'The plant will close after three years of losses.',
    'In the next five years the city will grow.',
    'In the years since, prices rose.',
    'Messages expire after 24 hours.',
    'All of a sudden after 15 minutes I was down a break.',
    'Support is open 24/7.',
  ])
    assert.deepEqual(datesIn(sentence, published), [], sentence);
  assert.equal(datesIn('The plant will open in two years.', published)[0]?.value, '2023');
  assert.equal(datesIn('He left three years ago.', published)[0]?.value, '2018');
});

test("a time of day is in the article's zone: the publication offset, else a local time", () => {
  const timeIn = (sentence: string, published: string) =>
    datesIn(sentence, published).find((d) => d.granularity === 'time')?.value;
  assert.equal(timeIn('Polls open at 7 am on Tuesday.', '2021-06-29'), '2021-06-29T07:00:00');
  assert.equal(
    timeIn('Polls open at 7 am on Tuesday.', '2021-06-29T10:00:00-04:00'),
    '2021-06-29T07:00:00-04:00',
  );
  assert.equal(
    timeIn('Polls open at 7 am on Tuesday.', '2021-06-29T10:00:00+05:30'),
    '2021-06-29T07:00:00+05:30',
  );
  assert.equal(timeIn('Polls open at 7 am on Tuesday.', '2021-06-29T10:00:00Z'), '2021-06-29T07:00:00Z');
  // A zone in the text gives the instant in UTC.
  assert.equal(
    timeIn('The launch is at 3 pm GMT on Tuesday.', '2021-06-29T10:00:00-04:00'),
    '2021-06-29T15:00:00Z',
  );
  assert.equal(
    timeIn('The launch was at 3 pm EST Monday.', '2021-06-29T10:00:00-04:00'),
    '2021-06-28T20:00:00Z',
  );
});

test("relative dates count from the article's own calendar day, not the UTC day", () => {
  // 23:30 in New York on Tuesday 29 June is already Wednesday in UTC.
  const published = '2021-06-29T23:30:00-04:00';
  assert.equal(datesIn('The deal was signed yesterday.', published)[0]?.value, '2021-06-28');
  assert.equal(datesIn('The minister resigned on Tuesday.', published)[0]?.value, '2021-06-29');
  assert.equal(datesIn('Markets fell today.', published)[0]?.value, '2021-06-29');
  // A time without a zone is read on the article's clock, whatever the machine's TZ.
  assert.equal(datesIn('Markets fell today.', '2021-06-29T23:30:00')[0]?.value, '2021-06-29');
});

test('a weekday inside a name is no date', () => {
  for (const sentence of [
    "Israel's version of Saturday Night Live lampooned the BBC.",
    'The Sunday Times reported the leak.',
    'He marched on Bloody Sunday in 1972.',
    'They defended the Good Friday Agreement.',
  ])
    assert.deepEqual(
      datesIn(sentence, '2021-06-29').filter((d) => /day/.test(d.text)),
      [],
      sentence,
    );
  assert.deepEqual(
    datesIn('The blast hit on Saturday night. Talks ended Friday Morning.', '2021-06-29').map((d) => d.value),
    ['2021-06-26', '2021-06-25'],
  );
});

test('a day and month without a year: past tense looks back, a future looks ahead', () => {
  const value = (sentence: string) => datesIn(sentence, '2023-12-21')[0]?.value;
  assert.equal(value('On Feb. 23, Watson was arrested in Manhattan.'), '2023-02-23');
  assert.equal(value('In March, prices rose sharply.'), '2023-03');
  assert.equal(value('The trial will open on Feb. 23.'), '2024-02-23');
  assert.equal(value('The hearing is scheduled for Jan. 5.'), '2024-01-05');
  assert.equal(value('Interested students must apply online by March 4.'), '2024-03-04');
  assert.equal(value('The suspect must have left on March 4.'), '2023-03-04');
  assert.equal(value('A response was filed Nov. 6.'), '2023-11-06');
  assert.equal(value('He was arrested on Dec. 21.'), '2023-12-21');
  // A schedule in the present: "dubbed" is a participle, not the tense of the sentence.
  assert.equal(value('The show -- dubbed WrestleMania XL -- takes place on April 6 and 7.'), '2024-04-06');
  assert.equal(value('The first Bash in Berlin premieres in Germany on Aug. 31.'), '2024-08-31');
  assert.equal(value('The festival will be held on Aug. 31.'), '2024-08-31');
  assert.equal(value('The man arrested on Aug. 31 will appear in court.'), '2023-08-31');
});

test('a weekday after a future in its clause is the next one; a ranking "in two years" is a span', () => {
  // Published on Friday 19 January 2024.
  const values = (sentence: string) => datesIn(sentence, '2024-01-19T15:57:00Z').map((d) => d.value);
  assert.deepEqual(values('The Postal Service will increase stamp prices starting Sunday.'), ['2024-01-21']);
  assert.deepEqual(values('Prices went up on Sunday, and he will speak later.'), ['2024-01-14']);
  assert.deepEqual(values('It is going to be cold on Sunday.'), ['2024-01-21']);
  assert.deepEqual(values('The first day (Sunday) will feature clouds.'), ['2024-01-21']);
  assert.deepEqual(values('The price hikes, the fifth increase in two years, are part of the plan.'), []);
  assert.deepEqual(values('The plant will open in two years.'), ['2026']);
});

test('"the club\'s run" points nowhere: a past month stays in the past', () => {
  assert.equal(
    datesIn(
      "In July, the Cardinals shipped him to the Rangers, for the club's run to the title.",
      '2024-02-09',
    )[0]?.value,
    '2023-07',
  );
});

test('the digits after a thousands separator or a currency sign are no hour', () => {
  assert.deepEqual(datesIn('A teacher who makes $40,000 a year buys supplies.', '2023-10-17'), []);
  assert.deepEqual(datesIn('Cash prices range from $200 to $450 a month.', '2023-10-17'), []);
});
