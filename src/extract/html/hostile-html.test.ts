/** Hostile and broken pages: extraction must finish quickly and never throw. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHtmlBytes } from '../../ingest/charset.js';
import { extractArticle } from './extract-article.js';

const para = (i: number) =>
  `<p>Paragraph ${i} of a long and ordinary article about the weather and the harvest.</p>`;
const article = Array.from({ length: 12 }, (_, i) => para(i)).join('');

function timed(html: string, budgetMs: number) {
  const t0 = performance.now();
  const result = extractArticle(html);
  const ms = performance.now() - t0;
  assert.ok(ms < budgetMs, `took ${ms.toFixed(0)} ms, budget ${budgetMs} ms`);
  return result;
}

test('unclosed tags everywhere', () => {
  const a = timed(
    `<html><body><div><p>Unclosed <b>bold <i>italic <div><span>${article}<table><tr><td>cell`,
    2000,
  );
  assert.ok(a.blocks.some((b) => b.text.includes('Paragraph 11')));
});

test('10,000-deep nesting', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`;
  const a = timed(html, 5000);
  assert.ok(
    a.blocks
      .map((b) => b.text)
      .join(' ')
      .includes('Paragraph 3'),
  );
});

test('10,000-deep unclosed inline nesting', () => {
  timed(`<body>${'<span><b>'.repeat(10_000)}${article}`, 5000);
});

test('300,000 unclosed elements stay linear: nesting beyond the bound is flattened, the text kept', () => {
  // The parser's cost per tag grows with the open elements: 320,000 unclosed <div>s took 161 s.
  const a = timed(`<html><body>${'<div>cell '.repeat(300_000)}</body></html>`, 20_000);
  // All but the repeated one-word blocks of the first levels, which cleaning drops as duplicates.
  assert.ok(
    (a.blocks
      .map((b) => b.text)
      .join(' ')
      .match(/cell/g)?.length ?? 0) > 299_000,
  );
});

test('a 50 MB page', () => {
  const filler = `<div class="item"><a href="/x">link</a> ${'word '.repeat(40)}</div>`;
  const html = `<html><body>${article}${filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length))}</body></html>`;
  assert.ok(html.length >= 50 * 1024 * 1024);
  const a = timed(html, 30_000);
  assert.ok(a.blocks.length > 0);
});

test('scripts and styles everywhere, some unclosed', () => {
  const noise =
    '<script>document.write("<p>fake paragraph text from a script that must not appear</p>")</script><style>p{}</style>';
  const html = `<html><body>${Array.from({ length: 12 }, (_, i) => noise + para(i)).join('')}<script>var never = "closed`;
  const a = timed(html, 2000);
  const body = a.blocks.map((b) => b.text).join(' ');
  assert.ok(!body.includes('fake paragraph'));
  assert.ok(body.includes('Paragraph 11'));
});

test('custom elements named like dropped ones (<svg-icon>, <script-loader>) keep the page after them', () => {
  const html = `<html><body><header><svg-icon-element class="cart"></svg-icon-element><script-loader></script-loader></header><article>${article}</article></body></html>`;
  const body = timed(html, 2000)
    .blocks.map((b) => b.text)
    .join(' ');
  assert.ok(body.includes('Paragraph 0') && body.includes('Paragraph 11'));
});

test('many <script openers without closing tags stay linear', () => {
  timed(`<body>${article}${'<script a="1">x '.repeat(200_000)}`, 5000);
  timed(`<body>${article}${'<script '.repeat(200_000)}`, 5000);
});

test('a page with no body at all', () => {
  assert.deepEqual(timed('', 1000).blocks, []);
  assert.deepEqual(timed('<html><head><title>Only a title</title></head></html>', 1000).blocks, []);
  assert.equal(timed('<html><head><title>Only a title</title></head></html>', 1000).title, 'Only a title');
  timed('just some text without any markup at all', 1000);
  timed('<<<>>><!--<!--<![CDATA[<?xml?>', 1000);
});

test('wrong declared charset is overridden by the bytes', () => {
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"></head><body><p>', 'latin1'),
    Buffer.from(
      'Caf\u00e9 cr\u00e8me na\u00efve \u00e0 la fran\u00e7aise, d\u00e9j\u00e0 vu. '.repeat(20),
      'latin1',
    ),
    Buffer.from('</p></body></html>', 'latin1'),
  ]);
  const a = extractArticle(decodeHtmlBytes(bytes));
  assert.match(a.blocks[0]!.text, /^Café crème naïve/);
});

test('a stray CDATA opener in the body does not swallow the page', () => {
  const html = `<html><body><![CDATA[\n<div id="top"></div><article><h1>Title here</h1><p>${'Forum post text that goes on. '.repeat(30)}</p></article></body></html>`;
  const a = extractArticle(html);
  assert.ok(
    a.blocks
      .map((b) => b.text)
      .join(' ')
      .includes('Forum post text'),
  );
});

test('images, <nav>s and <button>s dropped before parsing stay linear and leak no markup', () => {
  timed(`<body>${article}${'<img alt="'.repeat(200_000)}`, 5000);
  timed(`<body>${article}${'<img a=b '.repeat(200_000)}`, 5000);
  timed(`<body>${article}${'<nav><a>x</a></nav> ld+json '.repeat(100_000)}`, 5000);
  timed(`<body>${article}${'<button>'.repeat(10_000)}${'<nav> ld+json '.repeat(10_000)}`, 5000);
  timed(`<body>${article}${'<nav><script type="ld+json"> {</nav>'.repeat(100_000)}`, 5000);
  timed(`<body>${article}<nav>${'<script type="ld+json"> {'.repeat(100_000)}</nav>`, 5000);
  const body = (html: string) =>
    extractArticle(html)
      .blocks.map((b) => b.text)
      .join(' ');
  // A `>` inside a quoted value, and a stray quote outside one, as the HTML tokenizer reads them.
  const a = body(
    `<body><article><img alt="a > b" src="x.png"><img alt="Arm, 12" Post" id="s">${article}</article>`,
  );
  assert.ok(a.includes('Paragraph 0') && !a.includes('Post') && !a.includes('b"'));
  // Nested <nav>s go whole; an unclosed one is left to the parser (which skips it).
  const b = body(`<body><nav>Menu <nav>Sub</nav> More menu</nav><article>${article}</article><nav>Unclosed`);
  assert.ok(b.includes('Paragraph 11') && !b.includes('menu') && !b.includes('Unclosed'));
});

test('JSON-LD inside a dropped <nav> is still read', () => {
  const a = extractArticle(
    `<html><body><nav><script type="application/ld+json">{"@type":"NewsArticle","headline":"From the metadata","datePublished":"2021-03-04"}</script></nav><article>${article}</article></body></html>`,
  );
  assert.equal(a.published, '2021-03-04');
});

test('app state nested past any stack, or too big, is skipped', () => {
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  const a = timed(
    `<body>${article}<script id="__NEXT_DATA__" type="application/json">${deep}</script>`,
    5000,
  );
  assert.ok(a.blocks.some((b) => b.text.includes('Paragraph 11')));
});
