import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from './dom.js';
import { dateFromUrl, findDates, preferUrlDate, toIsoDate } from './find-dates.js';
import { readPageMeta } from './page-meta.js';

const now = new Date('2025-01-01T00:00:00Z');

test('date strings to ISO 8601, keeping the local day and offset', () => {
  const cases: [string, string | undefined][] = [
    ['2024-03-05T09:30:00-05:00', '2024-03-05T09:30:00-05:00'],
    ['2024-03-05 09:30', '2024-03-05T09:30:00'],
    ['2024-03-05', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 14:30:00 GMT', '2024-03-05'],
    ['1709649000', '2024-03-05T14:30:00.000Z'],
    ['1970-01-01', undefined],
    ['2031-01-01', undefined],
    ['yesterday', undefined],
    ['not a date', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input, now), expected, input);
});

test('dates in URL paths', () => {
  assert.equal(dateFromUrl('https://x.example/2024/03/05/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/news/20240305/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/2024/3/5/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/story-12345678'), undefined);
  assert.equal(dateFromUrl(undefined), undefined);
});

test('all-number dates: year first, dotted day first, and day first when the day cannot be a month', () => {
  const cases: [string, string | undefined][] = [
    ['2020年07月03日', '2020-07-03'],
    ['2020.07.03', '2020-07-03'],
    ['2020/07/03 01:43', '2020-07-03'],
    ['23.07.2024', '2024-07-23'],
    ['22/11/2024', '2024-11-22'],
    ['11/22/2024', '2024-11-22'],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input, now), expected, input);
});

test('dates in URL paths: month names, and no day taken from a slug', () => {
  assert.equal(dateFromUrl('https://x.example/factchecks/2023/dec/21/story/'), '2023-12-21');
  assert.equal(dateFromUrl('https://x.example/blog/2023/october/03/story/'), '2023-10-03');
  assert.equal(dateFromUrl('https://x.example/hudson/2023/12/16-new-officers-join.html'), undefined);
  assert.equal(dateFromUrl('https://x.example/t/2024-4-4-2024-5-0-issue/724779'), undefined);
  assert.equal(dateFromUrl('https://x.example/news/2023-12-19-china-earthquake'), '2023-12-19');
});

test('the URL date wins when the stated date is days away or an early UTC time past midnight', () => {
  assert.equal(preferUrlDate('2022-02-11', '2023-06-08'), '2023-06-08');
  assert.equal(preferUrlDate('2023-12-23T01:48:19Z', '2023-12-22'), '2023-12-22');
  assert.equal(preferUrlDate('2023-12-22T17:08:49.000Z', '2023-12-21'), '2023-12-22T17:08:49.000Z');
  assert.equal(preferUrlDate('2023-12-20T07:30:00-05:00', '2023-12-19'), '2023-12-20T07:30:00-05:00');
  assert.equal(preferUrlDate(undefined, '2023-12-19'), '2023-12-19');
});

test('a date written in the byline area under the headline, and other publication <meta> names', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates(
      '<h1>Why Congress must act</h1><div class="info">Dec 20, 2023 <span>6 min read</span></div><p>Body</p>',
    ),
    '2023-12-20',
  );
  assert.equal(
    dates(`<h1>Headline</h1><p>${'Long body text. '.repeat(20)}</p><p>Posted Dec 20, 2023</p>`),
    undefined,
  );
  assert.equal(
    dates('<meta name="w-published-date" content="2025-05-27T06:03:43Z"><h1>Headline</h1>'),
    '2025-05-27T06:03:43Z',
  );
  assert.equal(dates('<meta name="published" content="July 17, 2025"><h1>Headline</h1>'), '2025-07-17');
  assert.equal(dates('<meta name="review-date" content="2025-05-27"><h1>Headline</h1>'), undefined);
});
