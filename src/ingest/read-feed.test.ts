import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RawInput } from './raw-input.js';
import { readFeed } from './read-feed.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/html/${name}`, import.meta.url));

async function all(path: string): Promise<RawInput[]> {
  const out: RawInput[] = [];
  for await (const input of readFeed(path)) out.push(input);
  return out;
}

test('RSS: one input per item, content:encoded as HTML, description as fallback', async () => {
  const [first, second] = await all(fixture('feed-rss.xml'));
  assert.equal(first!.kind, 'html');
  assert.match(first!.body, /^<p>The city council voted/);
  assert.equal(first!.source.url, 'https://gazette.example/news/bridge');
  assert.equal(first!.source.format, 'feed-item');
  assert.equal(first!.source.recordId, 'gazette-1001');
  assert.deepEqual(first!.meta, {
    title: 'Council approves new bridge',
    published: '2024-03-05T14:30:00.000Z',
    byline: 'Jane Doe',
  });
  assert.equal(second!.kind, 'text');
  assert.equal(second!.body, 'River levels rose by two metres after a week of storms.');
  assert.equal(second!.source.sha256.length, 64);
});

test('Atom entries', async () => {
  const [entry] = await all(fixture('feed-atom.xml'));
  assert.equal(entry!.kind, 'html');
  assert.equal(entry!.body, '<p>The city council voted 7-2 on Monday night to approve a new bridge.</p>');
  assert.equal(entry!.source.url, 'https://gazette.example/news/bridge');
  assert.equal(entry!.meta?.byline, 'Jane Doe');
  assert.equal(entry!.meta?.published, '2024-03-05T14:30:00.000Z');
});

test('JSON Feed items', async () => {
  const [a, b] = await all(fixture('feed.json'));
  assert.equal(a!.kind, 'html');
  assert.equal(a!.meta?.byline, 'Jane Doe, John Roe');
  assert.equal(b!.kind, 'text');
  assert.equal(b!.body, 'Only text here.');
});

test('a file that is not a feed is an input error', async () => {
  await assert.rejects(all(fixture('article.html')), /not a feed/);
});
