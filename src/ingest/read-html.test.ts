import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readHtml } from './read-html.js';

test('an HTML file becomes one html input with provenance', async () => {
  const path = fileURLToPath(new URL('../../test/fixtures/html/article.html', import.meta.url));
  const inputs = [];
  for await (const input of readHtml(path, { url: 'https://gazette.example/x' })) inputs.push(input);
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0]!.kind, 'html');
  assert.equal(inputs[0]!.source.format, 'html');
  assert.equal(inputs[0]!.source.url, 'https://gazette.example/x');
  assert.equal(inputs[0]!.source.sha256.length, 64);
  assert.match(inputs[0]!.body, /Council approves new bridge/);
});
