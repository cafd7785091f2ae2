/** The HTTP API in-process (`app.request`), over the store contract's small corpus: answers and refusals. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../corpus/open-store.js';
import type { CorpusStore } from '../corpus/store.js';
import { ALL, mosul, talks, talksSameText } from '../corpus/testing/corpus-fixtures.js';
import { analyze } from '../pipeline/analyze.js';
import { createApp } from './create-app.js';

const TOKEN = 'test-token-123456';
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
let store: CorpusStore;
let app: ReturnType<typeof createApp>;
let readOnly: ReturnType<typeof createApp>;
const errors: unknown[] = [];

before(async () => {
  store = await openStore(join(dir, 'api.db'));
  for (const record of ALL) await store.write(record);
  const options = {
    store,
    analyze: async (input: Parameters<typeof analyze>[0]) => analyze(input),
    maxBodyBytes: 1024 * 1024,
    onError: (error: unknown) => errors.push(error),
  };
  app = createApp({ ...options, token: TOKEN });
  readOnly = createApp(options);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(errors, [], 'no request may end in an unexpected error');
});

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely; their shapes are what is tested
type Body = Record<string, any>;

async function json(path: string, init?: RequestInit, on = app) {
  const response = await on.request(path, init);
  return { status: response.status, body: (await response.json()) as Body };
}

describe('reading the corpus', () => {
  test('articles: newest first, paginated, filtered', async () => {
    const all = await json('/api/articles?limit=2');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 3);
    assert.equal(all.body.items.length, 2);
    const next = await json('/api/articles?limit=2&offset=2');
    assert.equal(next.body.items[0].id, mosul.id);
    const filtered = await json('/api/articles?place=Iraq&eventType=FIGHT&since=2021-01-01&until=2021-12-31');
    assert.deepEqual(
      filtered.body.items.map((item: { id: string }) => item.id),
      [mosul.id],
    );
    const search = await json('/api/search?q=arms%20control&entity=Lavrov');
    assert.ok(search.body.total >= 1);
    assert.match(search.body.items[0].snippet, /arms control/i);
  });

  test('one article, with its record and copies', async () => {
    const { status, body } = await json(`/api/articles/${talks.id}`);
    assert.equal(status, 200);
    assert.equal(body.record.id, talks.id);
    assert.ok(body.duplicates.some((copy: { id: string }) => copy.id === talksSameText.id));
  });

  test('entity by id with a slash, or by name; quotes; events; stories', async () => {
    const entity = await json('/api/entities/person%2Fantony-blinken');
    assert.equal(entity.status, 200);
    assert.equal(entity.body.name, 'Antony Blinken');
    assert.ok(Array.isArray(entity.body.roles));
    assert.equal((await json('/api/entities/person/antony-blinken')).body.id, 'person/antony-blinken');
    assert.equal((await json('/api/entities/Lavrov')).body.id, 'person/sergei-lavrov');
    const quotes = await json('/api/quotes?speaker=Blinken');
    assert.match(quotes.body.items[0].text, /frank and useful/);
    const events = await json('/api/events?type=FIGHT');
    assert.deepEqual(
      events.body.items.map((e: { type: string }) => e.type),
      ['FIGHT'],
    );
    const stories = await json('/api/stories');
    assert.equal(stories.body.items.length, 2);
    const story = await json(`/api/stories/${stories.body.items[0].id}`);
    assert.equal(story.status, 200);
    assert.ok(story.body.articles.length >= 1);
    assert.ok(story.body.map.every((place: { lat: number }) => typeof place.lat === 'number'));
  });

  test('stats, OpenAPI document, map outlines, web page', async () => {
    assert.equal((await json('/api/stats')).body.articles, ALL.length);
    const openapi = await json('/api/openapi.json');
    assert.equal(openapi.body.openapi, '3.1.0');
    assert.ok(openapi.body.components.schemas.ArticleRecord.properties.quotes);
    assert.ok(
      openapi.body.paths['/api/articles'].get.parameters.some((p: { name: string }) => p.name === 'since'),
    );
    const world = await json('/api/world.json');
    assert.ok((world.body as unknown as unknown[]).length > 150);
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('analysing without storing', () => {
  test('pasted text as JSON, as a form, and an HTML upload', async () => {
    const text = 'Talks resume\n\nAntony Blinken said on Monday: "We are ready to talk." He spoke in Paris.';
    const asJson = await json('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, published: '2021-06-28' }),
    });
    assert.equal(asJson.status, 200);
    assert.equal(asJson.body.schema, 'newsgraph.article/1');
    assert.equal(asJson.body.meta.published, '2021-06-28');
    const form = new FormData();
    form.set('text', text);
    assert.equal((await json('/api/analyze', { method: 'POST', body: form })).body.text, asJson.body.text);
    const upload = new FormData();
    const html =
      '<html><head><title>Page</title></head><body><article><h1>Talks resume</h1><p>Antony Blinken said on Monday that talks would resume in Geneva next week, officials confirmed.</p></article></body></html>';
    upload.set('file', new File([html], 'page.html', { type: 'text/html' }));
    const fromHtml = await json('/api/analyze', { method: 'POST', body: upload });
    assert.equal(fromHtml.status, 200);
    assert.equal(fromHtml.body.source.format, 'html');
  });

  test('script tags in an article come back as text, never as markup to run', async () => {
    const { body } = await json('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Title\n\n<script>alert(1)</script> The minister said "<img src=x onerror=alert(2)>" on Monday.',
    });
    assert.match(body.text, /<script>alert\(1\)<\/script>/);
  });
});

describe('hostile and malformed requests get 4xx', () => {
  const post = (path: string, body: RequestInit['body'], type = 'application/json', on = app) =>
    on.request(path, { method: 'POST', headers: { 'content-type': type }, body });

  test('bad JSON, wrong shapes, empty and binary bodies, unknown media types', async () => {
    assert.equal((await post('/api/analyze', '{"text": ')).status, 400);
    assert.equal((await post('/api/analyze', '{"text": 5}')).status, 400);
    assert.equal((await post('/api/analyze', '{"text": "a", "html": "b"}')).status, 400);
    assert.equal((await post('/api/analyze', '[]')).status, 400);
    assert.equal((await post('/api/analyze', '   ', 'text/plain')).status, 400);
    assert.equal(
      (await post('/api/analyze', new Uint8Array([0, 1, 2, 3, 0, 255]), 'text/plain')).status,
      400,
    );
    assert.equal((await post('/api/analyze', new Uint8Array([0xc3, 0x28, 0x41]), 'text/plain')).status, 400);
    assert.equal((await post('/api/analyze', 'x', 'application/xml')).status, 415);
    assert.equal((await post('/api/analyze', 'text=', 'application/x-www-form-urlencoded')).status, 400);
  });

  test('a 50 MB body is refused with 413, declared or streamed', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(97);
    assert.equal((await post('/api/analyze', big, 'text/plain')).status, 413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 50; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(98));
        controller.close();
      },
    });
    const streamed = await app.request('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
  });

  test('bad query parameters', async () => {
    for (const query of [
      'limit=0',
      'limit=1000',
      'limit=abc',
      'offset=-1',
      'offset=99999999',
      'since=yesterday',
      'eventType=drop%20table',
      'limit=1&limit=2',
    ]) {
      assert.equal((await app.request(`/api/articles?${query}`)).status, 400, query);
    }
    assert.equal((await app.request('/api/search')).status, 400);
    assert.equal((await app.request('/api/quotes')).status, 400);
    assert.equal((await app.request(`/api/articles?q=${'x'.repeat(5000)}`)).status, 400);
    assert.equal((await app.request('/api/articles?q=%22%27%20OR%201%3D1%20--%20NEAR(')).status, 200);
  });

  test('path tricks find nothing', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/index.html%00.js',
      '/web/../../../etc/passwd',
      '/api/articles/..%2f..%2fetc%2fpasswd',
      '/api/articles/%00',
      '/api/entities/%00',
      '/api/stories/-1',
      '/api/stories/1e99',
      '/api/nothing',
      '/create-app.ts',
    ]) {
      const response = await app.request(path);
      assert.ok(response.status === 404 || response.status === 400, `${path}: ${response.status}`);
    }
  });

  test('writes: refused when read-only, need the token, then ingest and delete', async () => {
    assert.equal((await post('/api/articles', '{"text":"x"}', 'application/json', readOnly)).status, 403);
    assert.equal((await readOnly.request(`/api/articles/${mosul.id}`, { method: 'DELETE' })).status, 403);
    assert.equal((await post('/api/articles', '{"text":"x"}')).status, 401);
    const wrong = await app.request(`/api/articles/${mosul.id}`, {
      method: 'DELETE',
      headers: { authorization: 'Bearer wrong-token-123456' },
    });
    assert.equal(wrong.status, 401);
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const badRecord = await app.request('/api/articles', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ schema: 'newsgraph.article/1', id: 5 }),
    });
    assert.equal(badRecord.status, 400);
    const text =
      'Ceasefire talks\n\nSergei Lavrov said on Tuesday that talks in Geneva would continue next week.';
    const added = await app.request('/api/articles', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text }),
    });
    assert.equal(added.status, 201);
    const result = (await added.json()) as { status: string; articleId: string };
    assert.equal(result.status, 'added');
    const deleted = await app.request(`/api/articles/${result.articleId}`, {
      method: 'DELETE',
      headers: auth,
    });
    assert.equal(deleted.status, 200);
    assert.equal((await app.request(`/api/articles/${result.articleId}`)).status, 404);
    assert.equal(
      (await app.request(`/api/articles/${result.articleId}`, { method: 'DELETE', headers: auth })).status,
      404,
    );
    assert.deepEqual(await store.checkIntegrity(), []);
  });
});
