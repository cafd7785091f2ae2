import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, toIsoDate } from './find-dates.js';

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
