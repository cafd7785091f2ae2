/**
 * End to end in a real browser (Debian's chromium, driven by playwright-core): search → article →
 * entity → story, the analyze page on the seed sample, and a hostile article rendered as text.
 * Screenshots go to test-artifacts/. Skipped, with a message, when no chromium is installed.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { readTextInput } from '../../src/ingest/read-text.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { openDemoCorpus } from '../../src/server/demo-corpus.js';
import { type RunningServer, startServer } from '../../src/server/start-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const SEED = join(ROOT, '..', 'shared', 'samples', 'seed-article.txt');
const SKIP = existsSync(CHROMIUM)
  ? undefined
  : `no chromium at ${CHROMIUM}: browser tests skipped (apt-get install chromium, as scripts/ci.sh does)`;
if (SKIP) process.stderr.write(`SKIP: ${SKIP}\n`);

const HOSTILE = `Hostile headline <script>window.__pwned = 1</script>

The minister said "<img src=x onerror="window.__pwned = 2">" was not a threat, on Monday in Paris.`;

let browser: Browser;
let server: RunningServer;
let page: Page;
const problems: string[] = [];

before(async () => {
  if (SKIP) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const demo = await openDemoCorpus();
  await demo.store.write(analyze(readTextInput(new TextEncoder().encode(HOSTILE), { path: 'hostile.txt' })));
  server = await startServer({ store: demo.store, port: 0, host: '127.0.0.1' });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) {
      problems.push(`request off the server: ${request.url()}`);
    }
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

test('search → article → entity → story', { skip: SKIP, timeout: 120_000 }, async () => {
  await page.goto(`${server.url}#/search`);
  await page.getByTestId('results').waitFor();
  await shot('1-search');
  await page.getByTestId('filter-q').fill('Korea');
  await page.getByTestId('search-submit').click();
  await page.waitForURL(/q=Korea/);
  const hit = page
    .getByTestId('results')
    .getByRole('link', { name: /North Korea/ })
    .first();
  await hit.click();

  await page.getByTestId('article-title').waitFor();
  assert.match((await page.getByTestId('article-title').textContent()) ?? '', /North Korea/);
  const text = page.getByTestId('article-text');
  assert.ok((await text.locator('.ent').count()) > 5, 'entities are highlighted');
  const quote = text.locator('.quote').first();
  assert.ok((await quote.getAttribute('title'))?.length, 'a quote names its speaker on hover');
  await quote.hover();
  const jump = page.getByTestId('record-panel').locator('button.jump[data-key^="q"]').first();
  await jump.click();
  assert.ok((await text.locator('.focus').count()) > 0, 'a panel item marks its span');
  await shot('2-article');

  await page.getByTestId('record-panel').getByRole('link', { name: 'entity page →' }).first().click();
  await page.getByTestId('entity-name').waitFor();
  assert.ok((await page.getByTestId('co-mention-graph').locator('circle').count()) > 1);
  assert.ok((await page.getByTestId('entity-articles').locator('li').count()) >= 1);
  await shot('3-entity');

  await page.getByTestId('entity-articles').getByRole('link', { name: /story/ }).first().click();
  await page.getByTestId('story-title').waitFor();
  assert.ok((await page.getByTestId('story-timeline').locator('li').count()) >= 1);
  const map = page.getByTestId('story-map');
  assert.ok((await map.locator('path.land').count()) > 150, 'the map has its country outlines');
  assert.ok((await map.locator('circle.place').count()) >= 1, 'the story has places on the map');
  await shot('4-story');
  assert.deepEqual(problems, []);
});

test('the analyze page on the seed sample and on an HTML file', {
  skip: SKIP,
  timeout: 120_000,
}, async () => {
  await page.goto(`${server.url}#/analyze`);
  const seed = existsSync(SEED)
    ? readFileSync(SEED, 'utf8')
    : readFileSync(join(ROOT, 'samples', 'wikinews-korea.txt'), 'utf8');
  await page.getByTestId('analyze-text').fill(seed);
  await page.getByTestId('analyze-submit').click();
  const result = page.getByTestId('analyze-result');
  await result.getByTestId('article-text').waitFor({ timeout: 60_000 });
  assert.ok((await result.locator('.ent').count()) > 5);
  assert.ok((await result.locator('.quote').count()) > 0);
  assert.match((await page.getByRole('status').textContent()) ?? '', /\d+ entities, \d+ quotes/);
  await shot('5-analyze-seed');

  await page.getByTestId('analyze-file').setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><head><title>Talks</title></head><body><article><h1>Talks resume in Geneva</h1><p>Antony Blinken said on Monday that talks with Russia would resume in Geneva next week, officials confirmed.</p></article></body></html>',
    ),
  });
  await page.getByTestId('analyze-submit').click();
  await page
    .getByRole('status')
    .filter({ hasText: /entities/ })
    .waitFor();
  await result.getByText('Talks resume in Geneva').first().waitFor();
  assert.deepEqual(problems, []);
});

test('article text with markup is shown as text, never run', { skip: SKIP, timeout: 60_000 }, async () => {
  await page.goto(`${server.url}#/search?q=hostile`);
  await page.getByTestId('results').getByRole('link').first().click();
  const text = page.getByTestId('article-text');
  await text.waitFor();
  assert.match((await text.textContent()) ?? '', /<script>window.__pwned = 1<\/script>/);
  assert.equal(await page.evaluate('globalThis.__pwned'), undefined);
  assert.equal(await text.locator('script, img').count(), 0);
  await shot('6-hostile-article');
  assert.deepEqual(problems, []);
});
