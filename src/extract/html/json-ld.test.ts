import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findJsonLdArticle, parseJsonLd } from './json-ld.js';

test('JSON-LD with trailing commas, control characters or a stray closing brace still parses', () => {
  const blocks = [
    '{"@type": "NewsArticle", "headline": "A\tB", "datePublished": "2020-10-26T18:10:00+01:00",}',
    '{"@type": "NewsArticle", "headline": "Stray", "datePublished": "2020-10-26"}\n  }\n',
    '{"@type": "NewsArticle", "headline": "Broken" "datePublished": "2020-10-26"}',
  ];
  const parsed = blocks.map((b) => findJsonLdArticle(parseJsonLd([b]))?.headline);
  assert.deepEqual(parsed, ['A B', 'Stray', undefined]);
});
