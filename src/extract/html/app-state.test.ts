import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appStateBody } from './app-state.js';
import { extractArticle } from './extract-article.js';
import { prepareHtml } from './prepare-html.js';

const text = (value: string) => ({ type: 'text', value });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });

test('the longest rich-text document of the app state, text blocks only, links read inline', () => {
  const state = {
    props: {
      nav: { type: 'document', content: [paragraph(text('Menu'))] },
      story: {
        body: {
          type: 'document',
          content: [
            { type: 'ad', content: [text('Buy now')] },
            paragraph(text('First  paragraph with a '), { type: 'link', content: [text('link')] }, text('.')),
            { type: 'media', content: [text('A caption')] },
            { nodeType: 'heading-2', content: [{ nodeType: 'text', value: 'A heading' }] },
            paragraph(text('Second paragraph.')),
          ],
        },
      },
    },
  };
  assert.equal(
    appStateBody(JSON.stringify(state)),
    'First paragraph with a link.\n\nA heading\n\nSecond paragraph.',
  );
  assert.equal(appStateBody('{"broken"'), undefined);
  assert.equal(appStateBody('{"props": {}}'), undefined);
});

test('a Next.js page whose HTML shows a teaser gets its body from __NEXT_DATA__, another page not', () => {
  const sentences = Array.from(
    { length: 12 },
    (_, i) =>
      `${i + 1}. The county housed hundreds of people who had been homeless for years, officials said.`,
  );
  const state = {
    props: { story: { body: { type: 'document', content: sentences.map((t) => paragraph(text(t))) } } },
  };
  const page = (shown: string[]) =>
    `<html><body><article>${shown.map((t) => `<p>${t}</p>`).join('')}</article>
    <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;
  const teaser = page(sentences.slice(0, 6));
  assert.ok(prepareHtml(teaser).appState?.startsWith('{"props"'));
  assert.equal(extractArticle(teaser).blocks.length, 12);
  // Its HTML shares no paragraph with the app state: the HTML stands.
  const other = page(sentences.slice(0, 6).map((t) => t.replace('county', 'city')));
  assert.equal(extractArticle(other).blocks.length, 6);
});
