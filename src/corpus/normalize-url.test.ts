import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeUrl } from './normalize-url.js';

test('normalizeUrl: the same article under different links compares equal', () => {
  const table: [string, string][] = [
    ['https://www.example.com/news/story-1/', 'example.com/news/story-1'],
    ['http://example.com/news/story-1?utm_source=tw&utm_medium=social', 'example.com/news/story-1'],
    ['https://EXAMPLE.com:443/news/story-1#comments', 'example.com/news/story-1'],
    ['https://example.com/a?b=2&a=1&fbclid=xyz', 'example.com/a?a=1&b=2'],
    ['https://example.com/', 'example.com'],
    ['https://example.com/news/index.html', 'example.com/news'],
  ];
  for (const [input, expected] of table) assert.equal(normalizeUrl(input), expected, input);
});

test('normalizeUrl: keeps what identifies the article, refuses what is not a web URL', () => {
  assert.equal(normalizeUrl('https://example.com/article?id=42'), 'example.com/article?id=42');
  assert.equal(normalizeUrl('ftp://example.com/x'), undefined);
  assert.equal(normalizeUrl('not a url'), undefined);
  assert.equal(normalizeUrl(undefined), undefined);
});
